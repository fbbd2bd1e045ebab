package app.verbatim.engine.quotes;

/**
 * A title in headline case ('Financial Stability in Uncertain Times'): the name of a report, book or
 * film, not speech.
 */
final class HeadlineCaseTitleRule {

  /**
   * A title in headline case: two to twelve words, every word of four letters or more capitalized, no
   * sentence punctuation, nobody speaking in person. Body text rarely quotes speech that way.
   */
  boolean isTitle(String content, int words) {
    if (words < 2 || words > 12 || content.matches("(?s).*[.!?,;:]\\s*$")
        || content.matches("(?s).*\\b(I|we|We|our|Our|us|my|My|me|you|You|your|Your)\\b.*")) {
      return false;
    }
    int long4 = 0;
    for (String w : content.split("[^\\p{L}’'-]+")) {
      if (w.length() >= 4) {
        long4++;
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
    }
    return long4 >= 2;
  }
}
