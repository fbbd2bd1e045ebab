package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.ADVERBS;
import static app.verbatim.engine.attribution.CueGrammar.GEO_ORG;
import static app.verbatim.engine.attribution.CueGrammar.NAME_PARTICLES;
import static app.verbatim.engine.attribution.CueGrammar.PLACE_PREPOSITIONS;
import static app.verbatim.engine.attribution.CueGrammar.SUBJECT_VERBS;
import static app.verbatim.engine.attribution.CueGrammar.TITLE_GLUE;
import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.isNameWord;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import static app.verbatim.engine.attribution.CueGrammar.joinText;
import static app.verbatim.engine.attribution.CueGrammar.particlesBeforeName;
import static app.verbatim.engine.attribution.NameSurroundings.afterOpeningPhrase;
import static app.verbatim.engine.attribution.NameSurroundings.appositive;
import static app.verbatim.engine.attribution.NameSurroundings.coordinatedName;
import static app.verbatim.engine.attribution.NameSurroundings.followedByVerb;
import static app.verbatim.engine.attribution.NameSurroundings.roleApposedAtSentenceStart;
import static app.verbatim.engine.attribution.NameSurroundings.rolesBefore;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the reporter’s prose for people before any quotation is attributed: names with their titles,
 * roles and appositions, which of them are persons, and every mention with whether it is a subject.
 */
final class PeopleReader {
  private final AttributionContext ctx;

  PeopleReader(AttributionContext ctx) {
    this.ctx = ctx;
  }

