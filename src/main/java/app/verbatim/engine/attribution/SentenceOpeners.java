package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.CLAUSE_BREAKS;
import static app.verbatim.engine.attribution.CueGrammar.SUBJECT_VERBS;
import static app.verbatim.engine.attribution.CueGrammar.isReference;
import static app.verbatim.engine.attribution.CueGrammar.particlesBeforeName;
import static app.verbatim.engine.attribution.CueGrammar.trimLeading;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who opens a sentence as its subject, before the verb or participle that cues a quotation: a name
 * ("Mayor Linda Okafor on Monday defended …") or a definite role ("The Florida senator sought …").
 */
final class SentenceOpeners {
  private SentenceOpeners() {}

  /**
   * A definite role that opens the sentence as its subject, followed by its verb: "The Florida senator
   * sought to calm his supporters" → "The Florida senator"; empty otherwise.
   */
  static List<Word> openingRole(List<Word> w) {
    if (w.size() < 3 || !w.get(0).bare().equals("the") || !w.get(0).capitalized()
        || w.stream().anyMatch(x -> x.bare().equals("who") || x.bare().equals("which"))) {
      return List.of(); // "The senator rallied for a candidate who worked the crowd, praising …": the candidate's
    }
    for (int k = 1; k < w.size() - 1 && k <= 4; k++) {
      Word x = w.get(k);
      if (x.isPunct() || x.possessive()) {
        return List.of();
      }
      if (!x.capitalized() && CueGrammar.isRoleNoun(x)) {
        Word next = w.get(k + 1);
        boolean verb = !next.isPunct() && !next.capitalized() && !CLAUSE_BREAKS.contains(next.bare())
            && !Set.of("of", "for", "in", "at", "on", "to", "with", "from", "and", "or").contains(next.bare())
            && !CueGrammar.isRoleNoun(next);
        return verb ? w.subList(0, k + 1) : List.of();
      }
    }
    return List.of();
  }

  /** The name that opens the clause before {@code end}: "Mayor Linda Okafor on Monday defended…". */
  static List<Word> sentenceSubject(List<Word> w, int end) {
    int k = 0;
    // past a dateline: "GREENHAVEN — Mayor …", "KESSEL, March 14 (AC) – …"
    for (int d = 0; d < Math.min(end, 8); d++) {
      if (Set.of("—", "–", "-").contains(w.get(d).text())) {
        k = d + 1;
        break;
      }
    }
    while (k < end && !w.get(k).capitalized()) {
      k++;
    }
    int named = nameAfterRolePrefix(w, k);
    if (named > k && named < end) {
      k = named; // "Former Liberal presidential candidate Jon Brill broke …": Brill, not "Former Liberal"
    }
    List<Word> run = new ArrayList<>();
    while (k < end && (w.get(k).capitalized() && !w.get(k).isPunct() || !run.isEmpty() && particlesBeforeName(w, k))) {
      run.add(w.get(k));
      k++;
    }
    boolean followedByVerb = k < end && (Lexicon.isVerb(w.get(k).bare()) || SUBJECT_VERBS.contains(w.get(k).bare())
        || Set.of("on", "in", "at", "yesterday", "today", "also", "later", "then").contains(w.get(k).bare())
        || !w.get(k).capitalized() && w.get(k).bare().endsWith("ed"));
    List<Word> np = trimLeading(run);
    return followedByVerb && !np.isEmpty() && np.stream().anyMatch(CueGrammar::isPersonalNameWord)
        && isReference(np) ? np : List.of();
  }

  /** How many lower-case words may describe a role before its head: "presidential candidate", "chapter president". */
  private static final int ROLE_MODIFIERS = 3;

  /**
   * "Former Liberal presidential candidate Jon Brill", "Kessel chapter president Ana Ruiz": capitals from
   * {@code k} (none or more), then lower-case words ending in a role noun, then a personal name; where
   * that name starts, or -1. The capitals only say whose or where the role is.
   */
  static int nameAfterRolePrefix(List<Word> w, int k) {
    int j = k;
    while (j < w.size() && w.get(j).capitalized() && !w.get(j).isPunct() && !w.get(j).possessive()) {
      j++;
    }
    int lower = j;
    while (j < w.size() && j - lower < ROLE_MODIFIERS && !w.get(j).capitalized() && !w.get(j).isPunct()
        && !Lexicon.isVerb(w.get(j).bare()) && !Lexicon.FUNCTION_WORDS.contains(w.get(j).bare())
        && !Lexicon.DETERMINERS.contains(w.get(j).bare()) && !CLAUSE_BREAKS.contains(w.get(j).bare())
        && !CueGrammar.PREPOSITIONS.contains(w.get(j).bare())) {
      j++;
    }
    return j > lower && j < w.size() && CueGrammar.isRoleNoun(w.get(j - 1))
        && CueGrammar.isPersonalNameWord(w.get(j)) ? j : -1;
  }
}
