package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.verbText;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;
import java.util.Set;

/**
 * The words after a closing mark name the speaker with an aside whose closing comma the reporter left out:
 * "…," another neighbour, Ana Lind said; "…," Ana Lind, the council's budget chief said on Monday. The
 * first comma stands at {@code v}; the speaker is the name, whichever side of the comma it stands on.
 */
final class UnclosedAsideStep {
  /** How many words the aside after a name may hold before its reporting verb. */
  private static final int ASIDE_WORDS = 14;

  /** Words that open the description after a name: "the", "a", "an", "who". */
  private static final Set<String> DESCRIPTION_OPENERS = Lexicon.setOf("unclosed-aside-openers.txt");

  /** Relative words: a verb right after one belongs to the relative clause, not to the speaker. */
  private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whose", "whom");

  private UnclosedAsideStep() {
  }

  /** The cue, or null when the words after the comma at {@code v} do not read so. */
  static Cue find(List<Word> w, int i, int v) {
    Cue c = roleThenName(w, i, v);
    return c != null ? c : nameThenRole(w, i, v);
  }

  /** "another neighbour, Ana Lind said": a lower-case description, then a name and its verb at once. */
  private static Cue roleThenName(List<Word> w, int i, int v) {
    List<Word> role = w.subList(i, v);
    if (role.size() < 2 || role.size() > 4 || !Lexicon.DETERMINERS.contains(role.get(0).bare())
        || role.stream().anyMatch(x -> x.capitalized() || x.isPunct() || x.possessive() || Lexicon.isVerb(x.bare()))) {
      return null;
    }
    int k = v + 1;
    while (k < w.size() && k - v <= 4 && isPersonalNameWord(w.get(k)) && !w.get(k).possessive()) {
      k++;
    }
    if (k - v - 1 < 2 || k >= w.size() || w.get(k).capitalized() || !isCueVerb(w, k) || !endsAfterVerb(w, k)) {
      return null;
    }
    List<Word> np = w.subList(v + 1, k);
    return new Cue(np, verbText(w, k), np.get(0).start());
  }

  /**
   * "Ana Lind, the council's budget chief said": a full name, then a description with no punctuation of
   * its own and the reporting verb that ends it.
   */
  private static Cue nameThenRole(List<Word> w, int i, int v) {
    List<Word> np = w.subList(i, v);
    if (np.size() < 2 || np.size() > 4
        || !np.stream().allMatch(x -> isPersonalNameWord(x) && !x.possessive())
        || v + 1 >= w.size() || !DESCRIPTION_OPENERS.contains(w.get(v + 1).text())) {
      return null;
    }
    for (int k = v + 2; k < w.size() && k - v <= ASIDE_WORDS; k++) {
      Word x = w.get(k);
      if (x.isPunct()) {
        return null;
      }
      if (!x.capitalized() && isCueVerb(w, k) && !RELATIVES.contains(w.get(k - 1).bare())) {
        return endsAfterVerb(w, k) ? new Cue(np, verbText(w, k), np.get(0).start()) : null;
      }
    }
    return null;
  }

  /**
   * The reporting verb ends the reporter's words or goes on with what a reporting verb takes: the sentence's
   * end, an adverbial ("in a statement", "on Monday") or whom it was told to ("told CNN", "told the Ledger").
   */
  private static boolean endsAfterVerb(List<Word> w, int k) {
    if (k + 1 >= w.size()) {
      return true;
    }
    Word n = w.get(k + 1);
    return n.isPunct() || n.capitalized() || CueGrammar.PREPOSITIONS.contains(n.bare())
        || CueGrammar.TIME_WORDS.contains(n.bare()) || Lexicon.DETERMINERS.contains(n.bare());
  }
}
