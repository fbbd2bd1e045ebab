package app.verbatim.ui.compare;

import app.verbatim.engine.present.StyleRun;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the view adds to the engine's style runs for the analyst's current view: the overview ruler's
 * marks, and the dimming of other speakers' quotations while the list shows one speaker. No JavaFX here,
 * so it is tested without a window.
 */
public final class PaneMarks {
  /** The style class on quotations by speakers other than the one the speaker filter shows. */
  public static final String OTHER_SPEAKER = "other-speaker";

  private PaneMarks() {}

  /**
   * One mark of the overview ruler: where a quotation sits as fractions (0..1) of the article's text,
   * and what it is.
   *
   * @param focus whether it is a quotation of the speaker the window is about (the filter's, or the
   *              engine's focus speaker when the filter shows everyone)
   */
  public record RulerMark(String quoteId, double from, double to, boolean linked, boolean focus, boolean corrected,
      boolean selected) {}

  /** The ruler's marks for one article, in text order. */
  public static List<RulerMark> ruler(Comparison c, String documentId, String speakerId, Set<String> corrected,
      Set<String> selected) {
    int length = c.document(documentId).map(d -> d.text().length()).orElse(0);
    if (length == 0) {
      return List.of();
    }
    String focus = speakerId != null ? speakerId : c.focusSpeaker();
    Set<String> linked = new HashSet<>();
    c.alignments().forEach(a -> linked.addAll(a.quoteIds()));
    List<RulerMark> out = new ArrayList<>();
    for (Quote q : c.quotesOf(documentId)) {
      out.add(new RulerMark(q.id(), q.start() / (double) length, Math.min(length, q.end()) / (double) length,
          linked.contains(q.id()), focus != null && focus.equals(q.speakerId()), corrected.contains(q.id()),
          selected.contains(q.id())));
    }
    return out;
  }

  /**
   * The runs with {@link #OTHER_SPEAKER} added to the parts of quotations by another speaker than
   * {@code speakerId}; the runs as they are when no speaker is chosen. The selected passage is never
   * dimmed.
   */
  public static List<StyleRun> dimOthers(List<StyleRun> runs, Comparison c, String documentId, String speakerId) {
    if (speakerId == null) {
      return runs;
    }
    List<Span> others = new ArrayList<>();
    for (Quote q : c.quotesOf(documentId)) {
      if (!Objects.equals(speakerId, q.speakerId())) {
        others.addAll(q.spans());
      }
    }
    if (others.isEmpty()) {
      return runs;
    }
    others.sort(null);
    List<StyleRun> out = new ArrayList<>(runs.size());
    int at = 0; // runs come in text order: the spans ending before a run are passed for good
    for (StyleRun r : runs) {
      while (at < others.size() && others.get(at).end() <= r.start()) {
        at++;
      }
      boolean other = r.classes().contains("quote") && !r.classes().contains("selected")
          && at < others.size() && others.get(at).contains(r.start());
      if (other) {
        List<String> classes = new ArrayList<>(r.classes());
        classes.add(OTHER_SPEAKER);
        out.add(new StyleRun(r.start(), r.end(), classes));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** The style class on the words the search matches. */
  public static final String SEARCH_HIT = "search-hit";

  /**
   * Where the search's words occur inside this article's quotations (case ignored), as the list's
   * search matches them: each word anywhere in a quotation's text.
   */
  public static List<Span> searchHits(Comparison c, String documentId, String search) {
    if (search == null || search.isBlank()) {
      return List.of();
    }
    String text = c.document(documentId).map(d -> d.text()).orElse("");
    String[] words = search.strip().split("\\s+");
    List<Span> hits = new ArrayList<>();
    for (Quote q : c.quotesOf(documentId)) {
      for (Span s : q.spans()) {
        int end = Math.min(s.end(), text.length());
        for (String w : words) {
          for (int at = s.start(); at + w.length() <= end; at++) {
            if (text.regionMatches(true, at, w, 0, w.length())) {
              hits.add(new Span(at, at + w.length()));
              at += w.length() - 1;
            }
          }
        }
      }
    }
    hits.sort(null);
    return hits;
  }

  /** The runs with {@code styleClass} added over {@code ranges} (cut where a range starts or ends). */
  public static List<StyleRun> overlay(List<StyleRun> runs, List<Span> ranges, String styleClass) {
    if (ranges.isEmpty()) {
      return runs;
    }
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
    runs.forEach(r -> {
      cuts.add(r.start());
      cuts.add(r.end());
    });
    ranges.forEach(r -> {
      cuts.add(r.start());
      cuts.add(r.end());
    });
    List<StyleRun> out = new ArrayList<>();
    int run = 0;
    int range = 0;
    Integer from = cuts.isEmpty() ? null : cuts.first();
    for (Integer to = from == null ? null : cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      while (run < runs.size() && runs.get(run).end() <= from) {
        run++;
      }
      while (range < ranges.size() && ranges.get(range).end() <= from) {
        range++;
      }
      List<String> classes = new ArrayList<>();
      if (run < runs.size() && runs.get(run).start() <= from) {
        classes.addAll(runs.get(run).classes());
      }
      if (range < ranges.size() && ranges.get(range).start() <= from) {
        classes.add(styleClass);
      }
      if (!classes.isEmpty()) {
        out.add(new StyleRun(from, to, classes));
      }
    }
    return out;
  }

  /** The style class on page furniture and photo captions the reader recognised: shown, but dimmed. */
  public static final String FURNITURE = "furniture";

  /** The paragraphs that are page furniture or captions ("IE 11 is not supported", "All news", credits). */
  public static List<Span> furniture(app.verbatim.model.Document d) {
    List<Span> out = new ArrayList<>();
    for (app.verbatim.model.Paragraph p : d.paragraphs()) {
      if (p.section() == app.verbatim.model.Section.BOILERPLATE || p.section() == app.verbatim.model.Section.CAPTION) {
        out.add(p.span());
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Where the first screen of an article starts: its headline, else its first paragraph that is not page
   * furniture, so the reader's eye lands on the story rather than on a browser notice.
   */
  public static int firstScreenStart(app.verbatim.model.Document d) {
    for (app.verbatim.model.Paragraph p : d.paragraphs()) {
      if (p.section() == app.verbatim.model.Section.HEADLINE) {
        return p.span().start();
      }
    }
    for (app.verbatim.model.Paragraph p : d.paragraphs()) {
      if (p.section() != app.verbatim.model.Section.BOILERPLATE) {
        return p.span().start();
      }
    }
    return 0;
  }
}
