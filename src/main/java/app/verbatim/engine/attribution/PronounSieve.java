package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.joinText;
import static app.verbatim.engine.attribution.CueGrammar.lowerFirst;
import app.verbatim.engine.attribution.Person.Gender;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import java.util.List;
import java.util.Set;

/**
 * "he", "she" and "the Portuguese" (a nationality said of the person just named) refer back to the
 * nearest person they can mean; "they" to no one speaker. A role that opens the sentence before
 * ("The moderator moved on.") is what the pronoun means.
 */
final class PronounSieve implements MentionSieve {
  private final AttributionContext ctx;

  PronounSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "pronoun";
  }

  @Override
  public Attribution resolve(Cue cue) {
    List<Word> np = cue.np();
    String label = joinText(np);
    String first = np.get(0).bare();
    if (np.size() == 1 && Lexicon.PRONOUNS.contains(first)) {
      if (first.equals("they")) {
        return new Attribution(null, label, cue.verb());
      }
      Gender g = first.equals("she") ? Gender.FEMALE : Gender.MALE;
      List<Word> roleSubject = roleSubjectBefore(cue.offset());
      if (roleSubject != null) {
        // "The moderator moved on. “…,” she said.": the pronoun means that role's holder, or nobody named
        Person p = RoleSieve.byRole(ctx, roleSubject, cue.offset());
        return new Attribution(p != null && p.compatible(g) ? p : null, lowerFirst(label), cue.verb());
      }
      Person p = antecedent(cue.offset(), g);
      if (p != null && p.gender == Gender.UNKNOWN) {
        p.gender = g;
      }
      return new Attribution(p, lowerFirst(label), cue.verb());
    }
    if (np.size() == 2 && first.equals("the") && np.get(1).capitalized()
        && Lexicon.DEMONYMS.contains(np.get(1).bare())) {
      // "“…,” the Portuguese said with a smile": the person just named, by nationality, like a pronoun
      // of either gender; never a speaker called Portuguese
      return new Attribution(antecedent(cue.offset(), Gender.UNKNOWN), lowerFirst(label), cue.verb());
    }
    return null;
  }

  /** The most recent person, mentioned before {@code offset}, whom a pronoun can mean. */
  /**
   * Of the subjects of one sentence, the first, which is its main clause's ("Nevins said he pursued it
   * only because Lynch agreed. “…,” he said." is Nevins): the mention at {@code k} or an earlier subject
   * of the same sentence that the pronoun may mean.
   */
  private Mention mainSubject(int k, Gender g, int offset) {
    Mention m = ctx.mentions().get(k);
    boolean aside = reportingAside(m, offset);
    app.verbatim.model.Paragraph para = ctx.paragraphOf(m.offset());
    int start = ctx.sentences(para).startOf(m.offset());
    Mention first = m;
    for (int j = k - 1; j >= 0 && ctx.mentions().get(j).offset() >= start; j--) {
      Mention o = ctx.mentions().get(j);
      if (aside && !o.speech() || embedded(o, start)) {
        continue;
      }
      if (o.subject() && !possessive(o) && o.person().personLike && o.person().compatible(g) && o.person() != m.person()
          && (o.person().nameGender == Gender.UNKNOWN || o.person().nameGender == g || g == Gender.UNKNOWN)) {
        first = o;
      }
    }
    return first;
  }

  /**
   * "Varga, Roos said, has changed. “…,” she said.": a name set off by a comma that speaks there, in the
   * last sentence before the pronoun's quotation, is whom the pronoun continues, not the subject the
   * reported words open with; further back the reported subject stays the topic ("…, Roos reported.
   * He then left.").
   */
  private static final java.util.regex.Pattern INVERTED_BEFORE = java.util.regex.Pattern.compile(",\\s*(\\p{Ll}+)\\s+$");

  private boolean reportingAside(Mention m, int offset) {
    if (!m.speech()) {
      return false;
    }
    String before = ctx.text().substring(Math.max(0, m.offset() - 20), m.offset());
    java.util.regex.Matcher inverted = INVERTED_BEFORE.matcher(before);
    String after = ctx.text().substring(m.end(), Math.min(ctx.text().length(), m.end() + 1));
    // ", Sexton said, …" or ", said Orfield, a professor": set off, not "…, said Trump continued"
    if (!before.matches("(?s).*,\\s*") && !(inverted.find() && Lexicon.isVerb(inverted.group(1))
        && (after.equals(",") || after.equals(".")))) {
      return false;
    }
    List<Word> between = ctx.prose(m.end(), offset);
    boolean quoted = between.stream().anyMatch(w -> w.text().equals("\u2063"));
    return quoted && between.stream().filter(w -> w.text().equals(".")).count() <= 1;
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether");

  /**
   * "Asked whether Brenk could win, Roos demurred": a subject inside a clause that "that" or "whether"
   * opens, not yet closed by a comma, is not the sentence's main subject.
   */
  private boolean embedded(Mention o, int sentenceStart) {
    boolean open = false;
    for (Word w : ctx.prose(sentenceStart, o.offset())) {
      // "recommended that she burn at the stake, Roos replied": the comma closed that clause
      open = CLAUSE_OPENERS.contains(w.text()) || open && !w.text().equals(",");
    }
    return open;
  }

  /** "Osei's deputy": a possessive names who owns, not who acts. */
  private boolean possessive(Mention m) {
    String t = ctx.text().substring(m.offset(), Math.max(m.offset(), m.end()));
    return t.endsWith("’s") || t.endsWith("'s") || t.endsWith("s’");
  }

  Person antecedent(int offset, Gender g) {
    Person fallback = null;
    Mention otherGender = null;
    AttributionContext.SharedName shared = sharedSubjectBefore(offset, g);
    // mentions are in text order: start at the last one before the pronoun, not at the text's end,
    // which made every pronoun of a long text read all of its mentions
    for (int k = ctx.firstMentionAtOrAfter(offset) - 1; k >= 0; k--) {
      Mention m = ctx.mentions().get(k);
      if (m.offset() >= offset || !(m.person().personLike || namedSpeaker(m))
          || !m.person().compatible(g) || afterPronounSubject(m, g)) {
        continue;
      }
      if (shared != null && m.offset() < shared.offset()) {
        return sharedChoice(shared, g); // a surname two people share is the nearer subject
      }
      if (m.subject()) {
        // the text's own cues decide; a given name's usual gender only breaks a tie nearby
        Gender byName = m.person().nameGender;
        if (byName == Gender.UNKNOWN || byName == g || g == Gender.UNKNOWN || m.person().gender == g) {
          return coordinatedChoice(mainSubject(k, g, offset), g);
        }
        if (otherGender == null) {
          otherGender = m;
        }
        if (offset - m.offset() > NAME_GENDER_REACH) {
          break;
        }
        continue;
      }
      if (fallback == null) {
        fallback = m.person();
      }
    }
    // nobody else fits: a person whose given name says the other gender is the text's choice only in
    // the pronoun's own paragraph ("Jan Novak, the mayor, spoke first. “…,” she said."); further back it
    // is a guess, and a wrong speaker is worse than none
    // "John Varga spoke. And Carla Roos: what are her plans? “…,” she said.": a person the given name
    // shows to be of the pronoun's gender is a better answer than one it shows to be of the other
    if (fallback != null && otherGender != null && fallback.nameGender == g && g != Gender.UNKNOWN) {
      return fallback;
    }
    if (otherGender != null && ctx.paragraphOf(otherGender.offset()) == ctx.paragraphOf(offset)) {
      return otherGender.person();
    }
    if (fallback != null && (fallback.nameGender == Gender.UNKNOWN || fallback.nameGender == g || g == Gender.UNKNOWN)) {
      return fallback;
    }
    return null;
  }

  /**
   * "“…,” Cruz said." where the text never gives Cruz more than the surname: a lone name that speaks a
   * quotation there is someone a later pronoun may mean, unless it names a body or a place, or is a
   * common word the text also writes in lower case ("Recently said …").
   */
  private boolean namedSpeaker(Mention m) {
    Person p = m.person();
    if (!m.speech() || !m.subject() || p.name.isEmpty() || p.description != null
        || p.name.stream().anyMatch(w -> CueGrammar.GEO_ORG.contains(Lexicon.lower(w)))) {
      return false;
    }
    String surname = p.name.get(p.name.size() - 1);
    String said = ctx.text().substring(m.offset(), Math.max(m.offset(), m.end())).replaceAll("(’s|'s)$", "");
    if (!said.matches("((Mr|Ms|Mrs|Dr)\\.? )?" + java.util.regex.Pattern.quote(surname))) {
      return false; // "the Democratic frontrunner said" is no name
    }
    return Tokenizer.withPunctuation(surname, 0, surname.length()).stream().noneMatch(ctx::commonWord);
  }

  /** Words that may open a sentence before its subject pronoun: "But he suggested …". */
  private static final Set<String> CONJUNCTIONS = Lexicon.setOf("conjunctions.txt");

  /**
   * "But he suggested that Mr. Lew had …": the mention follows, in its sentence, a main-clause subject
   * that is already a pronoun of gender {@code g}; that pronoun and the one resolved mean the same
   * person, so a name embedded after it is not who either means.
   */
  private boolean afterPronounSubject(Mention m, Gender g) {
    if (g == Gender.UNKNOWN) {
      return false;
    }
    Paragraph para = ctx.paragraphOf(m.offset());
    int start = ctx.sentences(para).startOf(m.offset());
    List<Word> w = ctx.prose(start, m.offset());
    int k = 0;
    if (k < w.size() && CONJUNCTIONS.contains(w.get(k).bare())) {
      k++;
    }
    if (k < w.size() && w.get(k).text().equals(",")) {
      k++;
    }
    String subject = g == Gender.FEMALE ? "she" : "he";
    return k < w.size() - 1 && w.get(k).bare().equals(subject) && !w.get(k + 1).isPunct();
  }

  /**
   * The nearest subject before {@code offset} that is a surname several people share, unless every one
   * of them is known to be of the other gender (then the pronoun means someone else); null if none.
   */
  private AttributionContext.SharedName sharedSubjectBefore(int offset, Gender g) {
    AttributionContext.SharedName last = null; // the latest before the pronoun
    for (AttributionContext.SharedName s : ctx.sharedNames()) {
      if (s.offset() < offset && s.subject() && (last == null || s.offset() > last.offset())
          && s.candidates().stream().anyMatch(c -> sharedFit(c, g) >= 0)) {
        last = s;
      }
    }
    return last;
  }

  /**
   * "Clinton tweeted her thanks. She called it “…”": of the people sharing the surname, the only one
   * the text or the given name shows to be of the pronoun's gender; else nobody (a guess).
   */
  private Person sharedChoice(AttributionContext.SharedName s, Gender g) {
    List<Person> fit = s.candidates().stream().filter(c -> c.personLike && sharedFit(c, g) == 1).toList();
    // or the only one not known to be of the other gender ("Carly Fiorina", "Frank Fiorina": she)
    List<Person> possible = s.candidates().stream().filter(c -> c.personLike && sharedFit(c, g) >= 0).toList();
    return g == Gender.UNKNOWN ? null : fit.size() == 1 ? fit.get(0) : fit.isEmpty() && possible.size() == 1 ? possible.get(0) : null;
  }

  /**
   * The person a pronoun of gender {@code g} means when the subject mention {@code m} is one of two
   * coordinated people ("Teller and Kovac sat …"): the one the text or the given name shows to be of
   * that gender, or nobody when neither or both are (a guess, and a wrong speaker is worse than none).
   */
  private Person coordinatedChoice(Mention m, Gender g) {
    if (g == Gender.UNKNOWN) {
      return m.person();
    }
    List<Mention> mentions = ctx.mentions();
    // only the mentions within reach, found by binary search in text order
    for (int k = ctx.firstMentionAtOrAfter(m.offset() - 120); k < mentions.size(); k++) {
      Mention o = mentions.get(k);
      if (o.offset() > m.offset() + 120) {
        break;
      }
      if (o.person() == m.person() || !o.person().personLike || !o.person().compatible(g)
          || Math.abs(o.offset() - m.offset()) > 120) {
        continue;
      }
      int a = Math.min(o.offset(), m.offset());
      int b = Math.max(o.offset(), m.offset());
      String between = ctx.text().substring(a, b);
      // "Teller and ", "Vera Hollis, and her foreign minister, "
      if (!between.matches("(?s)[\\p{Lu}][\\p{L}\\p{M}’'.-]*(\\s+[\\p{Lu}][\\p{L}\\p{M}’'.-]*){0,3},?\\s+(and|or|&)\\s+"
          + "([\\p{Ll}][\\p{L}\\p{M}’'-]*,?\\s+){0,5}")) {
        continue;
      }
      int mFit = fit(m.person(), g);
      int oFit = fit(o.person(), g);
      return mFit == oFit ? null : mFit > oFit ? m.person() : o.person();
    }
    return m.person();
  }

  /** As {@link #fit}, over every reading of the same name in the text. */
  private int sharedFit(Person p, Gender g) {
    Gender known = ctx.genderOfName(p);
    return known == Gender.UNKNOWN ? 0 : known == g ? 1 : -1;
  }

  /** 1 when the text or the given name says gender {@code g}, -1 when it says the other, else 0. */
  private static int fit(Person p, Gender g) {
    Gender known = p.gender != Gender.UNKNOWN ? p.gender : p.nameGender;
    return known == Gender.UNKNOWN ? 0 : known == g ? 1 : -1;
  }

  /** How far back (characters) a pronoun looks past a person whose given name suggests the other gender. */
  private static final int NAME_GENDER_REACH = 600;

  /**
   * The role that is the subject of the sentence just before the one at {@code offset}, in the same
   * paragraph, when that sentence opens with it: "The moderator moved on." → "the moderator". Null
   * when it does not.
   */
  private List<Word> roleSubjectBefore(int offset) {
    List<Word> w = ctx.sentenceBefore(offset);
    if (w == null) {
      return null;
    }
    if (w.size() < 3 || !w.get(0).bare().equals("the") || !w.get(0).capitalized()) {
      return null;
    }
    int k = 1;
    while (k < w.size() && k <= 3 && !w.get(k).isPunct() && !w.get(k).capitalized()
        && !Lexicon.ROLE_NOUNS.contains(w.get(k).bare())) {
      k++;
    }
    if (k >= w.size() - 1 || !Lexicon.ROLE_NOUNS.contains(w.get(k).bare()) || w.get(k).capitalized()) {
      return null;
    }
    Word next = w.get(k + 1);
    boolean verb = !next.isPunct() && !next.capitalized() && !next.bare().equals("of")
        && !Lexicon.ROLE_NOUNS.contains(next.bare()) && !next.text().equals("\u2063");
    return verb ? w.subList(0, k + 1) : null;
  }
}
