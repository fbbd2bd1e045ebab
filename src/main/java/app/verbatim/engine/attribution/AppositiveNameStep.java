package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * A description, then the person's name set off by a comma: "said another council member, Dana Ilves",
 * "wrote the harbour's director at the time, Tomas Varga". The name says who speaks; the description
 * only says what they are.
 */
final class AppositiveNameStep {
  private AppositiveNameStep() {}

  /** Words of a trailing phrase ("at the time") that may stand between the description and its comma. */
  private static final int TRAILING_WORDS = 4;

  /**
   * The name that follows the description {@code np} (which ends before index {@code end} of
   * {@code w}) after a comma, or {@code np} itself when none does.
   */
  static List<Word> nameAfter(List<Word> w, List<Word> np, int end) {
    if (np.isEmpty() || !(Lexicon.DETERMINERS.contains(np.get(0).bare()) || np.get(0).possessive())
        || np.get(np.size() - 1).capitalized()) {
      return np;
    }
    int c = end;
    // "his best friend at Lehigh, Bruce Turry": a place after a preposition may be capitalized
    boolean place = end < w.size() && CueGrammar.PLACE_PREPOSITIONS.contains(w.get(end).text());
    while (c < w.size() && c - end < TRAILING_WORDS && !w.get(c).isPunct() && (place || !w.get(c).capitalized())) {
      c++;
    }
    if (c >= w.size() || !w.get(c).text().equals(",")) {
      return np;
    }
    int k = c + 1;
    while (k < w.size() && k - c <= 5 && !w.get(k).isPunct() && (CueGrammar.isPersonalNameWord(w.get(k))
        || w.get(k).text().matches("\\p{Lu}\\.") || CueGrammar.NAME_PARTICLES.contains(w.get(k).text()))) {
      k++;
    }
    List<Word> name = w.subList(c + 1, k);
    boolean ends = k == w.size() || w.get(k).isPunct() && !w.get(k).text().equals("\u2063") || w.get(k).bare().equals("of");
    return name.size() >= 2 && ends && !name.get(name.size() - 1).possessive() ? name : np;
  }
}
