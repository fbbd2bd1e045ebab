package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Someone's own words that the reporter's subject quotes back ("her predecessor's description of the
 * house as “…”"): the quotation belongs to the possessor.
 */
final class OwnedWordsCue {
  private OwnedWordsCue() {}

  /**
   * Reporting verbs that take a clause, not an object: after "said", "Reisz's remarks" opens what is
   * said; after "dismissed" it is the thing dismissed.
   */
  private static final Set<String> CLAUSE_VERBS = Lexicon.setOf("clause-verbs.txt");

  /** Nouns for someone's words that the reporter's subject may quote back: "her predecessor's description". */
  private static final Set<String> OWNED_WORDS = Lexicon.setOf("owned-words.txt");

  /** Verbs by which the subject names what follows: after them the quotation is the subject's verdict. */
  private static final Set<String> NAMING_VERBS = Lexicon.setOf("naming-verbs.txt");

  /**
   * Whether the quotation gives the owned words themselves: right after the noun ("Reisz's remarks
   * “…”") or after "of" ("Reisz's claim of a “…”"), with no earlier quotation in between.
   */
  private static boolean quotesTheWords(List<Word> w, int n) {
    int end = w.size();
    if (w.subList(n + 1, end).stream().anyMatch(x -> x.text().equals("\u2063"))) {
      return false;
    }
    if (n + 1 >= end) {
      return true;
    }
    int last = end - 1;
    if (last > n + 1 && Set.of("a", "an", "the").contains(w.get(last).bare())) {
      last--;
    }
    return w.get(last).bare().equals("of");
  }

  /**
   * "Ostrova rejected her predecessor's description of the house as “…”": the quotation is the words
   * of the possessor, not of the sentence's subject — a cue for the possessor (a name) or for nobody
   * ("her predecessor").
   */
  static Cue wordsOwnedBefore(List<Word> w) {
    for (int p = w.size() - 2; p >= 0 && w.size() - p <= 10; p--) {
      if (!w.get(p).possessive()) {
        continue;
      }
      int n = p + 1;
      while (n < w.size() && n <= p + 3 && !OWNED_WORDS.contains(w.get(n).bare()) && !w.get(n).isPunct()) {
        n++;
      }
      if (n >= w.size() || !OWNED_WORDS.contains(w.get(n).bare())) {
        continue;
      }
      if (n + 1 < w.size() && w.get(n + 1).bare().equals("as")) {
        return null; // "Ostrova denounced Reisz's remarks as “…”": the subject's verdict on those words
      }
      for (int k = n + 1; k < w.size(); k++) {
        if (isCueVerb(w, k) && !w.get(k).capitalized()) {
          return null; // "… Reisz's description, Ostrova said: “…”": a cue of its own follows
        }
      }
      int s0 = p;
      while (s0 > 0 && w.get(s0 - 1).capitalized() && !w.get(s0 - 1).isPunct()) {
        s0--;
      }
      int k = s0 > 0 && w.get(s0 - 1).bare().equals("that") ? s0 - 2 : s0 - 1;
      if (k >= 0 && !w.get(k).capitalized() && CLAUSE_VERBS.contains(w.get(k).bare())) {
        // "Ostrova said Reisz's remarks “amount to a threat”": the possessor's words open the clause
        // the reporting verb's subject says, and the quotation is part of that
        return null;
      }
      if (k >= 0 && !w.get(k).capitalized() && NAMING_VERBS.contains(w.get(k).bare()) && !quotesTheWords(w, n)) {
        return null; // "Ostrova called Reisz's remarks on the port a “…”": the subject's verdict on those words
      }
      int s = p;
      while (s > 0 && w.get(s - 1).capitalized() && !w.get(s - 1).isPunct()
          && !Lexicon.DETERMINERS.contains(w.get(s - 1).bare())) {
        s--;
      }
      List<Word> np = new ArrayList<>(w.subList(s, p));
      Word last = w.get(p);
      String t = last.text().replaceAll("(’s|'s|’|')$", "");
      np.add(new Word(t, last.start(), last.start() + t.length()));
      if (!last.capitalized() && s > 0 && Lexicon.DETERMINERS.contains(w.get(s - 1).bare())) {
        np.add(0, w.get(s - 1));
      }
      return new Cue(np, null, np.get(0).start());
    }
    return null;
  }
}
