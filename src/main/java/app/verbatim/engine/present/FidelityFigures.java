package app.verbatim.engine.present;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One outlet's quotations measured against the record, counted by fidelity class: the table a report
 * opens with and the window and summary show.
 *
 * @param documentId the outlet's document
 * @param outlet     its name
 * @param counts     quotations per class, every class present (zero when none)
 * @param measured   how many of its quotations were measured
 */
public record FidelityFigures(String documentId, String outlet, Map<FidelityClass, Integer> counts, int measured) {
  public FidelityFigures {
    counts = Map.copyOf(counts);
  }

  public int count(FidelityClass kind) {
    return counts.getOrDefault(kind, 0);
  }

  /** Per outlet with at least one measured quotation, in document order; empty without a reference. */
  public static List<FidelityFigures> of(Comparison c) {
    List<FidelityFigures> out = new ArrayList<>();
    for (Document d : c.documents()) {
      Map<FidelityClass, Integer> counts = new EnumMap<>(FidelityClass.class);
      for (FidelityClass k : FidelityClass.values()) {
        counts.put(k, 0);
      }
      int measured = 0;
      for (Fidelity f : c.fidelity()) {
        if (c.quote(f.quoteId()).map(q -> q.documentId().equals(d.id())).orElse(false)) {
          counts.merge(f.kind(), 1, Integer::sum);
          measured++;
        }
      }
      if (measured > 0) {
        out.add(new FidelityFigures(d.id(), d.outlet(), counts, measured));
      }
    }
    return out;
  }

  /** Where the record passage sits: "record, paragraph 4", or "" when there is none. */
  public static String place(Comparison c, Fidelity f) {
    if (f.record().isEmpty()) {
      return "";
    }
    Document ref = c.document(f.referenceId()).orElse(null);
    if (ref == null) {
      return "";
    }
    int at = f.recordStart();
    int n = 0;
    for (Paragraph p : ref.paragraphs()) {
      n++;
      if (p.span().contains(at)) {
        return ref.outlet() + ", paragraph " + n;
      }
    }
    return ref.outlet();
  }

  /** The record's words a quotation renders, passages separated as a split quotation's parts are. */
  public static String recordWords(Comparison c, Fidelity f) {
    return c.document(f.referenceId()).map(ref -> QuoteText.of(f.record(), ref.text())).orElse("");
  }
}
