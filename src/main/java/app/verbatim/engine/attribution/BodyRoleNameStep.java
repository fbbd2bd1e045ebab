package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * "The Institute on Farm Policy Deputy Director Ana Petrov says …": a body whose name holds a
 * preposition, then a title and a name right before the verb. Cutting the phrase at the preposition (as
 * for "Marsh on Tuesday") would leave the body; the one who speaks is the titled name.
 */
final class BodyRoleNameStep {
  private static final int MAX_NAME = 3;

  private BodyRoleNameStep() {}

  /**
   * The title and name that end the words {@code s..e} of {@code w}, when {@code np} (the phrase cut
   * short) stops before them; {@code np} itself otherwise.
   */
  static List<Word> nameAtEnd(List<Word> w, int s, int e, List<Word> np) {
    if (np.isEmpty() || e - s < 4 || np.get(np.size() - 1) == w.get(e - 1)) {
      return np;
    }
    int j = e;
    while (j > s && e - j < MAX_NAME && CueGrammar.isPersonalNameWord(w.get(j - 1)) && !w.get(j - 1).possessive()
        && !CueGrammar.isTitle(w.get(j - 1)) && !CueGrammar.isRoleNoun(w.get(j - 1))) {
      j--;
    }
    int t = j;
    while (t > s && w.get(t - 1).capitalized() && (CueGrammar.isTitle(w.get(t - 1)) || CueGrammar.isRoleNoun(w.get(t - 1)))) {
      t--;
    }
    return e - j >= 2 && t < j ? w.subList(t, e) : np;
  }
}
