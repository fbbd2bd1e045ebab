package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.DOCUMENT_NOUNS;
import static app.verbatim.engine.attribution.CueGrammar.particlesBeforeName;
import static app.verbatim.engine.attribution.CueGrammar.trimLeading;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The issuer of a document that the quotation then gives: "When Orton died, Governor Ann Keller released
 * the following statement: “…”", "After the vote, the Farm Board issued a statement, “…”". The speaker is
 * the name right before the verb, not the first name of the sentence (Orton).
 */
final class StatementCue {
  private static final Set<String> ISSUE_VERBS = Lexicon.setOf("issue-verbs.txt");
  private static final Set<String> BETWEEN = Lexicon.setOf("statement-cue-between.txt");
  private static final int MAX_TAIL = 5;

  private StatementCue() {
  }

  /** The issuer named before "issued a statement" when the words end with a colon or comma; null otherwise. */
  static Cue issuer(List<Word> w) {
    if (w.size() < 4 || !Set.of(":", ",").contains(w.get(w.size() - 1).text())) {
      return null;
    }
    for (int v = w.size() - 2; v >= 1 && v >= w.size() - 2 - MAX_TAIL - 4; v--) {
      if (w.get(v).capitalized() || !ISSUE_VERBS.contains(w.get(v).bare())) {
        continue;
      }
      int n = v + 1;
      while (n < w.size() - 1 && BETWEEN.contains(w.get(n).bare())) {
        n++;
      }
      if (n >= w.size() - 1 || !DOCUMENT_NOUNS.contains(w.get(n).bare()) || !tailIsShort(w, n + 1)) {
        continue;
      }
      List<Word> np = subjectBefore(w, v);
      return np.isEmpty() ? null : new Cue(np, w.get(v).text(), np.get(0).start());
    }
    return null;
  }

  /** After the document noun only a short phrase without another verb ("on Monday", "to reporters"). */
  private static boolean tailIsShort(List<Word> w, int from) {
    int end = w.size() - 1;
    if (end - from > MAX_TAIL) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (w.get(k).isPunct() || !w.get(k).capitalized() && Lexicon.isVerb(w.get(k).bare())) {
        return false;
      }
    }
    return true;
  }

  /** The capitalized run right before the verb: "Governor Ann Keller", "the Farm Board". */
  private static List<Word> subjectBefore(List<Word> w, int v) {
    int k = v - 1;
    while (k >= 0 && (w.get(k).capitalized() && !w.get(k).isPunct() || k > 0 && particlesBeforeName(w, k))) {
      k--;
    }
    List<Word> run = new ArrayList<>(w.subList(k + 1, v));
    List<Word> np = trimLeading(run);
    if (np.isEmpty() || np.get(np.size() - 1).possessive()) {
      return List.of();
    }
    return np.stream().anyMatch(CueGrammar::isPersonalNameWord) ? np : List.of();
  }
}
