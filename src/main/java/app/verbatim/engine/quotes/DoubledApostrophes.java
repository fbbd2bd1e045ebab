package app.verbatim.engine.quotes;

import app.verbatim.model.Span;

/**
 * Some newspapers' plain-text archives write a double quotation mark as two apostrophes
 * (''We are ready,'' she said). Read one by one, the apostrophes leave a stray mark inside the quoted
 * words and pair as single marks, so nested single quotes and the words between two quotations are
 * misread. The finder reads a copy of the text in which each such pair is a straight double mark beside
 * a blank, at the same offsets, and widens the marks it finds back over both apostrophes.
 */
final class DoubledApostrophes {
  private DoubledApostrophes() {}

  /** {@code text} with every pair of apostrophes outside a word read as one double mark, same length. */
  static String asDoubleMarks(String text) {
    int at = text.indexOf("''");
    if (at < 0) {
      return text;
    }
    char[] c = text.toCharArray();
    for (int i = at; i + 1 < c.length; i++) {
      if (c[i] != '\'' || c[i + 1] != '\'') {
        continue;
      }
      char prev = i > 0 ? c[i - 1] : ' ';
      char next = i + 2 < c.length ? c[i + 2] : ' ';
      if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
        continue; // inside a word: no quotation mark
      }
      boolean opens = !QuoteMarkScanner.isSpace(next) && ".,;:!?)]}".indexOf(next) < 0
          && (QuoteMarkScanner.isSpace(prev) || "([{—–-/:;\"“‘«…".indexOf(prev) >= 0 || i == 0);
      // an opening mark stands right before its word, a closing one right after its word
      c[i] = opens ? ' ' : '"';
      c[i + 1] = opens ? '"' : ' ';
      i++;
    }
    return new String(c);
  }

  /** {@code marked} widened over the other apostrophe of a doubled mark at either end. */
  static Span widen(String original, Span marked) {
    int s = marked.start();
    int e = marked.end();
    if (s > 0 && original.charAt(s) == '\'' && original.charAt(s - 1) == '\'') {
      s--;
    }
    if (e < original.length() && e > 0 && original.charAt(e) == '\'' && original.charAt(e - 1) == '\'') {
      e++;
    }
    return s == marked.start() && e == marked.end() ? marked : new Span(s, e);
  }
}
