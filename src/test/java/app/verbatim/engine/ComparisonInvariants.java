package app.verbatim.engine;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Quote;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Structural promises every {@link Comparison} keeps whatever its input: offsets inside the text,
 * spans in order, ids that resolve. Returns the broken promises as readable lines.
 */
final class ComparisonInvariants {

  private ComparisonInvariants() {}

  static List<String> violations(List<Article> input, Comparison c) {
    List<String> out = new ArrayList<>();
    if (c.documents().size() != input.size()) {
      out.add("expected " + input.size() + " documents, got " + c.documents().size());
      return out;
    }
    Map<String, Document> docs = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < input.size(); i++) {
      Document d = c.documents().get(i);
      if (!d.text().equals(input.get(i).text())) {
        out.add("document " + i + " does not keep its article text unchanged");
      }
      if (docs.put(d.id(), d) != null) {
        out.add("duplicate document id " + d.id());
      }
      order.put(d.id(), i);
      checkSpans(out, "paragraphs of " + d.id(), d.text(),
          d.paragraphs().stream().map(Paragraph::span).toList(), true);
    }

    Set<String> speakerIds = new HashSet<>();
    for (Speaker s : c.speakers()) {
      if (!speakerIds.add(s.id())) {
        out.add("duplicate speaker id " + s.id());
      }
      if (s.name() == null || s.name().isBlank()) {
        out.add("speaker " + s.id() + " has no name");
      }
    }

    Map<String, Quote> quotes = new HashMap<>();
    Quote previous = null;
    for (Quote q : c.quotes()) {
      String where = "quote " + q.id();
      if (quotes.put(q.id(), q) != null) {
        out.add("duplicate quote id " + q.id());
      }
      Document d = docs.get(q.documentId());
      if (d == null) {
        out.add(where + " names unknown document " + q.documentId());
        continue;
      }
      String text = d.text();
      checkSpans(out, where, text, q.spans(), true);
      if (!inBounds(text, q.spans())) {
        continue;
      }
      String joined = q.spans().stream().map(s -> s.of(text)).collect(Collectors.joining(" "));
      if (!joined.equals(q.text())) {
        out.add(where + ": text is not its spans joined by a space: '" + FixtureScorer.abbreviate(q.text())
            + "' vs '" + FixtureScorer.abbreviate(joined) + "'");
      }
      checkSpans(out, where + " editorial", text, q.editorial(), true);
      for (Span e : q.editorial()) {
        if (e.start() < q.start() || e.end() > q.end()) {
          out.add(where + ": editorial span " + e + " outside the quotation " + q.start() + ".." + q.end());
        }
      }
      if (q.speakerId() != null && !speakerIds.contains(q.speakerId())) {
        out.add(where + " names unknown speaker " + q.speakerId());
      }
      if (q.position() == null || q.kind() == null) {
        out.add(where + " lacks a position or kind");
      }
      if (previous != null) {
        int po = order.getOrDefault(previous.documentId(), -1);
        int qo = order.get(q.documentId());
        if (qo < po || (qo == po && q.start() < previous.start())) {
          out.add(where + " is out of document/text order");
        }
      }
      previous = q;
    }

    for (ScareQuote s : c.scareQuotes()) {
      Document d = docs.get(s.documentId());
      if (d == null) {
        out.add("scare quote names unknown document " + s.documentId());
      } else {
        checkSpans(out, "scare quote '" + s.text() + "'", d.text(), List.of(s.span()), false);
      }
    }

    Set<String> alignmentIds = new HashSet<>();
    for (Alignment a : c.alignments()) {
      String where = "alignment " + a.id();
      if (!alignmentIds.add(a.id())) {
        out.add("duplicate alignment id " + a.id());
      }
      if (a.quoteIds().size() < 2) {
        out.add(where + " links fewer than two quotations");
      }
      if (a.relation() == null || !(a.similarity() >= 0 && a.similarity() <= 1)) {
        out.add(where + " has no relation or a similarity outside 0..1: " + a.similarity());
      }
      Map<String, Quote> byDoc = new HashMap<>();
      for (String id : a.quoteIds()) {
        Quote q = quotes.get(id);
        if (q == null) {
          out.add(where + " names unknown quote " + id);
        } else if (byDoc.put(q.documentId(), q) != null) {
          out.add(where + " holds two quotations of document " + q.documentId());
        }
      }
      Map<String, List<Span>> diffByDoc = new HashMap<>();
      for (DiffSpan ds : a.diff()) {
        Quote q = byDoc.get(ds.documentId());
        if (q == null || ds.kind() == null) {
          out.add(where + ": diff span in document " + ds.documentId() + " with no linked quotation there");
          continue;
        }
        Document d = docs.get(ds.documentId());
        checkSpans(out, where + " diff", d.text(), List.of(ds.span()), false);
        if (ds.span().start() < q.start() || ds.span().end() > q.end()) {
          out.add(where + ": diff span " + ds.span() + " outside its quotation " + q.start() + ".." + q.end());
        }
        diffByDoc.computeIfAbsent(ds.documentId(), k -> new ArrayList<>()).add(ds.span());
      }
      diffByDoc.forEach((doc, spans) -> checkOrdered(out, where + " diff in " + doc, spans));
    }

    for (Coverage cv : c.coverage()) {
      for (String id : cv.quoteIds()) {
        Quote q = quotes.get(id);
        if (q == null || !q.documentId().equals(cv.documentId())) {
          out.add("coverage of " + cv.documentId() + " names quote " + id + " of another document");
        }
      }
    }
    for (Warning w : c.warnings()) {
      Document d = docs.get(w.documentId());
      if (d == null || w.offset() < 0 || w.offset() > d.text().length()) {
        out.add("warning outside its document: " + w);
      }
    }
    if (c.focusSpeaker() != null && !speakerIds.contains(c.focusSpeaker())) {
      out.add("focus speaker " + c.focusSpeaker() + " is not a speaker");
    }
    return out;
  }

  private static boolean inBounds(String text, List<Span> spans) {
    return spans.stream().allMatch(s -> s.end() <= text.length());
  }

  private static void checkSpans(List<String> out, String where, String text, List<Span> spans, boolean ordered) {
    for (Span s : spans) {
      if (s.end() > text.length()) {
        out.add(where + ": span " + s + " beyond the text (length " + text.length() + ")");
      } else if (splitsSurrogatePair(text, s.start()) || splitsSurrogatePair(text, s.end())) {
        out.add(where + ": span " + s + " cuts a surrogate pair in half");
      }
    }
    if (ordered) {
      checkOrdered(out, where, spans);
    }
  }

  private static void checkOrdered(List<String> out, String where, List<Span> spans) {
    List<Span> sorted = spans.stream().sorted(Comparator.naturalOrder()).toList();
    if (!sorted.equals(spans)) {
      out.add(where + ": spans out of order " + spans);
      return;
    }
    for (int i = 1; i < spans.size(); i++) {
      if (spans.get(i).start() < spans.get(i - 1).end()) {
        out.add(where + ": overlapping spans " + spans.get(i - 1) + " and " + spans.get(i));
      }
    }
  }

  private static boolean splitsSurrogatePair(String text, int offset) {
    return offset > 0 && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
  }

  static void requireNone(List<String> violations) {
    if (!violations.isEmpty()) {
      throw new AssertionError(violations.size() + " broken invariant(s):\n  "
          + violations.stream().filter(Objects::nonNull).limit(40).collect(Collectors.joining("\n  ")));
    }
  }
}
