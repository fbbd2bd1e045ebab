package app.verbatim.engine.quotes;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.model.Span;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries of the reporter's prose in a paragraph, ignoring full stops inside quotations
 * and after abbreviations (U.N., Sept., Mr.).
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Lexicon.ABBREVIATIONS;

  /** No reporter's sentence is longer; bounding the scan keeps hostile input linear. */
  private static final int MAX_SENTENCE = 800;

  private final String text;
  private final int from;
  private final int to;
  private final SpanIndex quoted;

  /** @param quoted the quotations of the paragraph, marks included */
  Sentences(String text, int from, int to, List<Span> quoted) {
    this(text, from, to, new SpanIndex(quoted));
  }

  public Sentences(String text, int from, int to, SpanIndex quoted) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.quoted = quoted;
  }

  /** Start of the sentence containing {@code pos}. */
  public int startOf(int pos) {
    int limit = Math.max(from, pos - MAX_SENTENCE);
    int floor = quoted.floor(pos - 1);
    for (int i = pos - 1; i > limit; i--) {
      floor = quoted.floor(i, floor);
      Span q = quoted.at(i, floor);
      if (q != null) {
        if (q.end() < pos && endsSentence(q)) {
          // "… called it “quite dangerous.” New Jersey Gov. Chris Christie …": the quotation's own full
          // stop ended the reporter's sentence too
          int s = q.end();
          while (s < pos && QuoteMarkScanner.isSpace(text.charAt(s))) {
            s++;
          }
          return s;
        }
        i = q.start();
        continue;
      }
      if (isEnd(i)) {
        int s = i + 1;
        while (s < pos && QuoteMarkScanner.isSpace(text.charAt(s))) {
          s++;
        }
        return s;
      }
    }
    return limit;
  }

  /** End (exclusive) of the sentence containing {@code pos}. */
  public int endOf(int pos) {
    int limit = Math.min(to, pos + MAX_SENTENCE);
    int floor = quoted.floor(pos);
    for (int i = pos; i < limit; i++) {
      floor = quoted.floor(i, floor);
      Span q = quoted.at(i, floor);
      if (q != null) {
        i = q.end() - 1;
        continue;
      }
      if (isEnd(i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /** A quotation whose words end with a full stop and that a capital follows: its sentence ends with it. */
  private boolean endsSentence(Span q) {
    int i = q.end() - 1;
    while (i > q.start() && "\"'”’»“‘«".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i <= q.start() || text.charAt(i) != '.') {
      return false;
    }
    int j = q.end();
    while (j < to && text.charAt(j) == ' ') {
      j++;
    }
    return j > q.end() && j < to && Character.isUpperCase(text.charAt(j));
  }

  private char nextLetter(int from) {
    int j = from;
    while (j < to && QuoteMarkScanner.isSpace(text.charAt(j))) {
      j++;
    }
    return j < to ? text.charAt(j) : ' ';
  }

  private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("([a-z]\\.)+[a-z]"); // compiled once: asked at every stop

  private boolean isEnd(int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int next = i + 1;
    while (next < to && next - i <= 2 && "”’\"»".indexOf(text.charAt(next)) >= 0) {
      next++; // "… “quite dangerous.” Mayor Ostrova …": closing marks after the full stop
    }
    if (next < to && !QuoteMarkScanner.isSpace(text.charAt(next))) {
      return false;
    }
    if (next > i + 1 && (next >= to || !Character.isUpperCase(nextLetter(next)))) {
      return false; // “…,” or “done.” and then lower case: the reporter's sentence goes on
    }
    if (c == '.') {
      int w = i;
      while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
        w--;
      }
      String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
      if (ABBREVIATIONS.contains(word) || word.length() == 1 || DOTTED.matcher(word).matches()) {
        // an abbreviation, unless a capitalised word follows and it is not a title ("U.S. officials")
        return false;
      }
    }
    return true;
  }
}
