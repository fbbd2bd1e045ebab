package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * "Dana Ilves, director of the Harbour Authority said …": a name, then its role with no comma to close
 * it before the verb. The verb's phrase is the role (or the body it heads), but the one who speaks is
 * the name before the comma.
 */
final class NameBeforeRoleStep {
  private NameBeforeRoleStep() {}

  /**
   * The name before the comma that opens the role phrase {@code np} (starting at index {@code s} of
   * {@code w}), or {@code np} itself when it opens with no role or no name stands there.
   */
  static List<Word> nameBefore(List<Word> w, int s, List<Word> np) {
    if (np.isEmpty() || !opensWithRole(np)) {
      return np;
    }
    int k = s - 1;
    // "president and CEO of …": the phrase began a few role words earlier
    while (k >= 0 && k >= s - 4 && !w.get(k).capitalized()
        && (w.get(k).bare().equals("and") || CueGrammar.isRoleNoun(w.get(k)))) {
      k--;
    }
    if (k < 2 || !w.get(k).text().equals(",")) {
      return np;
    }
    int j = k;
    while (j > 0 && k - j < 4 && CueGrammar.isPersonalNameWord(w.get(j - 1)) && !w.get(j - 1).possessive()) {
      j--;
    }
    boolean opensClause = j == 0 || w.get(j - 1).isPunct() || CueGrammar.CLAUSE_BREAKS.contains(w.get(j - 1).bare());
    List<Word> name = w.subList(j, k);
    return name.size() >= 2 && opensClause && !CueGrammar.PREPOSITIONS.contains(name.get(0).bare()) ? name : np;
  }

  /** "director of …", "the communications director for …", "CEO of …", "an Ostravian actor in …". */
  private static boolean opensWithRole(List<Word> np) {
    if (np.size() > 2 && CueGrammar.INDEFINITE.contains(np.get(0).bare()) && !np.get(0).capitalized()
        && np.get(1).capitalized() && CueGrammar.isRoleNoun(np.get(2))) {
      return true; // "an Ostravian actor", "a Democratic senator": a body is rarely "a" anything
    }
    int t = Lexicon.DETERMINERS.contains(np.get(0).bare()) && !np.get(0).capitalized() ? 1 : 0;
    for (int k = t; k < np.size() && k <= t + 2; k++) {
      if (CueGrammar.isRoleNoun(np.get(k))) {
        return true;
      }
      if (np.get(k).capitalized() && k == t && !CueGrammar.isRoleNoun(np.get(k))) {
        return false;
      }
    }
    return false;
  }
}
