package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.verbText;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * A reporting verb before its subject, before the quotation: "Said Dana Ilves, who grew up on the quay,
 * “…”", "In other words, explained moderator Ana Ruiz: “…”". The verb opens the sentence or follows an
 * opening phrase; its subject, a name, runs to the quotation (past an aside in commas).
 */
final class InvertedCue {
  private static final int MAX_NAME = 7;

  private InvertedCue() {}

  /** The inverted cue in the words before the quotation, or null. */
  static Cue before(List<Word> w) {
    int v = 0;
    if (w.isEmpty() || !isCueVerb(w, 0)) {
      v = -1;
      for (int c = 1; c + 1 < w.size() && c <= 8; c++) {
        if (w.get(c).text().equals(",")) {
          v = c + 1; // past an opening phrase: "In other words, explained …"
          break;
        }
        if (w.get(c).isPunct() || !w.get(c).capitalized() && isCueVerb(w, c)) {
          return null;
        }
      }
      if (v < 0 || !isCueVerb(w, v) || w.get(v).capitalized()) {
        return null;
      }
    }
    int e = v + 1;
    while (e < w.size() && e - v <= MAX_NAME && !w.get(e).isPunct()
        && (w.get(e).capitalized() || describing(w.get(e)))) {
      e++;
    }
    List<Word> np = w.subList(v + 1, e);
    // a name ("Said Dana Ilves"), or a definite role ("Said the mayor")
    boolean role = np.size() >= 2 && np.get(0).bare().equals("the") && CueGrammar.isRoleNoun(np.get(np.size() - 1));
    if (np.isEmpty() || !role && (!np.get(np.size() - 1).capitalized() || np.stream().noneMatch(CueGrammar::isPersonalNameWord))
        || e >= w.size() || !(w.get(e).text().equals(",") || w.get(e).text().equals(":"))) {
      return null;
    }
    // the name runs to the quotation, or an aside in commas does: "Said Dana Ilves, who grew up …, “…”"
    boolean toQuote = e == w.size() - 1 || w.get(e).text().equals(",") && w.get(w.size() - 1).text().equals(",")
        && w.subList(e + 1, w.size()).stream().noneMatch(x -> x.text().equals("\u2063") || x.text().equals(":"));
    return toQuote ? new Cue(np, verbText(w, v), np.get(0).start()) : null;
  }

  /** A lower-case word of a role phrase before a name: "the", "harbour", "moderator"; no verb or preposition. */
  private static boolean describing(Word x) {
    return CueGrammar.isRoleNoun(x) || Lexicon.DETERMINERS.contains(x.bare())
        || !Lexicon.isVerb(x.bare()) && !CueGrammar.CLAUSE_BREAKS.contains(x.bare()) && !CueGrammar.PREPOSITIONS.contains(x.bare())
        && !Lexicon.FUNCTION_WORDS.contains(x.bare()) && !Lexicon.PRONOUNS.contains(x.bare());
  }
}
