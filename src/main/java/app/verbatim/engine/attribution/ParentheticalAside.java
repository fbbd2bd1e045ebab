package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * A short bracketed aside right after a name: a party tag ("(D-Brenn)") or a label ("(a Democrat)"). A
 * reporting verb after it still has the name as its speaker, so the aside is looked past. (Only for speech:
 * other verbs after it were as often in a clause whose subject the pronouns after do not mean.)
 */
final class ParentheticalAside {
  /** Longest aside looked past, in words; a longer bracket is a sentence of its own. */
  private static final int MAX_WORDS = 8;

  private ParentheticalAside() {}

  /** The index after a bracketed aside that opens at {@code end}, or {@code end} when there is none. */
  static int skip(List<Word> words, int end) {
    if (end >= words.size() || !words.get(end).text().equals("(")) {
      return end;
    }
    for (int k = end + 1; k < words.size() && k - end <= MAX_WORDS + 1; k++) {
      String t = words.get(k).text();
      if (t.equals(")")) {
        return k + 1;
      }
      if (t.equals("(") || t.equals("\u2063") || t.equals("“") || t.equals("\"")) {
        return end;
      }
    }
    return end;
  }
}
