package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.ADVERBS;
import static app.verbatim.engine.attribution.CueGrammar.ASIDE_OPENERS;
import static app.verbatim.engine.attribution.CueGrammar.CLAUSE_BREAKS;
import static app.verbatim.engine.attribution.CueGrammar.SUBJECT_VERBS;
import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the words around a name say about it: the roles set beside it ("opposition leader X", "X, the
 * mayor,"), and whether it is its clause's subject (a verb follows).
 */
final class NameSurroundings {
  private NameSurroundings() {}

  /** The name at {@code at} (ending before {@code next}) is joined by "and"/"or" to another: "Teller and Kovac". */
  static boolean coordinatedName(List<Word> words, int at, int next) {
    boolean before = at >= 2 && Set.of("and", "or").contains(words.get(at - 1).bare())
        && isPersonalNameWord(words.get(at - 2));
    boolean after = next + 1 < words.size() && Set.of("and", "or").contains(words.get(next).bare())
        && isPersonalNameWord(words.get(next + 1));
    return before || after;
  }

  /** Words that open a sentence with a phrase of time or place before its subject ("In the cellar, …"). */
  static final Set<String> OPENING_PHRASE_WORDS = Lexicon.setOf("opening-phrase-words.txt");

  /**
   * The name at {@code at} follows a short opening phrase of time or place and its comma ("In the
   * cellar, Jakob Brill pours …", "Later, Falk …"): it opens its clause as a sentence's first word does.
   */
  static boolean afterOpeningPhrase(List<Word> words, int at) {
    if (at < 2 || !words.get(at - 1).text().equals(",")) {
      return false;
    }
    int s = at - 2;
    while (s > 0 && !Set.of(".", "?", "!", ",", ";", ":", "—", "–").contains(words.get(s - 1).text())) {
      s--;
    }
    if (s > 0 && !Set.of(".", "?", "!").contains(words.get(s - 1).text())) {
      return false; // not the sentence's own opening
    }
    if (at - 1 - s > 6 || !OPENING_PHRASE_WORDS.contains(words.get(s).bare()) || !words.get(s).capitalized()) {
      return false;
    }
    for (int k = s + 1; k < at - 1; k++) {
      Word x = words.get(k);
      if (x.isPunct() || Lexicon.isVerb(x.bare()) || Lexicon.PRONOUNS.contains(x.bare())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The regional agriculture minister, Hanne Roos, visited …": a role that opens the sentence, then the
   * name between commas, then a word in lower case that is no further description.
   */
  static boolean roleApposedAtSentenceStart(List<Word> words, int at, int end) {
    if (at < 2 || !words.get(at - 1).text().equals(",") || end + 1 >= words.size() || !words.get(end).text().equals(",")) {
      return false;
    }
    Word next = words.get(end + 1);
    if (next.isPunct() || next.capitalized() || Lexicon.DETERMINERS.contains(next.bare())
        || CLAUSE_BREAKS.contains(next.bare()) || Lexicon.ROLE_NOUNS.contains(next.bare())
        || ASIDE_OPENERS.contains(next.bare())) {
      return false;
    }
    int s = at - 2;
    while (s > 0 && !Set.of(".", "?", "!", ",", ";", ":", "—", "–").contains(words.get(s - 1).text())) {
      s--;
    }
    if (s > 0 && !Set.of(".", "?", "!", "—", "–").contains(words.get(s - 1).text()) && !afterOpeningPhrase(words, s)) {
      return false; // "At the same briefing, Osei's deputy, Lars Kvist, declined …" opens after a phrase
    }
    if (at - 1 - s < 2 || at - 1 - s > 7 || !Lexicon.DETERMINERS.contains(words.get(s).bare()) && !words.get(s).possessive()) {
      return false; // "The harbour master, …", "Lusavia’s trade commissioner, …"
    }
    for (int k = s + 1; k < at - 1; k++) {
      Word x = words.get(k);
      if (Lexicon.isVerb(x.bare()) && !x.capitalized() || x.isPunct() && !x.text().equals("-")
          || Lexicon.PRONOUNS.contains(x.bare()) || OPENING_PHRASE_WORDS.contains(x.bare()) && !x.bare().equals("of")) {
        return false;
      }
    }
    return true;
  }

  /** "opposition leader Elena Marsh", "Valdoria’s trade minister Elena Marsh". */
  /** Prepositions that attach a qualifier to a role: "envoy for the basin", "head of the delegation". */
  static final Set<String> ROLE_QUALIFIERS = Lexicon.setOf("role-qualifiers.txt");

  /**
   * "The special envoy for the basin, Hiroshi Tanabe, …": a role, a qualifier, then the name set off
   * by commas. The role and the words describing it (["envoy", "special"]), or nothing.
   */
  static List<String> qualifiedRoleBefore(List<Word> words, int at, int end) {
    int comma = at - 1;
    boolean closed = end < words.size() && words.get(end).text().equals(",");
    if (!closed || comma < 2 || !words.get(comma).text().equals(",")
        || Lexicon.ROLE_NOUNS.contains(words.get(comma - 1).bare())) {
      return List.of();
    }
    for (int q = comma - 2; q >= 1 && comma - q <= 5; q--) {
      Word prep = words.get(q);
      if (prep.isPunct()) {
        return List.of();
      }
      Word role = words.get(q - 1);
      if (ROLE_QUALIFIERS.contains(prep.text()) && Lexicon.ROLE_NOUNS.contains(role.bare()) && !role.capitalized()) {
        List<String> roles = new ArrayList<>(List.of(role.bare()));
        for (int m = q - 2; m >= 0 && q - 1 - m <= 3; m--) {
          Word w = words.get(m);
          if (w.isPunct() || w.capitalized() || w.possessive() || Lexicon.DETERMINERS.contains(w.bare())) {
            break;
          }
          roles.add(w.bare());
        }
        return roles;
      }
    }
    return List.of();
  }

  static List<String> rolesBefore(List<Word> words, int at, int end) {
    List<String> roles = new ArrayList<>();
    int k = at - 1;
    List<String> qualified = qualifiedRoleBefore(words, at, end);
    if (!qualified.isEmpty()) {
      return qualified;
    }
    // "The opposition leader, Tomas Varga, …"
    if (k >= 1 && words.get(k).text().equals(",") && Lexicon.ROLE_NOUNS.contains(words.get(k - 1).bare())
        && !words.get(k - 1).capitalized()) {
      // an apposition is closed by a comma or names a full name: "According to the minister, Norvessa
      // will…" gives Norvessa no role
      boolean closed = end < words.size() && words.get(end).text().equals(",");
      if (!closed && end - at < 2) {
        return List.of();
      }
      k--;
    }
    boolean head = false;
    while (k >= 0 && at - k <= 4) {
      Word w = words.get(k);
      if (w.isPunct() || w.capitalized() && !w.possessive()) {
        break;
      }
      String b = w.bare();
      if (k == at - 1 && !Lexicon.ROLE_NOUNS.contains(b)) {
        break;
      }
      if (Lexicon.ROLE_NOUNS.contains(b)) {
        head = true;
      }
      if (Lexicon.DETERMINERS.contains(b) || w.possessive()) {
        break;
      }
      roles.add(b);
      k--;
    }
    if (head && k >= 2 && words.get(k).text().equals(",") && Lexicon.ROLE_NOUNS.contains(words.get(k - 1).bare())
        && !words.get(k - 1).capitalized() && end < words.size() && words.get(end).text().equals(",")) {
      // "Asked by the moderator, journalist Marta Lis, …": a role, then the name with a role of its own,
      // set off by commas: both roles are the person's
      for (int m = k - 1; m >= 0 && k - m <= 4; m--) {
        Word w = words.get(m);
        if (w.isPunct() || w.capitalized() || Lexicon.DETERMINERS.contains(w.bare()) || w.possessive()) {
          break;
        }
        roles.add(w.bare());
      }
    }
    return head ? roles : List.of();
  }

  /**
   * ", who has been finance minister since 2021," / ", who is the union's chief negotiator,": the role
   * a relative clause gives the name before it, or nothing.
   */
  static List<String> relativeRole(List<Word> words, int k) {
    if (k >= words.size() || !words.get(k).bare().equals("who")) {
      return List.of();
    }
    k++;
    // the role the person holds now: "is", "has been", "serves as", "became" — not "was" (a former one)
    boolean perfect = k < words.size() && Set.of("has", "have").contains(words.get(k).bare());
    if (perfect) {
      k++;
    }
    if (k >= words.size() || !(perfect ? Set.of("been") : Set.of("is", "became", "serves")).contains(words.get(k).bare())) {
      return List.of();
    }
    k++;
    if (k < words.size() && words.get(k).bare().equals("as")) {
      k++;
    }
    while (k < words.size() && (Lexicon.DETERMINERS.contains(words.get(k).bare()) || words.get(k).possessive())) {
      k++;
    }
    List<String> roles = new ArrayList<>();
    boolean head = false;
    for (; k < words.size() && roles.size() < 4; k++) {
      Word w = words.get(k);
      if (w.isPunct() || w.capitalized() || Lexicon.isVerb(w.bare()) || CLAUSE_BREAKS.contains(w.bare())
          || ROLE_QUALIFIERS.contains(w.bare()) || Set.of("since", "until", "in").contains(w.bare())) {
        break;
      }
      roles.add(w.bare());
      head = Lexicon.ROLE_NOUNS.contains(w.bare());
    }
    return head ? roles : List.of();
  }

  /** ", the opposition leader," / ", Valdoria’s trade minister," after a name. */
  static List<String> appositive(List<Word> words, int end) {
    if (end >= words.size() || !words.get(end).text().equals(",")) {
      return List.of();
    }
    List<String> relative = relativeRole(words, end + 1);
    if (!relative.isEmpty()) {
      return relative;
    }
    List<String> roles = new ArrayList<>();
    boolean head = false;
    for (int k = end + 1; k < words.size() && k <= end + 7; k++) {
      Word w = words.get(k);
      if (w.text().equals("\u2063")) {
        return List.of(); // "According to Brooks, the mayor “listened…”": the subject of the quotation
      }
      if (w.isPunct()) {
        break;
      }
      String b = w.bare();
      if (k == end + 1 && !(Lexicon.DETERMINERS.contains(b) || w.possessive() || Lexicon.ROLE_NOUNS.contains(b)
          || isTitle(w))) {
        return List.of();
      }
      if (Lexicon.isVerb(b) && head && k > end + 1) {
        // "…seen by Northern Wire, the Brevkan delegation wrote that …": a role phrase that goes on
        // into a verb is the subject of the main clause, not an apposition to the name before it
        return List.of();
      }
      if (Lexicon.isVerb(b) || CLAUSE_BREAKS.contains(b)) {
        break;
      }
      if (Lexicon.ROLE_NOUNS.contains(b) || isTitle(w) && !Lexicon.DETERMINERS.contains(b)) {
        head |= Lexicon.ROLE_NOUNS.contains(b);
        roles.add(b);
      }
    }
    return head ? roles : List.of();
  }

  /**
   * Whether a name is the subject of its clause: a verb follows, directly or after adverbs or a
   * closing comma ("Dario Vell, was more measured", "Ruiz, for her part, said").
   */
  static boolean followedByVerb(List<Word> words, int end) {
    return followedByVerb(words, end, false);
  }

  /** A participle opening an aside after a name: ", wearing …,", ", speaking at the fair,". */
  private static boolean participleAside(Word w) {
    String b = w.bare();
    return !w.capitalized() && b.length() > 5 && b.endsWith("ing") && !b.equals("according");
  }

  /** With {@code finite}, any finite verb counts ("Vell was more measured"), not only reporting verbs. */
  static boolean followedByVerb(List<Word> words, int end, boolean finite) {
    int k = end;
    if (k < words.size() && words.get(k).text().equals(",")) {
      k++;
      // skip a short parenthetical up to its closing comma: ", for her part,"
      int close = k;
      while (close < words.size() && close - k < 5 && !words.get(close).isPunct()) {
        close++;
      }
      if (close < words.size() && words.get(close).text().equals(",") && close > k
          && !Lexicon.isVerb(words.get(k).bare()) && !SUBJECT_VERBS.contains(words.get(k).bare())) {
        k = close + 1;
      } else if (k < words.size() && (words.get(k).bare().equals("who") || words.get(k).bare().equals("whose")
          || participleAside(words.get(k)))) {
        // a relative clause may hold a score or a date: ", whose side won 2-1, refused"; a participle's
        // aside: ", wearing a shirt covered in ribbons, said"
        close = k;
        while (close < words.size() && close - k < 12 && !words.get(close).text().equals(",")
            && !words.get(close).text().equals(".")) {
          close++;
        }
        if (close < words.size() && words.get(close).text().equals(",")) {
          k = close + 1;
        }
      }
    }
    if (finite && k < words.size() && SUBJECT_VERBS.contains(words.get(k).bare())) {
      return true; // "Vell was more measured": a finite verb, even one that reports nothing
    }
    if (finite && k > end && k < words.size() && !words.get(k).capitalized() && words.get(k).bare().length() > 4
        && words.get(k).bare().endsWith("ed")) {
      return true; // "Alves, whose side won, refused to get involved": past tense after an aside
    }
    while (k < words.size() && ADVERBS.contains(words.get(k).bare())) {
      k++;
    }
    return k < words.size() && !words.get(k).capitalized() && isCueVerb(words, k);
  }
}
