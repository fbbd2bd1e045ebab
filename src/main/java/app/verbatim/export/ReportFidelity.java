package app.verbatim.export;

import app.verbatim.engine.present.FidelityFigures;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The report's account of the record: the table the report opens with (per outlet, how many quotations
 * are verbatim, trimmed, altered, not in the record…) and, under each quotation, its class, the record's
 * words and what differs.
 */
final class ReportFidelity {
  private final Comparison comparison;
  private final TextPolicy policy;
  private final ReportText text;

  ReportFidelity(Comparison comparison, TextPolicy policy, ReportText text) {
    this.comparison = comparison;
    this.policy = policy;
    this.text = text;
  }

  /** The fidelity table per outlet; nothing without a reference. */
  void table(Element cover) {
    List<FidelityFigures> figures = FidelityFigures.of(comparison);
    if (figures.isEmpty()) {
      return;
    }
    String refs = String.join(", ", comparison.references().stream().map(Document::outlet).toList());
    cover.appendElement("h2").text("Against the record — " + policy.clean(refs));
    Element t = cover.appendElement("table").addClass("figures").addClass("fidelity");
    Element h = t.appendElement("thead").appendElement("tr");
    h.appendElement("th").text("Outlet");
    h.appendElement("th").addClass("num").text("Measured");
    for (FidelityClass k : FidelityClass.values()) {
      h.appendElement("th").addClass("num").text(k.label());
    }
    Element b = t.appendElement("tbody");
    for (FidelityFigures f : figures) {
      Element tr = b.appendElement("tr");
      tr.appendElement("td").addClass("outlet").text(policy.clean(f.outlet()));
      tr.appendElement("td").addClass("num").text(Integer.toString(f.measured()));
      for (FidelityClass k : FidelityClass.values()) {
        Element td = tr.appendElement("td").addClass("num").text(Integer.toString(f.count(k)));
        if (f.count(k) > 0 && k.compareTo(FidelityClass.SILENT_OMISSION) >= 0) {
          td.addClass("flag"); // the classes a fact-checker must read
        }
      }
    }
    cover.appendElement("p").addClass("summary").text("Each quotation of the speaker the record holds is located"
        + " in it and classed: verbatim (a whole sentence, word for word), trimmed (part of a sentence), ellipsis"
        + " (words left out where the outlet marked it), bracketed (an editorial insertion), silent omission"
        + " (words left out with no mark), altered (words changed, added or reordered), stitched (passages that"
        + " stand apart joined as one quotation), not in the record. The most serious class applies.");
  }

  /** Under one quotation: its class, where the record has it, the record's words and what differs. */
  void under(Element wording, String quoteId) {
    Fidelity f = comparison.fidelityOf(quoteId).orElse(null);
    if (f == null) {
      return;
    }
    Element p = wording.appendElement("p").addClass("fidelity");
    p.appendElement("span").addClass("fidelity-label").text("Against the record: ");
    p.appendElement("strong").addClass("fidelity-" + f.kind().name().toLowerCase(java.util.Locale.ROOT))
        .text(f.kind().label());
    String place = FidelityFigures.place(comparison, f);
    if (!place.isEmpty()) {
      p.appendText(" — " + policy.clean(place));
    }
    if (!f.record().isEmpty()) {
      Element r = wording.appendElement("p").addClass("record");
      r.appendElement("span").addClass("fidelity-label").text("Record: ");
      text.append(r, "“" + FidelityFigures.recordWords(comparison, f) + "”");
    }
    if (!f.changes().isEmpty()) {
      Element ul = wording.appendElement("ul").addClass("diff");
      for (String change : f.changes()) {
        text.append(ul.appendElement("li"), change);
      }
    }
    if (f.likely() != null) {
      text.append(wording.appendElement("p").addClass("record"), capital(f.likely())
          + (f.record().isEmpty() ? "." : " shown above."));
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
