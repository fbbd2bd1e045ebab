package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.engine.quotes.QuoteMark.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the characters of a paragraph that can open or close a quotation, telling apostrophes
 * (Valdoria’s, don’t, ’90s, farmers’) apart from marks by what stands on either side.
 */
public final class QuoteMarkScanner {

  List<QuoteMark> scan(String text, int from, int to) {
    List<QuoteMark> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ("\"“”„«»‘’'‚‹›".indexOf(c) < 0) {
        continue;
      }
      char prev = i > from ? text.charAt(i - 1) : ' ';
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      boolean canOpen = !isSpace(next) && (isSpace(prev) || isOpeningContext(prev));
      boolean canClose = !isSpace(prev) && !isOpeningContext(prev) && (isSpace(next) || isClosingContext(next));
      boolean wordBoth = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
      QuoteMark m = switch (c) {
        case '"' -> doubleMark(i, c, canOpen, canClose, wordBoth);
        case '“' -> wordBoth ? null
            : new QuoteMark(i, c, Family.DOUBLE, canClose && !canOpen ? Role.CLOSE : Role.OPEN, false);
        case '”' -> wordBoth ? null
            : new QuoteMark(i, c, Family.DOUBLE, canOpen && !canClose ? Role.OPEN : Role.CLOSE, false);
        case '„' -> new QuoteMark(i, c, Family.DOUBLE, Role.OPEN, false);
        // French spacing (« mot ») puts spaces inside guillemets; only a word glued on the far side
        // reverses them (German »Wort«)
        case '«' -> new QuoteMark(i, c, Family.DOUBLE,
            Character.isLetterOrDigit(prev) && !Character.isLetterOrDigit(next) ? Role.CLOSE : Role.OPEN, false);
        case '»' -> new QuoteMark(i, c, Family.DOUBLE,
            Character.isLetterOrDigit(next) && !Character.isLetterOrDigit(prev) ? Role.OPEN : Role.CLOSE, false);
        case '‹' -> new QuoteMark(i, c, Family.SINGLE, canClose && !canOpen ? Role.CLOSE : Role.OPEN, false);
        case '›' -> new QuoteMark(i, c, Family.SINGLE, canOpen && !canClose ? Role.OPEN : Role.CLOSE, false);
        case '‚' -> canOpen ? new QuoteMark(i, c, Family.SINGLE, Role.OPEN, false) : null;
        default -> singleMark(text, i, to, c, prev, next, canOpen, canClose, wordBoth);
      };
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private static QuoteMark doubleMark(int i, char c, boolean canOpen, boolean canClose, boolean wordBoth) {
    if (wordBoth) {
      return null; // 5"10 or a typo inside a word
    }
    Role role = canOpen && !canClose ? Role.OPEN : canClose && !canOpen ? Role.CLOSE : Role.EITHER;
    return new QuoteMark(i, c, Family.DOUBLE, role, false);
  }

  private static QuoteMark singleMark(String text, int i, int to, char c, char prev, char next,
      boolean canOpen, boolean canClose, boolean wordBoth) {
    if (wordBoth) {
      return null; // don’t, Valdoria’s
    }
    if (canOpen && isElision(text, i + 1, to)) {
      return null; // ’90s, 'em, 'tis
    }
    if (c == '’' && canOpen) {
      return null; // a right mark never opens in English typography
    }
    if (canOpen) {
      return new QuoteMark(i, c, Family.SINGLE, Role.OPEN, false);
    }
    if (canClose) {
      boolean plural = prev == 's' || prev == 'S' || prev == 'z';
      return new QuoteMark(i, c, Family.SINGLE, Role.CLOSE, plural);
    }
    if (c == '‘' && !isSpace(next)) {
      return new QuoteMark(i, c, Family.SINGLE, Role.OPEN, false);
    }
    return null;
  }

  /** ’90s, ’em, ’tis, ’n’: an apostrophe standing for dropped letters at a word's start. */
  private static boolean isElision(String text, int from, int to) {
    int j = from;
    while (j < to && Character.isDigit(text.charAt(j))) {
      j++;
    }
    if (j - from == 2 && (j >= to || text.charAt(j) == 's' || !Character.isLetter(text.charAt(j)))) {
      return true;
    }
    int e = from;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String w = text.substring(from, e).toLowerCase(java.util.Locale.ROOT);
    boolean wordEnds = e >= to || !(text.charAt(e) == '’' || text.charAt(e) == '\'')
        || w.equals("n");
    return wordEnds && (w.equals("em") || w.equals("tis") || w.equals("twas") || w.equals("n")
        );
  }

  /** Blanks, and the invisible format characters (a direction mark, a zero-width space) pasted text keeps. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isOpeningContext(char c) {
    return "([{—–-/:;\"“‘«„‚‹…".indexOf(c) >= 0;
  }

  private static boolean isClosingContext(char c) {
    return ".,;:!?)]}—–-…\"”’»›'/".indexOf(c) >= 0;
  }
}
