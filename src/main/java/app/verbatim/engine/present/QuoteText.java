package app.verbatim.engine.present;

import app.verbatim.model.Alignment;
import app.verbatim.model.Quote;
import app.verbatim.model.QuotePart;
import app.verbatim.model.Span;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A quotation's words as shown to the analyst. A quotation in two parts ("…first," he said. "The …")
 * shows a visible separator between them, so that the joined words never read like a misquote.
 */
public final class QuoteText {
  /** Between two parts of one quotation: a fraction slash, which quoted speech does not use. */
  public static final String SEPARATOR = " ⁄ ";

  private QuoteText() {}

  /** The quotation's words, parts separated. */
  public static String of(Quote q, String documentText) {
    return of(q.spans(), documentText);
  }

  /** The words of these spans, each run of white space one space, parts separated. */
  public static String of(List<Span> spans, String documentText) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (s.end() > documentText.length()) {
        continue;
      }
      String words = s.of(documentText).replaceAll("\\s+", " ").strip();
      if (words.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(SEPARATOR);
      }
      b.append(words);
    }
    return b.toString();
  }

  /**
   * The words of the quotation within a group: only its part when the group's alignments link a part of
   * it (a stitch of several passages), with "(part 1 of 2)" after them.
   */
  public static String inGroup(Quote q, String documentText, Collection<Alignment> group) {
    return wordsInGroup(q, documentText, group) + partLabel(q, group);
  }

  /** The words {@link #inGroup} shows, without the part label (to put quotation marks round them). */
  public static String wordsInGroup(Quote q, String documentText, Collection<Alignment> group) {
    return part(q, group).map(p -> of(p.spans(), documentText)).orElseGet(() -> of(q, documentText));
  }

  /** " (part 1 of 2)" when the group links only a part of the quotation, else "". */
  public static String partLabel(Quote q, Collection<Alignment> group) {
    return part(q, group).map(p -> " (" + p.label() + ")").orElse("");
  }

  private static Optional<QuotePart> part(Quote q, Collection<Alignment> group) {
    return group.stream().map(a -> a.partOf(q.id())).flatMap(Optional::stream).findFirst();
  }
}
