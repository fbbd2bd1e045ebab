package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.CLAUSE_BREAKS;
import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import static app.verbatim.engine.attribution.NameSurroundings.OPENING_PHRASE_WORDS;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A quotation inside a sentence whose subject is a named person (or "he"/"she"), with no reporting verb
 * the other sieves read: the subject's words, whatever the predicate ("Mayor Lena Ostrova blamed the
 * delay on “a council that never reads its mail”", "Ostrova is pledging to “fix every pothole”",
 * "Sen. Joe Pratt (R-Texas) told a radio host that he “would be surprised”"). Another person named
 * between the subject and the quotation may own the words, so then it finds nothing.
 */
final class ClauseSubjectSieve implements CueSieve {
  /** A subject further from its quotation than this many words is too far to trust. */
  private static final int REACH = 40;
  /** Words after a name that show it is not the subject of a verb ("Trump of New York", "Trump and"). */
  private static final Set<String> NOT_A_PREDICATE = Lexicon.setOf("not-a-predicate.txt");

  /** Capitalized words that open a sentence without being its subject ("Given Sanders' lead, …"). */
  private static final Set<String> NOT_A_SUBJECT_START = Lexicon.setOf("not-a-subject-start.txt");

  /** Nouns a name before them only describes: "Sanders supporters", "the Varga campaign". */
  private static final Set<String> NAME_MODIFIED = Lexicon.setOf("name-modifier-nouns.txt");

  private final AttributionContext ctx;

  ClauseSubjectSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "subject";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    int open = q.start();
    int start = ctx.sentences(para).startOf(open);
    int from = Math.max(start, ctx.previousQuoteEnd(open, para.span().start()));
    Cue c = subjectCue(ctx.prose(from, open), 0);
    if (c == null && from > start && onlyShortQuotations(start, open)) {
      // "Dan Hemsley, the co-author of “Going Viral,” about rumours, said …": a title in the subject's aside
      c = subjectCue(ctx.prose(start, open), 1);
    }
    return c;
  }

  /** Words a short quotation inside the sentence may hold and still be a title or a name in an aside. */
  private static final int SHORT_QUOTATION = 4;

  /** Every quotation between {@code from} and {@code to} is short: a title or a name, not someone's speech. */
  boolean onlyShortQuotations(int from, int to) {
    return ctx.quotes().stream().filter(q -> q.start() >= from && q.end() <= to)
        .allMatch(q -> q.parts().stream().mapToInt(p -> p.of(ctx.text()).split("\\s+").length).sum() <= SHORT_QUOTATION);
  }

  /**
   * The subject that opens the words {@code w} before the quotation, with no one else after it, past at
   * most {@code quoted} quotations inside them; null if none.
   */
  private Cue subjectCue(List<Word> w, int quoted) {
    if (w.isEmpty() || w.size() > REACH || w.get(0).text().equals("\u2063")
        || w.stream().filter(x -> x.text().equals("\u2063")).count() > quoted) {
      return null;
    }
    int[] after = new int[1];
    List<Word> subject = openingSubject(w, after);
    return subject.isEmpty() || !noOtherPersonAfter(w, after[0]) ? null
        : new Cue(subject, null, subject.get(0).start());
  }

  /**
   * The person-like subject that opens the clause in {@code w} (past an opening phrase), followed by a
   * predicate: a name with its titles, or "he"/"she"; empty when the clause opens otherwise. Sets
   * {@code after[0]} to where the predicate starts.
   */
  List<Word> openingSubject(List<Word> w, int[] after) {
    return openingSubject(w, after, false);
  }

  /**
   * With {@code anyName}, also a lone capitalized word the text never made a person, when a past-tense
   * verb follows it at once ("Varga compared himself to Ruiz, saying …"): a participle's subject speaks.
   */
  List<Word> openingSubject(List<Word> w, int[] after, boolean anyName) {
    if (w.isEmpty()) {
      return List.of();
    }
    this.anyName = anyName;
    List<Word> found = subjectFrom(w, openingPhraseEnd(w), after, false);
    // an opening phrase with commas of its own: "At a rally in Portsmouth, N.H., on Tuesday, Senator …"
    for (int c = 1; found.isEmpty() && OPENING_PHRASE_WORDS.contains(w.get(0).bare()) && c < w.size() && c <= 16; c++) {
      if (w.get(c).text().equals(",")) {
        found = subjectFrom(w, c + 1, after, false);
      }
    }
    // any other opening phrase that cannot be the subject: "Speaking at a rally in Salem, N.H., Trump went
    // after Bush", "Here in Columbia, Sanders stepped up …", "Early in his campaign, Trump attacked …";
    // there the name must be followed by its verb at once ("Salem, New Hampshire, Trump" is a place)
    boolean opener = w.get(0).capitalized() && (Lexicon.NOT_NAMES.contains(w.get(0).bare())
        || NOT_A_SUBJECT_START.contains(w.get(0).bare()) || w.get(0).bare().endsWith("ing"));
    for (int c = 1; found.isEmpty() && opener && c < w.size() && c <= 20; c++) {
      if (w.get(c).text().equals(",")) {
        found = subjectFrom(w, c + 1, after, true);
      }
    }
    if (found.isEmpty() && opener && w.size() > 2) {
      found = subordinateSubject(w, after);
    }
    return found;
  }

  /**
   * "While Mr. Rhyl, representing the governing wing, laid out a vision for “…”": a quotation still inside
   * the clause the sentence opens with is that clause's subject's, when no comma after its verb has
   * led on to the main clause yet.
   */
  private List<Word> subordinateSubject(List<Word> w, int[] after) {
    int[] at = new int[1];
    List<Word> found = subjectFrom(w, 1, at, false);
    if (found.isEmpty() || w.subList(at[0], w.size()).stream().anyMatch(x -> x.isPunct())) {
      return List.of();
    }
    after[0] = at[0];
    return found;
  }

  private boolean anyName;

  private List<Word> subjectFrom(List<Word> w, int start, int[] after, boolean verbAtOnce) {
    int k = start;
    while (k + 1 < w.size() && CONJUNCTIONS.contains(w.get(k).bare()) && w.get(k).capitalized()) {
      k++; // "And after the court refused, Gov. Pat McCrory blamed …"
      while (k + 1 < w.size() && !w.get(k).capitalized() && CueGrammar.ADVERBS.contains(w.get(k).bare())) {
        k++; // "And then Varga went on the attack, saying …"
      }
      k += openingPhraseEnd(w.subList(k, w.size()));
    }
    if (k >= w.size()) {
      return List.of();
    }
    if (Lexicon.PRONOUNS.contains(w.get(k).bare()) && !w.get(k).bare().equals("they") && k + 1 < w.size()
        && predicate(w, k + 1)) {
      after[0] = k + 1;
      return List.of(w.get(k));
    }
    List<Word> body = BodySubject.at(w, k, after);
    if (!body.isEmpty()) {
      return body; // "the Harbour Board of Brenn was firm in its findings: “…”"
    }
    // a role phrase before the name: "Republican presidential candidate Donald Trump", "DFA spokesman Neil Sroka"
    int role = rolePrefixEnd(w, k);
    if (role > k) {
      k = role;
    }
    List<Word> run = new ArrayList<>();
    int j = k;
    while (j < w.size() && !w.get(j).isPunct() && w.get(j).capitalized() && !w.get(j).possessive()) {
      run.add(w.get(j++));
    }
    int t = 0;
    for (int r = 0; r < run.size(); r++) {
      if (isTitle(run.get(r)) || Lexicon.ROLE_NOUNS.contains(run.get(r).bare())) {
        t = r + 1; // "Senate Majority Leader Mitch McConnell": the name after the last title or role
      }
    }
    if (t >= run.size() || !run.subList(t, run.size()).stream().allMatch(CueGrammar::isPersonalNameWord)
        || NOT_A_SUBJECT_START.contains(run.get(0).bare())) {
      return List.of();
    }
    Person known = ctx.match(run.subList(t, run.size()));
    // a surname two people of the text share ("Clinton") is still a person's; the mention sieve decides which
    boolean person = known != null ? known.personLike : run.size() - t >= 2 || t > 0 || role > 0 || ctx.lastMatchAmbiguous()
        || anyName && j < w.size() && !w.get(j).capitalized() && w.get(j).bare().length() > 4 && w.get(j).bare().endsWith("ed");
    if (!person) {
      return List.of();
    }
    j = pastPlaceOfName(w, j);
    if (verbAtOnce && (j >= w.size() || !predicate(w, j))) {
      return List.of();
    }
    j = skipAside(w, j);
    for (int n = 0; n < 2 && j < w.size() && j > 0 && !predicate(w, j) && w.get(j - 1).text().equals(","); n++) {
      j = skipAside(w, j - 1); // "Ostrova, meanwhile, who sits on no committee, said": asides one after another
    }
    if (j >= w.size() || !predicate(w, j)) {
      return List.of();
    }
    after[0] = j;
    return run;
  }

  /** How many capitalized words the place or body after a name's "of" may hold. */
  private static final int PLACE_WORDS = 4;

  /**
   * Past the place or body a name is "of" ("Senator Ana Ruiz of Vermont endorsed …", "Ruiz of the Harbor
   * Institute said …"): it still belongs to the subject. {@code j} otherwise.
   */
  private static int pastPlaceOfName(List<Word> w, int j) {
    if (j + 1 >= w.size() || !w.get(j).text().equals("of")) {
      return j;
    }
    int p = w.get(j + 1).text().equals("the") ? j + 2 : j + 1;
    int q = p;
    while (q < w.size() && q - p < PLACE_WORDS && w.get(q).capitalized() && !w.get(q).isPunct()) {
      q++;
    }
    return q > p && !w.get(q - 1).possessive() && q < w.size() && predicate(w, q) ? q : j;
  }

  /** Conjunctions that may open a sentence before its opening phrase and subject. */
  private static final Set<String> CONJUNCTIONS = Lexicon.setOf("conjunctions.txt");

  /**
   * The end of a role phrase that ends in a lower-case role noun right before a capitalized name
   * ("Republican presidential candidate", "Clinton campaign manager"), or -1.
   */
  private static int rolePrefixEnd(List<Word> w, int k) {
    for (int r = k; r < w.size() - 1 && r - k <= 5; r++) {
      Word x = w.get(r);
      if (x.isPunct() || Lexicon.isVerb(x.bare()) && !x.capitalized()) {
        return -1;
      }
      if (!x.capitalized() && CueGrammar.isRoleNoun(x) && w.get(r + 1).capitalized()
          && isPersonalNameWord(w.get(r + 1))) {
        return r + 1;
      }
    }
    return -1;
  }

  /** Past an opening phrase of time or place and its comma ("On Monday, …", "In Iowa, …"). */
  private static int openingPhraseEnd(List<Word> w) {
    if (!OPENING_PHRASE_WORDS.contains(w.get(0).bare())) {
      return 0;
    }
    for (int c = 1; c < w.size() && c <= 8; c++) {
      if (w.get(c).text().equals(",")) {
        return c + 1;
      }
    }
    return w.size();
  }

  /** Past a parenthesis ("(R-Texas)") or an aside in commas (", 54, of Dayton,", ", the mayor,"). */
  static int skipAside(List<Word> w, int j) {
    if (j < w.size() && w.get(j).text().equals("(")) {
      int close = j;
      while (close < w.size() && !w.get(close).text().equals(")") && close - j < 8) {
        close++;
      }
      return close < w.size() && w.get(close).text().equals(")") ? close + 1 : w.size();
    }
    if (j < w.size() && DASHES.contains(w.get(j).text())) {
      // "Gingrov — named by the Courier as the leading choice — told …": an aside between dashes
      int close = j + 1;
      while (close < w.size() && !w.get(close).text().equals(w.get(j).text()) && close - j <= DASH_ASIDE
          && !w.get(close).text().equals("\u2063") && !w.get(close).text().equals(".")) {
        close++;
      }
      return close < w.size() && w.get(close).text().equals(w.get(j).text()) ? close + 1 : w.size();
    }
    if (j < w.size() && w.get(j).text().equals(",")) {
      int longer = pastLongAside(w, j);
      if (longer > 0) {
        return longer;
      }
      int close = j + 1;
      while (close < w.size() && !w.get(close).text().equals(",") && close - j < 14) {
        close++;
      }
      return close < w.size() && w.get(close).text().equals(",") ? close + 1 : w.size();
    }
    return j;
  }

  /** Dashes that set off an aside in pairs. */
  private static final Set<String> DASHES = Set.of("—", "–", "--");

  /** How many words an aside between dashes may hold. */
  private static final int DASH_ASIDE = 20;

  /** How many words an aside between a subject and its verb may hold. */
  private static final int LONG_ASIDE = 40;

  /**
   * "Mia Lund, a professor of history at the University of Kessel who has studied the region's elections
   * for twenty years, said …": an aside of any shape and length (commas of its own too) from the comma at
   * {@code j} to the first later comma that a verb follows; where that verb starts, or -1.
   */
  static int pastLongAside(List<Word> w, int j) {
    for (int close = j + 2; close + 1 < w.size() && close - j <= LONG_ASIDE; close++) {
      Word x = w.get(close);
      if (x.text().equals(".") || x.text().equals(":") || x.text().equals(";") || x.text().equals("\u2063")) {
        return -1;
      }
      if (x.text().equals(",") && verbAt(w, close + 1)) {
        return close + 1;
      }
    }
    return -1;
  }

  /** A lower-case verb at {@code k}, past adverbs: a reporting verb or a finite one ("said", "is", "called", "blamed"). */
  private static boolean verbAt(List<Word> w, int k) {
    while (k < w.size() && CueGrammar.ADVERBS.contains(w.get(k).bare()) && !w.get(k).capitalized()) {
      k++;
    }
    if (k >= w.size() || w.get(k).capitalized() || w.get(k).isPunct()) {
      return false;
    }
    String b = w.get(k).bare();
    return CueGrammar.isCueVerb(w, k) || CueGrammar.SUBJECT_VERBS.contains(b)
        || b.length() > 4 && b.endsWith("ed") && !Lexicon.ROLE_NOUNS.contains(b);
  }

  /** A lower-case word that can begin a predicate: a verb, an adverb, not a preposition or conjunction. */
  static boolean predicate(List<Word> w, int j) {
    Word x = w.get(j);
    return !x.isPunct() && !x.capitalized() && !NOT_A_PREDICATE.contains(x.bare()) && !CLAUSE_BREAKS.contains(x.bare())
        && !Lexicon.ROLE_NOUNS.contains(x.bare()); // "Obama speechwriter Jon Favreau": a modifier, not the subject
  }

  /** Nouns for someone's words: "Ruiz's remarks", "Ostrova's claim". */
  private static final Set<String> WORDS_NOUNS = Lexicon.setOf("words-nouns.txt");

  /**
   * No one else between the subject and the quotation whose words these may be: a person who is the
   * subject of a clause of their own ("… said that Curiel “happens to be …”") or whose words are named
   * ("Hale called Ruiz's remarks a “new low”"). A person who is only an object ("Trump called the judge
   * a “hater”", "credited Clinton's victory to “…”") does not stop it.
   */
  private boolean noOtherPersonAfter(List<Word> w, int from) {
    for (int i = from; i < w.size(); i++) {
      Word x = w.get(i);
      if (!isPersonalNameWord(x)) {
        continue;
      }
      int end = i;
      while (end + 1 < w.size() && isPersonalNameWord(w.get(end + 1)) && !w.get(end).possessive()) {
        end++;
      }
      Word last = w.get(end);
      Word next = end + 1 < w.size() ? w.get(end + 1) : null;
      Person p = ctx.match(w.subList(i, end + 1));
      boolean person = p != null && p.personLike || end > i && FirstNames.genderOf(x.text()) != Person.Gender.UNKNOWN;
      if (last.possessive() && next != null && WORDS_NOUNS.contains(next.bare())) {
        return false;
      }
      if (person && !last.possessive() && (next == null || next.text().equals("\u2063")
          || !next.capitalized() && !next.isPunct() && !NOT_A_PREDICATE.contains(next.bare())
          && !CLAUSE_BREAKS.contains(next.bare()) && !NAME_MODIFIED.contains(next.bare()))) {
        return false; // a subject of its own: "… that Curiel “happens …”", "Curiel said …"
      }
      i = end;
    }
    return true;
  }
}
