package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.CLAUSE_BREAKS;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import static app.verbatim.engine.attribution.CueGrammar.particlesBeforeName;
import static app.verbatim.engine.attribution.CueGrammar.trimLeading;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A colon before the quotation: a sentence whose subject introduces it ("Diallo was more upbeat: “…”"),
 * a headline's or round-up's speaker ("Marsh: '…'"), a transcript's turn.
 */
final class ColonCue {
  private final AttributionContext ctx;

  ColonCue(AttributionContext ctx) {
    this.ctx = ctx;
  }

  /** A colon before the quotation: a sentence that introduces it, or a headline's speaker ("Marsh: '…'"). */
  Cue colonCue(List<Word> w) {
    // a sentence that introduces the quotation with a colon: "Diallo was more upbeat: “…”"
    if (w.size() >= 3 && w.get(w.size() - 1).text().equals(":")) {
      List<Word> subject = SentenceOpeners.sentenceSubject(w, w.size() - 1);
      if (subject.isEmpty()) {
        subject = knownSubject(w, w.size() - 1);
      }
      if (!subject.isEmpty()) {
        return new Cue(subject, null, subject.get(0).start());
      }
    }
    // headline style: Marsh: 'We will not back down'
    if (w.size() >= 2 && w.get(w.size() - 1).text().equals(":")) {
      // a round-up's item: "Turnout beat every forecast - Ana Ruiz: “…”", "… - More from Ruiz: “…”"
      int itemStart = 0;
      String between = ctx.text().substring(w.get(0).start(), w.get(w.size() - 1).start());
      int dash = Math.max(between.lastIndexOf(" - "), Math.max(between.lastIndexOf(" — "), between.lastIndexOf(" – ")));
      if (dash >= 0) {
        int at = w.get(0).start() + dash + 2;
        while (itemStart < w.size() - 1 && w.get(itemStart).start() < at) {
          itemStart++;
        }
        if (w.size() - itemStart > 7) {
          itemStart = 0;
        } else if (itemStart + 2 < w.size() && w.get(itemStart).bare().equals("more") && w.get(itemStart + 1).bare().equals("from")) {
          itemStart += 2;
        }
      }
      List<Word> np = trimLeading(w.subList(itemStart, w.size() - 1));
      if (!np.isEmpty() && np.size() <= 4 && np.stream().allMatch(Word::capitalized)) {
        return new Cue(np, null, np.get(0).start());
      }
      Cue turn = speakerTurn(np);
      if (turn != null) {
        return turn;
      }
    }
    return null;
  }

  /**
   * A transcript's or round-up's turn: only a role phrase and a name before the colon, no verb ("Former
   * secretary of state Hillary Rodham Clinton:", "Harbour master Ines Morel:").
   */
  private static Cue speakerTurn(List<Word> np) {
    if (np.isEmpty() || np.size() > 9 || np.stream().anyMatch(x -> x.isPunct() && !x.text().equals(".")
        || !x.capitalized() && Lexicon.isVerb(x.bare()) || x.text().equals("\u2063"))) {
      return null;
    }
    int s = np.size();
    while (s > 0 && np.get(s - 1).capitalized()) {
      s--;
    }
    List<Word> run = np.subList(s, np.size());
    if (run.isEmpty() || run.size() > 4 || !run.stream().allMatch(CueGrammar::isPersonalNameWord) || run.size() < 2
        || s > 0 && !np.subList(0, s).stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()))) {
      return null;
    }
    return new Cue(run, null, run.get(0).start());
  }

  /**
   * A person already met in the text who opens the sentence, whatever verb follows, past an aside:
   * "Ms van der Berg set out her government’s position:", "De Souza, speaking after the talks, struck
   * a more conciliatory tone:".
   */
  private List<Word> knownSubject(List<Word> w, int end) {
    int k = 0;
    for (int d = 0; d < Math.min(end, 8); d++) {
      if (Set.of("—", "–", "-").contains(w.get(d).text())) {
        k = d + 1;
        break;
      }
    }
    int named = SentenceOpeners.nameAfterRolePrefix(w, k);
    if (named > k && named < end) {
      k = named; // "Former Varga speechwriter Tom Ellery wrote:": Ellery, not Varga
    }
    List<Word> run = new ArrayList<>();
    while (k < end && (w.get(k).capitalized() && !w.get(k).isPunct() || !run.isEmpty() && particlesBeforeName(w, k))) {
      run.add(w.get(k));
      k++;
    }
    List<Word> np = trimLeading(run);
    if (np.isEmpty() || k >= end || np.get(np.size() - 1).possessive()) {
      return List.of(); // "Kang's deputy was more cautious:": the deputy, not Kang
    }
    if (w.get(k).text().equals(",")) {
      int close = k + 1;
      while (close < end && close - k <= 12 && !w.get(close).isPunct()) {
        close++;
      }
      if (close >= end || !w.get(close).text().equals(",")) {
        return List.of();
      }
      k = close + 1;
    }
    if (k >= end || w.get(k).isPunct() || w.get(k).capitalized() || CLAUSE_BREAKS.contains(w.get(k).bare())) {
      return List.of();
    }
    int t = 0;
    while (t < np.size() && isTitle(np.get(t))) {
      t++;
    }
    Person p = t < np.size() ? ctx.match(np.subList(t, np.size())) : null;
    return p != null && p.personLike ? np : List.of();
  }
}
