package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.ADVERBS;
import static app.verbatim.engine.attribution.CueGrammar.SUBJECT_VERBS;
import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * "… was backed by Sen. Hanne Roos of Brenn, the ranking member, who said …": a name whose relative
 * clause reports speech speaks there, as much as one before its reporting verb; a pronoun after the
 * quotation that follows means her.
 */
final class RelativeSpeech {
  private RelativeSpeech() {}

  private static final java.util.Set<String> NAMING_VERBS = Lexicon.setOf("naming-verbs.txt");
  private static final java.util.Set<String> AUXILIARIES = Lexicon.setOf("auxiliaries.txt");

  /** Words past the name that a place or an apposition may take before the relative clause. */
  private static final int REACH = 16;

  /** Whether ", who [adverbs] VERB" with a reporting verb follows the name ending before {@code end}. */
  static boolean speaksAfter(List<Word> words, int end) {
    for (int k = end; k < words.size() && k - end <= REACH; k++) {
      Word w = words.get(k);
      String b = w.bare();
      if (w.text().equals(".") || w.text().equals(";") || w.text().equals("\u2063") || w.text().equals("(")) {
        return false;
      }
      if (b.equals("who") && k > end && words.get(k - 1).text().equals(",")) {
        int v = k + 1;
        while (v < words.size() && ADVERBS.contains(words.get(v).bare())) {
          v++;
        }
        // "who has called the notion a hoax": a verdict, not words spoken where the quotation follows
        while (v < words.size() && AUXILIARIES.contains(words.get(v).bare())) {
          v++;
        }
        return v < words.size() && !words.get(v).capitalized() && isCueVerb(words, v)
            && !NAMING_VERBS.contains(words.get(v).bare());
      }
      // the name has a verb of its own, or another person comes first: the clause is not its
      if (!w.capitalized() && !w.isPunct() && (Lexicon.isVerb(b) || SUBJECT_VERBS.contains(b))
          || w.capitalized() && k > end && FirstNames.genderOf(w.text()) != Person.Gender.UNKNOWN) {
        return false;
      }
    }
    return false;
  }

  private static final java.util.Set<String> PLACE_LINKS = java.util.Set.of("of", "from", "at");

  /**
   * "David Varga of Kessel University, said": past the place or body the name is "of", where its
   * comma stands; {@code end} itself when no such phrase follows.
   */
  static int pastPlace(List<Word> words, int end) {
    if (end >= words.size() || !PLACE_LINKS.contains(words.get(end).text())) {
      return end;
    }
    int k = end + 1;
    while (k < words.size() && k - end <= 6 && (words.get(k).capitalized() && !words.get(k).isPunct()
        || words.get(k).text().equals("the") || words.get(k).text().equals("of"))) {
      k++;
    }
    return k > end + 1 && k < words.size() && words.get(k).text().equals(",") && words.get(k - 1).capitalized() ? k : end;
  }
}
