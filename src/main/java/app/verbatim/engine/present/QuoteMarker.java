package app.verbatim.engine.present;

import app.verbatim.model.Alignment;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Quote;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a quotation and the word diffs of its alignments into marked runs of text, the one place
 * where engine spans become report marks. A word marked differently by two alignments (an outlet that
 * stitches two passages another quotes apart) takes the stronger mark: shared with anyone is shared.
 */
public final class QuoteMarker {
  /** Longest stretch of reporter's words shown between two parts of a split quotation. */
  static final int MAX_GAP = 80;

  private QuoteMarker() {}

  public static List<Segment> mark(Quote whole, String text, Collection<Alignment> alignments) {
    // a stitch within one passage's group: only the part that renders this passage is shown
    Quote quote = alignments.stream().map(a -> a.partOf(whole.id())).flatMap(java.util.Optional::stream).findFirst()
        .map(p -> whole.part(p.spans())).orElse(whole);
    int base = quote.start();
    int end = Math.min(quote.end(), text.length());
    if (end <= base) {
      return List.of();
    }
    Mark[] marks = new Mark[end - base];
    java.util.Arrays.fill(marks, null);
    for (Alignment a : alignments) {
      for (DiffSpan d : a.diff()) {
        if (d.documentId().equals(quote.documentId())) {
          paint(marks, base, d.span(), Mark.of(d.kind()));
        }
      }
    }
    for (Span e : quote.editorial()) {
      paint(marks, base, e, Mark.EDITORIAL);
    }
    boolean linked = !alignments.isEmpty();
    List<Segment> out = new ArrayList<>();
    List<Span> spans = quote.spans();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      int from = Math.max(s.start(), base);
      int to = Math.min(s.end(), end);
      if (i > 0) {
        int gapFrom = Math.min(spans.get(i - 1).end(), end);
        String gap = from > gapFrom ? shortGap(text.substring(gapFrom, from)) : "";
        if (!gap.isEmpty()) {
          out.add(new Segment(gap, Mark.GAP));
        }
      }
      if (to > from) {
        runs(text, marks, base, from, to, linked ? Mark.SAME : Mark.PLAIN, out);
      }
    }
    return out;
  }

  private static void paint(Mark[] marks, int base, Span span, Mark m) {
    int from = Math.max(span.start() - base, 0);
    int to = Math.min(span.end() - base, marks.length);
    for (int i = from; i < to; i++) {
      if (marks[i] == null || m.strength() > marks[i].strength()) {
        marks[i] = m;
      }
    }
  }

  /** Emits runs of equal marks; unmarked whitespace between two runs of one mark joins them. */
  private static void runs(String text, Mark[] marks, int base, int from, int to, Mark unmarked, List<Segment> out) {
    int i = from;
    while (i < to) {
      Mark m = marks[i - base];
      int j = i + 1;
      while (j < to && marks[j - base] == m) {
        j++;
      }
      Mark shown = m == null ? resolveUnmarked(text, marks, base, i, j, from, to, unmarked) : m;
      appendRun(out, text.substring(i, j), shown);
      i = j;
    }
  }

  private static Mark resolveUnmarked(
      String text, Mark[] marks, int base, int i, int j, int from, int to, Mark unmarked) {
    if (text.substring(i, j).isBlank()) {
      Mark before = i > from ? marks[i - 1 - base] : null;
      Mark after = j < to ? marks[j - base] : null;
      if (before != null && before == after) {
        return before;
      }
    }
    return unmarked;
  }

  private static void appendRun(List<Segment> out, String s, Mark m) {
    if (!out.isEmpty() && out.get(out.size() - 1).mark() == m) {
      Segment last = out.remove(out.size() - 1);
      out.add(new Segment(last.text() + s, m));
    } else {
      out.add(new Segment(s, m));
    }
  }

  /** Quotation marks that may stand at either end of the words between two parts. */
  private static final String MARKS = "\"'“”‘’„‚«»‹›「」『』";

  private static String shortGap(String between) {
    int from = 0;
    int to = between.length();
    while (from < to && (MARKS.indexOf(between.charAt(from)) >= 0 || Character.isWhitespace(between.charAt(from)))) {
      from++;
    }
    while (to > from && (MARKS.indexOf(between.charAt(to - 1)) >= 0 || Character.isWhitespace(between.charAt(to - 1)))) {
      to--;
    }
    String g = between.substring(from, to).replaceAll("\\s+", " ");
    if (g.length() > MAX_GAP) {
      g = g.substring(0, MAX_GAP - 1) + "…";
    }
    return g;
  }
}
