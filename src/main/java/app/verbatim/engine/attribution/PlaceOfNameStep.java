package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * "Rita Moss of Kessel, North Vale, says …" without the last comma ("Rita Moss of Kessel, North Vale
 * says"): the words before the verb are the second part of a place after "of"; the one who speaks is
 * the name before "of".
 */
final class PlaceOfNameStep {
  private static final int MAX_PLACE = 3;
  private static final int MAX_NAME = 4;

  private PlaceOfNameStep() {}

  /** The name before "of Place," when {@code np} (starting at {@code s} of {@code w}) is the place's second part. */
  static List<Word> nameBefore(List<Word> w, int s, List<Word> np) {
    if (np.isEmpty() || np.size() > MAX_PLACE || s < 4 || !w.get(s - 1).text().equals(",")
        || !np.stream().allMatch(x -> x.capitalized() && !x.isPunct() && !x.possessive())) {
      return np;
    }
    int o = s - 2;
    while (o >= 0 && s - 2 - o < MAX_PLACE && w.get(o).capitalized() && !w.get(o).isPunct()) {
      o--;
    }
    if (o < 1 || o == s - 2 || !w.get(o).text().equals("of")) {
      return np;
    }
    int j = o;
    while (j > 0 && o - j < MAX_NAME && CueGrammar.isPersonalNameWord(w.get(j - 1)) && !w.get(j - 1).possessive()) {
      j--;
    }
    boolean opensClause = j == 0 || w.get(j - 1).isPunct() || CueGrammar.CLAUSE_BREAKS.contains(w.get(j - 1).bare());
    List<Word> name = w.subList(j, o);
    return name.size() >= 2 && opensClause && !CueGrammar.PREPOSITIONS.contains(name.get(0).bare()) ? name : np;
  }
}
