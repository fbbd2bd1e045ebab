package app.verbatim.engine.quotes;

import java.util.regex.Pattern;

/**
 * A title in headline case ('Financial Stability in Uncertain Times'): the name of a report, book or
 * film, not speech.
 */
final class HeadlineCaseTitleRule {

  // compiled once: asked of every quotation
  private static final Pattern SENTENCE_STOP = Pattern.compile("(?s).*[.!?,;:]\\s*$");
  private static final Pattern IN_PERSON =
      Pattern.compile("(?s).*\\b(I|we|We|our|Our|us|my|My|me|you|You|your|Your)\\b.*");
  private static final Pattern TITLE_STOP = Pattern.compile("(?s).*[^.!?,;:\\s][.,]\\s*$");

  /**
   * A title in headline case: two to twelve words, every word of four letters or more capitalized, no
   * sentence punctuation, nobody speaking in person. Body text rarely quotes speech that way.
   */
  boolean isTitle(String content, int words) {
    // a doubled apostrophe as opening mark leaves one apostrophe before the first word
    String bare = content.replaceFirst("^['‘’]+", "");
    if (words < 2 || words > 12 || SENTENCE_STOP.matcher(bare).matches()
        || IN_PERSON.matcher(content).matches()) {
      return false;
    }
    int long4 = 0;
    for (String w : bare.split("[^\\p{L}’'-]+")) {
      if (w.length() >= 4 && !TITLE_SMALL_WORDS.contains(w)) {
        long4++;
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
    }
    return long4 >= 2;
  }

  /** Short prepositions a title in headline case keeps in lower case: "The Lead with Dana Ilves". */
  private static final java.util.Set<String> TITLE_SMALL_WORDS = app.verbatim.engine.text.Lexicon.setOf("title-small-words.txt");

  /** Words after which a title in marks names a work or a programme: "his book", "NBC's", "on". */
  private static final Pattern WORK_BEFORE = Pattern.compile("(?i)(?:['’]s|s['’]|\\b(?:on|book|memoir|autobiography|"
      + "biography|novel|film|movie|show|series|program|programme|podcast|album|song|play|documentary|"
      + "author of|co-author of|editor of|co-editor of|star of|host of|hosts|titled|entitled|interview with|starred in|roles? in|classic))[\\s,]*$");

  /**
   * A title whose comma or full stop American style sets inside the closing mark (said on
   * “Meet the Nation.”; his book, “Rivers of the North,”): the stop is the sentence's, so the title is
   * told by the words before it, which name a work or a programme.
   */
  boolean isWorkTitle(String content, int words, String before) {
    return words >= 3 && TITLE_STOP.matcher(content).matches()
        && isTitle(content.replaceFirst("[.,]\\s*$", ""), words) && WORK_BEFORE.matcher(before).find();
  }
}
