package app.verbatim.cli;

import app.verbatim.engine.present.FidelityFigures;
import app.verbatim.engine.present.QuoteText;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Quote;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary's "against the record" section: per outlet, how many quotations are verbatim, trimmed,
 * altered or not in the record; then each measured quotation with its class, the record's words and
 * what differs.
 */
final class FidelitySummary {
  private final PrintStream out;
  private final TextWrapper wrapper;

  FidelitySummary(PrintStream out, TextWrapper wrapper) {
    this.out = out;
    this.wrapper = wrapper;
  }

  /** @param speakerId only this speaker's quotations, or null for all */
  void print(Comparison c, String speakerId) {
    if (c.fidelity().isEmpty()) {
      return;
    }
    out.println();
    out.println("AGAINST THE RECORD — " + String.join(", ", c.references().stream()
        .map(d -> d.outlet() + " (" + d.id() + ")").toList()));
    out.println();
    List<String> head = new ArrayList<>(List.of("outlet", "measured"));
    for (FidelityClass k : FidelityClass.values()) {
      head.add(k.label());
    }
    out.println("  " + String.join(" · ", head));
    for (FidelityFigures f : FidelityFigures.of(c)) {
      List<String> row = new ArrayList<>(List.of(f.outlet(), String.valueOf(f.measured())));
      for (FidelityClass k : FidelityClass.values()) {
        row.add(String.valueOf(f.count(k)));
      }
      out.println("  " + String.join(" · ", row));
    }
    for (Fidelity f : c.fidelity()) {
      Quote q = c.quote(f.quoteId()).orElse(null);
      if (q == null || speakerId != null && !speakerId.equals(q.speakerId())) {
        continue;
      }
      Document d = c.document(q.documentId()).orElseThrow();
      out.println();
      String place = FidelityFigures.place(c, f);
      out.println("  " + d.outlet() + " " + q.id() + " — " + f.kind().label() + (place.isEmpty() ? "" : " — " + place));
      wrapper.wrap("    quoted: “", "     ", QuoteText.of(q, d.text()) + "”").forEach(out::println);
      if (!f.record().isEmpty()) {
        wrapper.wrap("    record: “", "     ", FidelityFigures.recordWords(c, f) + "”").forEach(out::println);
      }
      for (String change : f.changes()) {
        wrapper.wrap("    - ", "      ", change).forEach(out::println);
      }
      if (f.likely() != null) {
        wrapper.wrap("    ", "    ", f.likely() + (f.record().isEmpty() ? "" : " above") + ".").forEach(out::println);
      }
    }
  }
}