  void collectPeople() {
    List<List<Word>> runs = new ArrayList<>();
    List<List<Word>> contexts = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (Paragraph p : ctx.paragraphs()) {
      if (p.section() == Section.BOILERPLATE || p.section() == Section.CAPTION) {
        continue;
      }
      List<Word> words = ctx.prose(p.span().start(), p.span().end());
      if (inTitleCase(words, p.section() == Section.HEADLINE || p.section() == Section.SUBHEADING)) {
        continue; // "Rand Paul Scores Direct Hit On Donald Trump": a headline's capitals make no names
      }
      for (int i = 0; i < words.size(); i++) {
        if (!isNameWord(words.get(i))) {
          continue;
        }
        int j = i;
        List<Word> run = new ArrayList<>();
        while (j < words.size() && (isNameWord(words.get(j))
            || !run.isEmpty() && particlesBeforeName(words, j)
            || "of".equals(words.get(j).text()) && j + 1 < words.size() && isTitle(words.get(j + 1))
                && !TITLE_GLUE.contains(words.get(j + 1).bare()) && !run.isEmpty())) {
          run.add(words.get(j));
          if (words.get(j).possessive()) {
            j++;
            break;
          }
          j++;
        }
        if (!run.isEmpty()) {
          runs.add(run);
          contexts.add(words);
          indices.add(i);
        }
        i = j - 1;
      }
    }
    // first the strongly evidenced people, then every mention of them
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < runs.size(); r++) {
        notePerson(runs.get(r), contexts.get(r), indices.get(r), pass == 0);
      }
    }
    ctx.mentions().sort(Comparator.comparingInt(Mention::offset));
  }

  /** Share of capitalized words above which a line is in title case (headlines, link lists). */
  private static final double TITLE_CASE_SHARE = 0.7;

  /**
   * A line of four words or more, most of them capitalized, and function words too ("Of", "The", "To")
   * unless it is the headline.
   */
  static boolean inTitleCase(List<Word> words, boolean headline) {
    int all = 0;
    int capitals = 0;
    int smallWords = 0;
    for (Word w : words) {
      if (w.isPunct() || w.text().equals("\u2063") || Character.isDigit(w.text().charAt(0))) {
        continue;
      }
      all++;
      if (w.capitalized()) {
        capitals++;
        if (w.text().length() <= 3 && TITLE_CASE_SMALL.contains(w.bare())) {
          smallWords++;
        }
      }
    }
    return all >= 4 && capitals >= TITLE_CASE_SHARE * all && (headline || smallWords > 0 || capitals == all);
  }

  /** Short words that only a title-case line capitalizes inside a sentence. */
  private static final java.util.Set<String> TITLE_CASE_SMALL = Lexicon.setOf("title-case-small.txt");

  /** Prepositions whose object a name can be; "after" and "before" also open clauses, so not them. */
  private static final Set<String> OBJECT_PREPOSITIONS = Lexicon.setOf("people-reader-object-prepositions.txt");
  private static final Set<String> NAME_MODIFIED = Lexicon.setOf("name-modifier-nouns.txt");

  /** The run at {@code at} follows a preposition, past an article: "of Kessel", "at the Harbour Institute". */
  static boolean objectOfPreposition(List<Word> words, int at) {
    int k = at - 1;
    if (k >= 0 && Set.of("the", "a", "an").contains(words.get(k).bare()) && !words.get(k).capitalized()) {
      k--;
    }
    return k >= 0 && !words.get(k).capitalized() && OBJECT_PREPOSITIONS.contains(words.get(k).bare());
  }

  /** A name of a person met before, or of one of several who share it ("Baird": Tom and Rosa Baird). */
  private boolean knownPerson(List<Word> name) {
    Person p = ctx.match(name);
    return p != null ? p.personLike : ctx.lastMatchAmbiguous();
  }

  /** The index of a run's last title word, or -1; "the" and "and" count only inside a title ("Secretary of the Treasury"). */
  private int lastTitleOf(List<Word> run) {
    int lastTitle = -1;
    for (int k = 0; k < run.size(); k++) {
      if (isTitle(run.get(k)) && (lastTitle >= 0 || !TITLE_GLUE.contains(run.get(k).bare()))) {
        lastTitle = k;
      }
    }
    return lastTitle;
  }

  /** Capitals that are no person: a dateline or acronym, a place before a role, a word describing a noun, a place. */
  private boolean notAPerson(List<Word> name, List<Word> run, List<Word> words, int at, int lastTitle, Word dropped) {
    if (name.stream().allMatch(w -> w.text().length() >= 3 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))
        && w.text().chars().anyMatch(Character::isLetter))) {
      return true; // "PORT ALDREN —", "NATO": a dateline or an acronym, not a person
    }
    int next = at + run.size();
    if (!name.get(name.size() - 1).possessive() && next + 1 < words.size() && !words.get(next).capitalized()
        && (Lexicon.ROLE_NOUNS.contains(words.get(next).bare()) && CueGrammar.isPersonalNameWord(words.get(next + 1))
        || SentenceOpeners.nameAfterRolePrefix(words, next) > next)) {
      // also past words that describe the role: "Former Liberal presidential candidate Jon Brill"
      return true; // "Former Arizona governor Jan Brewer", "Texas delegate Bill Eastland": where the role is, not a person
    }
    if (name.size() == 1 && lastTitle < 0 && next < words.size() && !words.get(next).isPunct()
        && !words.get(next).capitalized() && !Lexicon.isVerb(words.get(next).bare())
        && !SUBJECT_VERBS.contains(words.get(next).bare()) && !ADVERBS.contains(words.get(next).bare())
        && !NAME_PARTICLES.contains(words.get(next).text()) && !name.get(0).possessive()
        && !(coordinatedName(words, at, next) && knownPerson(name))
        && !(words.get(next).bare().endsWith("ed") && knownPerson(name))
        && !(dropped == null && verbAfterKnownOpener(words, at, next, name))) {
      return true; // "the Norvessan crown", "a Lusavian vessel": a word describing the noun after it
    }
    Word before = dropped != null ? dropped : at > 0 && lastTitle < 0 ? words.get(at - 1) : null;
    if (before != null && PLACE_PREPOSITIONS.contains(before.bare())) {
      return true; // "In Kessel, …", "at Brenn": a place, whatever appositive follows
    }
    return false;
  }

  /** What a strong mention tells of its person: the name, titles and qualifiers, roles, gender. */
  private void absorb(Person p, List<Word> name, List<Word> titleWords, List<String> lowerRoles, List<String> apposition,
      int lastTitle) {
    Person.absorbName(p, name);
    p.personLike |= lastTitle >= 0 || !lowerRoles.isEmpty() || !apposition.isEmpty() || p.name.size() >= 2;
    for (Word t : titleWords) {
      String b = t.bare();
      if (isTitle(t)) {
        p.roles.add(b);
      } else {
        p.qualifiers.add(b);
      }
      Person.genderFrom(p, b);
    }
    for (String r : lowerRoles) {
      p.roles.add(r);
      Person.genderFrom(p, r);
    }
    for (String r : apposition) {
      p.roles.add(r);
      Person.genderFrom(p, r);
    }
  }

  private void notePerson(List<Word> run, List<Word> words, int at, boolean strongOnly) {
    int lastTitle = lastTitleOf(run);
    List<Word> name = new ArrayList<>(run.subList(lastTitle + 1, run.size()));
    Word dropped = null;
    while (!name.isEmpty() && Lexicon.NOT_NAMES.contains(name.get(0).bare())) {
      dropped = name.remove(0);
    }
    dropTrailingTimeWords(name);
    boolean lineStart = at == 0 || words.get(at - 1).text().equals(".") || words.get(at - 1).text().equals("\u2063");
    while (name.size() >= 2 && lastTitle < 0 && lineStart && name.get(0) == run.get(0) && ctx.commonWord(name.get(0))) {
      dropped = name.remove(0); // "Another Varga supporter", "Understated Ostrova raises her profile"
    }
    if (notAPerson(name, run, words, at, lastTitle, dropped)) {
      return;
    }
    if (name.isEmpty()) {
      return;
    }
    List<Word> titleWords = run.subList(0, lastTitle + 1);
    int end = at + run.size();
    boolean possessive = name.get(name.size() - 1).possessive();
    boolean inverted = !possessive && afterItsCue(words, at);
    // "Mia Lund, a professor at the University of Kessel, said": a name after a preposition is that
    // phrase's object, so the verb after the comma has its subject further back
    boolean object = objectOfPreposition(words, at);
    boolean speech = speaks(words, end, possessive, object, run) || inverted;
    // a full name (or titled one) before any finite verb is its clause's subject; a lone capitalized
    // word ("Pyongyang has more reasons…") is too often a place or a country to count
    List<String> lowerRoles = rolesBefore(words, at, end);
    // "Her son Milan, who bakes the bread, was more hopeful": a role before even a lone name makes it one
    boolean subject = speech || !possessive && !object && (name.size() >= 2 || lastTitle >= 0 || !lowerRoles.isEmpty())
        && followedByVerb(words, end, true);
    boolean sentenceStart = opensSentence(words, at);
    // "The regional agriculture minister, Hanne Roos, visited …": the name set off after the role that
    // opens the sentence is that sentence's subject, whatever its verb
    boolean apposed = !possessive && roleApposedAtSentenceStart(words, at, end);
    subject |= apposed;
    List<String> apposition = possessive ? List.of() : appositive(words, end);
    boolean strong = strong(name, lastTitle >= 0 || !lowerRoles.isEmpty() || !apposition.isEmpty(),
        speech || sentenceStart || apposed);
    Person p = ctx.match(name);
    if (p == null && !strongOnly && ctx.lastMatchAmbiguous()) {
      // "Clinton" when the text has Hillary Clinton and Bill Clinton: a title's gender may tell them
      // apart ("Mrs. Clinton"); else only where it stands is kept, for the pronouns after it
      List<Person> all = ctx.candidates(name);
      p = ctx.byTitleGender(name, run.subList(0, lastTitle + 1));
      if (p == null && !possessive) {
        // only where it opens its sentence: "She spoke as Clinton arrived" keeps the pronoun's subject
        ctx.sharedNames().add(new AttributionContext.SharedName(run.get(0).start(), all, sentenceStart));
        return;
      }
    }
    boolean shared = p == null && ctx.lastMatchAmbiguous(); // no third person for a surname two share
    if (p == null && (strongOnly && strong) && !shared) {
      p = new Person();
      ctx.persons().add(p);
    }
    if (p == null) {
      return;
    }
    if (strongOnly && !strong) {
      return;
    }
    if (strong || p.name.isEmpty()) {
      absorb(p, name, titleWords, lowerRoles, apposition, lastTitle);
    }
    if (!strongOnly) {
      mention(p, run, words, end, possessive, subject || sentenceStart, speech);
    }
  }

  /**
   * A reporting verb follows the name (past a parenthetical), unless it is a possessive or a preposition's
   * object (also past "of Kessel University,", unless the name holds a body's word); or its relative
   * clause reports speech ("…, who said"), which a preposition's object may have.
   */
  private static boolean speaks(List<Word> words, int end, boolean possessive, boolean object, List<Word> name) {
    boolean body = name.stream().anyMatch(w -> GEO_ORG.contains(w.bare())); // "National Committeeman from …"
    return !possessive && (!object && (followedByVerb(words, ParentheticalAside.skip(words, end))
        || !body && followedByVerb(words, RelativeSpeech.pastPlace(words, end)))
        || RelativeSpeech.speaksAfter(words, end));
  }

  /**
   * Whether a mention names a person for sure: a title, a role or an appositive says so, or a name of two
   * words where it speaks, opens a sentence, is set off after a role, or starts with a known given name.
   */
  private static boolean strong(List<Word> name, boolean described, boolean placed) {
    boolean geo = name.stream().anyMatch(w -> GEO_ORG.contains(w.bare()));
    return !geo && (described || name.size() >= 2 && (placed
        || FirstNames.genderOf(name.get(0).text()) != Person.Gender.UNKNOWN)); // a known given name
  }

  /** "told Broaddrick Sunday": a day, not part of the name. */
  private static void dropTrailingTimeWords(List<Word> name) {
    while (name.size() > 1 && CueGrammar.TIME_WORDS.contains(name.get(name.size() - 1).bare())) {
      name.remove(name.size() - 1);
    }
  }

  /** Notes where the person is named, and whether as the subject of the sentence or of speech. */
  private void mention(Person p, List<Word> run, List<Word> words, int end, boolean possessive, boolean subject,
      boolean speech) {
    // a person already known, followed by a past-tense verb, is its subject: "Pompeo shrugged."
    boolean acts = p.personLike && !possessive && end < words.size() && !words.get(end).capitalized()
        && !words.get(end).isPunct() && words.get(end).bare().endsWith("ed");
    ctx.mentions().add(new Mention(run.get(0).start(), run.get(run.size() - 1).end(), p, subject || acts, speech));
    p.addLabel(joinText(run).replaceAll("(’s|'s)$", ""));
  }

  /** "…, said Grant Green, a former official": a name right after its reporting verb speaks there too. */
  private boolean afterItsCue(List<Word> words, int at) {
    int cueAt = at - 1;
    return cueAt >= 1 && !words.get(cueAt).capitalized() && isCueVerb(words, cueAt)
        && (words.get(cueAt - 1).text().equals(",") || words.get(cueAt - 1).text().equals("\u2063"));
  }

  /** Whether the name opens its sentence ("WASHINGTON — Hillary Clinton …" too). */
  /**
   * "Varga sought …", "Varga supports …": a person met before opens the sentence and the word after is
   * one the verb list lacks; it is the subject, unless a determiner stands before the name or the word
   * is a noun a name only describes ("Varga supporters"); a capital dropped before the name ("Another
   * Varga …") leaves it a description.
   */
  private boolean verbAfterKnownOpener(List<Word> words, int at, int next, List<Word> name) {
    return opensSentence(words, at) && (at == 0 || !Lexicon.DETERMINERS.contains(words.get(at - 1).bare())
        && !CueGrammar.INDEFINITE.contains(words.get(at - 1).bare()))
        && !NAME_MODIFIED.contains(words.get(next).bare()) && knownPerson(name);
  }

  private boolean opensSentence(List<Word> words, int at) {
    return at == 0 || words.get(at - 1).text().equals(".")
        || at <= 4 && Set.of("—", "–").contains(words.get(at - 1).text())
        || words.get(at - 1).text().equals(",") && at == 2 || afterOpeningPhrase(words, at)
        || afterOpeningRole(words, at);
  }

  /** "Former Brenn governor Jan Halloway, a critic, calls …": the role before the name opens the sentence. */
  private static boolean afterOpeningRole(List<Word> words, int at) {
    int start = at - 1;
    while (start > 0 && !words.get(start - 1).text().equals(".") && !words.get(start - 1).text().equals("\u2063")) {
      start--;
    }
    return start >= 0 && start < at && SentenceOpeners.nameAfterRolePrefix(words, start) == at;
  }
}
