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
    return headlineCase(content, words, 2);
  }

  /**
   * Whether the words fit headline case with at least {@code minLong} capitalized words of four letters
   * or more (a title of few long words, "The Axe Files", needs words before it that name a work).
   */
  private boolean headlineCase(String content, int words, int minLong) {
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
    return long4 >= minLong && (minLong > 1 || !bare.isEmpty() && !Character.isLowerCase(bare.charAt(0)));
  }

  /** Short prepositions a title in headline case keeps in lower case: "The Lead with Dana Ilves". */
  private static final java.util.Set<String> TITLE_SMALL_WORDS = app.verbatim.engine.text.Lexicon.setOf("title-small-words.txt");

  /** Words after which a title in marks names a work or a programme: "his book", "NBC's", "on". */
  private static final Pattern WORK_BEFORE = Pattern.compile("(?i)(?:['’]s|s['’]|\\b(?:on|book|memoir|autobiography|"
      + "biography|novel|film|movie|show|series|program|programme|podcast|album|song|play|documentary|"
      + "author of|co-author of|editor of|co-editor of|star of|host of|hosts|titled|entitled|interview with|starred in|roles? in|classic"
      + "|told|of|at))[\\s,]*$");

  /**
   * A title whose comma or full stop American style sets inside the closing mark (said on
   * “Meet the Nation.”; his book, “Rivers of the North,”): the stop is the sentence's, so the title is
   * told by the words before it, which name a work or a programme. After such words a title of one long
   * word is one too (told “Coffee and Friends,”; on his podcast “The Oak Files”); "to" and "for" are not
   * such words: promised to “Make It Right Again.” quotes a slogan.
   */
  boolean isWorkTitle(String content, int words, String before) {
    boolean stopped = TITLE_STOP.matcher(content).matches();
    String bare = stopped ? content.replaceFirst("[.,]\\s*$", "") : content;
    // a title in headline case with no stop is one whatever stands before it (the caller's isTitle);
    // "said on" and the mark may stand a no-break space apart
    return (stopped || !isTitle(bare, words)) && words >= 2 && headlineCase(bare, words, 1)
        && capitalizedWords(bare) >= 2 && WORK_BEFORE.matcher(before.replace('\u00a0', ' ')).find();
  }

  /** Words that open with a capital or a digit: "13 Hours", "Fox and Friends" have two. */
  private static int capitalizedWords(String s) {
    int n = 0;
    for (String w : s.split("[^\\p{L}\\p{N}’'-]+")) {
      n += !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) ? 1 : 0;
    }
    return n;
  }
}
