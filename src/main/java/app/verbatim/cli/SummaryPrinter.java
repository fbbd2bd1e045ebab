package app.verbatim.cli;

import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffKind;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The readable summary of a comparison printed by {@code compare}. */
final class SummaryPrinter {
  private static final int WIDTH = 96;
  private final PrintStream out;

  SummaryPrinter(PrintStream out) {
    this.out = out;
  }

  /** @param speakerId show only this speaker's quotations, or null for all */
  void print(Comparison c, String speakerId) {
    out.println("Verbatim comparison of " + c.documents().size() + " articles"
        + (speakerId == null ? "" : ", speaker " + name(c, speakerId)));
    out.println();
    for (Document d : c.documents()) {
      List<Quote> qs = c.quotesOf(d.id()).stream().filter(q -> keep(q, speakerId)).toList();
      out.println("== " + d.outlet() + " (" + d.id() + "): " + qs.size() + " quotation" + (qs.size() == 1 ? "" : "s"));
      Map<String, Integer> by = new LinkedHashMap<>();
      for (Quote q : qs) {
        by.merge(name(c, q.speakerId()), 1, Integer::sum);
      }
      by.forEach((s, n) -> out.println("   " + s + ": " + n));
    }
    out.println();
    out.println("Linked quotations (same passage in several outlets):");
    int shown = 0;
    for (Alignment a : c.alignments()) {
      List<Quote> qs = a.quoteIds().stream().map(id -> c.quote(id).orElseThrow()).toList();
      if (speakerId != null && qs.stream().noneMatch(q -> speakerId.equals(q.speakerId()))) {
        continue;
      }
      shown++;
      out.printf("%n[%s] %s, similarity %.2f — %s%n", a.id(), a.relation().label(), a.similarity(),
          name(c, qs.get(0).speakerId()));
      for (Quote q : qs) {
        Document d = c.document(q.documentId()).orElseThrow();
        wrap("  " + d.outlet() + " (" + q.position().label() + (q.verb() == null ? "" : ", " + q.verb()) + "): “"
            + q.text() + "”");
        for (DiffKind k : List.of(DiffKind.ONLY, DiffKind.VARIANT, DiffKind.EDITORIAL)) {
          List<String> words = a.diff().stream()
              .filter(s -> s.kind() == k && s.documentId().equals(d.id()))
              .map(s -> s.span().of(d.text())).toList();
          if (!words.isEmpty()) {
            wrap("      " + label(k, d) + ": " + String.join(" | ", words));
          }
        }
      }
    }
    if (shown == 0) {
      out.println("   (none)");
    }
    out.println();
    out.println("Quotations only one outlet has:");
    boolean any = false;
    for (Coverage cv : c.coverage()) {
      if (speakerId != null && !speakerId.equals(cv.speakerId())) {
        continue;
      }
      Document d = c.document(cv.documentId()).orElseThrow();
      out.println("  only in " + d.outlet() + ", " + name(c, cv.speakerId()) + ":");
      for (String id : cv.quoteIds()) {
        Quote q = c.quote(id).orElseThrow();
        wrap("    - “" + q.text() + "” (" + q.position().label() + ")");
        any = true;
      }
    }
    if (!any) {
      out.println("   (none)");
    }
    if (!c.warnings().isEmpty()) {
      out.println();
      c.warnings().forEach(w -> out.println("warning: " + c.document(w.documentId()).map(Document::outlet).orElse("?")
          + " at character " + w.offset() + ": " + w.message()));
    }
  }

  private static boolean keep(Quote q, String speakerId) {
    return speakerId == null || speakerId.equals(q.speakerId());
  }

  private static String label(DiffKind k, Document d) {
    return switch (k) {
      case ONLY -> "only in " + d.outlet();
      case VARIANT -> "spelled differently";
      case EDITORIAL -> "editorial";
      case SAME -> "same";
    };
  }

  private static String name(Comparison c, String speakerId) {
    return c.speaker(speakerId).map(Speaker::name).orElse("unknown speaker");
  }

  private void wrap(String line) {
    String indent = " ".repeat(line.length() - line.stripLeading().length() + 4);
    String rest = line;
    while (rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH);
      if (cut <= indent.length()) {
        cut = WIDTH;
      }
      out.println(rest.substring(0, cut));
      rest = indent + rest.substring(cut).strip();
    }
    out.println(rest);
  }

}
