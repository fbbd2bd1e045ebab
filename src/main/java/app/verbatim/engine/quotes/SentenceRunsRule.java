package app.verbatim.engine.quotes;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.model.Span;
import java.util.Set;

/**
 * Quoted runs of one reporter's sentence with one attribution are one quotation in several parts:
 * she called the plan “hasty” and “unfair” and said it would “never pass the council.” A run too
 * short to stand alone joins the speech next to it; runs that are all scare quotes stay scare quotes,
 * and a reporting verb between two runs starts another attribution, so they stay apart.
 */
final class SentenceRunsRule {
  /** How many characters of the reporter's words may stand between two runs of one quotation. */
  private static final int MAX_BETWEEN = 120;
  /** How many of the reporter's words may stand between two runs of one quotation. */
  private static final int MAX_WORDS = 8;
  /** Words that open another clause between two runs: "while", "who", "he". */
  private static final Set<String> BREAKERS = Lexicon.setOf("run-breakers.txt");

  /**
   * Whether the run starting at {@code nextOpen} continues the one ending at {@code lastEnd}.
   *
   * @param sameSentence whether both stand in one sentence of the same paragraph
   */
  boolean continues(String text, Span lastPart, int lastEnd, int nextOpen, boolean sameSentence) {
    if (!sameSentence || nextOpen < lastEnd || nextOpen - lastEnd > MAX_BETWEEN || endsSentence(text, lastPart)) {
      return false;
    }
    String between = text.substring(lastEnd, nextOpen);
    if (between.indexOf('\n') >= 0 || between.matches("(?s).*[.!?;:()\\[\\]].*")) {
      return false;
    }
    String[] words = between.strip().split("[^\\p{L}’'-]+");
    if (words.length > MAX_WORDS) {
      return false;
    }
    for (String w : words) {
      String lower = Lexicon.lower(w);
      // a reporting verb or a participle starts another attribution; a relative or a pronoun another clause
      if (Lexicon.isVerb(lower) || BREAKERS.contains(lower) || lower.endsWith("ing") && lower.length() > 5) {
        return false;
      }
    }
    return true;
  }

  /** The end of a run's quoted words says its sentence ended there: “… the council.” */
  static boolean endsSentence(String text, Span part) {
    String s = part.of(text).stripTrailing();
    return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
