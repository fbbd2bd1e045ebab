package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.ADVERBS;
import static app.verbatim.engine.attribution.CueGrammar.isReference;
import static app.verbatim.engine.attribution.CueGrammar.trimLeading;
import static app.verbatim.engine.attribution.CueGrammar.trimTrailing;
import static app.verbatim.engine.attribution.CueGrammar.verbText;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;
import java.util.Set;

/**
 * "Dana Ilves said Varga assured the board that the port was “safe for years”": a cue inside a clause
 * that someone else's reporting verb reports. The quoted words come from the one who reports it (the
 * reporter heard them from Ilves), unless the inner verb itself quotes ("said", "called").
 */
final class ReportedClauseStep {
  private ReportedClauseStep() {}

  /** Verbs that report a clause: their subject is the source of what the clause quotes. */
  private static final Set<String> REPORTING = Lexicon.setOf("reported-clause-reporting.txt");

  /** Inner verbs that quote whoever does them, even in a reported clause: "said Varga called it “…”". */
  private static final Set<String> QUOTING = Lexicon.setOf("reported-clause-quoting.txt");

  /** Words that may open the reported clause: "said that", "said that when". */
  private static final Set<String> OPENERS = Lexicon.setOf("reported-clause-openers.txt");

  /**
   * The cue of the reporting verb whose clause holds {@code inner} (found at verb {@code v}, its phrase
   * starting at {@code s}), or {@code inner} itself when no such verb stands right before its phrase.
   */
  static Cue outer(List<Word> w, int s, int v, Cue inner) {
    if (QUOTING.contains(w.get(v).bare())) {
      return inner;
    }
    int k = s - 1;
    while (k >= 0 && k >= s - 2 && OPENERS.contains(w.get(k).bare())) {
      k--;
    }
    if (k < 1 || w.get(k).capitalized() || !REPORTING.contains(w.get(k).bare())) {
      return inner;
    }
    int e = k;
    while (e > 0 && ADVERBS.contains(w.get(e - 1).bare())) {
      e--;
    }
    List<Word> np = trimTrailing(trimLeading(w.subList(BeforeQuoteSieve.clauseStart(w, e), e)));
    return !np.isEmpty() && isReference(np) ? new Cue(np, verbText(w, k), np.get(0).start()) : inner;
  }
}
