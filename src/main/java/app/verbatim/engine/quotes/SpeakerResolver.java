package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.Person.Gender;
import app.verbatim.engine.quotes.Words.W;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Says who speaks each quotation of one document, from cues after, before or between its parts
 * ("…," Ri told; X said: "…"; according to X), resolving pronouns and role nouns to the most recent
 * compatible person, and continuing the previous speaker only where the text supports it.
 * Unknown stays unknown.
 */
final class SpeakerResolver {
  private static final Set<String> ADVERBS = Lexicon.set(
      "also", "later", "then", "again", "once", "further", "previously", "earlier", "simply", "repeatedly",
      "had", "has", "have", "would", "will", "has", "was", "is", "did", "does", "not", "never", "reportedly",
      "recently", "separately", "subsequently", "quickly", "flatly", "firmly", "bluntly", "openly", "publicly",
      "privately", "angrily", "calmly", "insistently", "even", "just", "already", "still", "only");
  /** What a speaker does before speaking, in a sentence of its own: "Ms Brandt smiled. ‘Ask me on Friday.’" */
  private static final Set<String> GESTURES = Lexicon.set(
      "smiled", "shrugged", "laughed", "nodded", "paused", "sighed", "grinned", "frowned", "chuckled",
      "winced", "hesitated", "smiles", "shrugs", "laughs", "nods", "pauses", "sighs", "grins");
  private static final Set<String> CLAUSE_BREAKS = Lexicon.set(
      "that", "and", "but", "which", "who", "whom", "while", "as", "when", "because", "although", "if",
      "after", "before", "since", "so", "whereas", "though", "where", "or", "than");
  private static final Set<String> GEO_ORG = Lexicon.set(
      "nations", "council", "assembly", "union", "states", "kingdom", "republic", "ministry", "department",
      "party", "government", "agency", "organization", "organisation", "committee", "parliament", "congress",
      "senate", "house", "court", "bank", "fund", "summit", "war", "peninsula", "university", "street",
      "news", "times", "post", "press", "city", "province", "region", "island", "sea", "north", "south",
      "east", "west", "korea", "united", "america", "europe", "asia", "africa", "general", "security",
      "federation", "office", "forum", "institute", "center", "centre", "group", "association", "treaty",
      "accord", "agreement", "statement", "declaration", "strait", "gulf", "county", "state", "airport",
      "square", "hall", "palace", "commission", "authority", "service", "army", "navy", "forces", "force",
      "police", "foundation", "company", "corporation", "inc", "ltd", "council’s", "world", "international",
      "global", "national", "european", "asian", "african", "american");
  /** Verbs that, right after a name, make it the subject of its clause (beyond the reporting verbs). */
  private static final Set<String> SUBJECT_VERBS = Lexicon.set(
      "was", "is", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did", "does",
      "went", "took", "made", "gave", "called", "spoke", "met", "left", "came", "seemed", "appeared", "remained");
  /** First words of a clause set off by commas between a name and its verb. */
  private static final Set<String> ASIDE_OPENERS = Lexicon.set(
      "who", "whose", "which", "for", "in", "however", "meanwhile", "though", "too", "by", "speaking", "asked");
  /** Determiners that introduce someone not named before. */
  private static final Set<String> INDEFINITE = Lexicon.set("a", "an", "one", "another", "some", "several");
  /** Title words that only join other title words. */
  private static final Set<String> TITLE_GLUE = Lexicon.set("the", "and", "of", "for");
  /** Prepositions after which a capitalized name is a place, not a person. */
  private static final Set<String> PLACE_PREPOSITIONS = Lexicon.set(
      "in", "at", "near", "outside", "inside", "across", "throughout", "around", "beyond");
  private static final Set<String> NAME_PARTICLES = Lexicon.set(
      "de", "van", "von", "bin", "al", "da", "di", "du", "la", "le", "der", "den", "del", "dos", "ibn", "el");

  private final String text;
  private final List<Paragraph> paragraphs;
  private final List<FoundQuote> quotes;
  private final List<Span> quoted = new ArrayList<>();
  private final SpanIndex quotedIndex;
  private final List<Person> persons = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();

  private record Mention(int offset, Person person, boolean subject, boolean speech) {}

  /** Who speaks one quotation, how the outlet named them there, and the reporting verb. */
  record Attribution(Person person, String label, String verb) {
    static final Attribution NONE = new Attribution(null, null, null);

    app.verbatim.model.Evidence evidence() {
      return app.verbatim.model.Evidence.NONE;
    }
  }

  private record Cue(List<W> np, String verb, int offset) {}

  SpeakerResolver(String text, List<Paragraph> paragraphs, List<FoundQuote> quotes) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.quotes = quotes;
    for (FoundQuote q : quotes) {
      quoted.addAll(q.marked());
    }
    quotedIndex = new SpanIndex(quoted);
  }

  List<Person> persons() {
    return persons;
  }

  /**
   * Inserts a mention in offset order, after any at the same offset (as a stable sort would put it);
   * sorting the whole list again after every quotation made long articles quadratic.
   */
  private void addMention(Mention m) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).offset() <= m.offset()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    mentions.add(lo, m);
  }

  List<Attribution> resolve() {
    collectPeople();
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      FoundQuote q = quotes.get(i);
      Cue cue = findCue(q);
      Attribution a = Attribution.NONE;
      if (cue != null) {
        a = resolveCue(cue);
        if (a.person() != null) {
          addMention(new Mention(cue.offset(), a.person(), true, true));
        }
      }
      if (a.person() == null && cue != null && cue.np().size() == 1 && cue.np().get(0).bare().equals("it")) {
        // "“…,” it said in a short statement": "it" is a body, never a person — the one the sentence
        // before names, or nobody
        Person body = bodyOpeningSentenceBefore(cue.offset());
        if (body == null) {
          Attribution before = continuation(q, i, out);
          body = before.person() != null && !before.person().personLike ? before.person() : null;
        }
        a = new Attribution(body, "it", cue.verb());
      }
      if (cue != null && isDocument(cue.np())) {
        // "“…,” the statement said": the body that issued it ("the foreign ministry said in a
        // statement"), or nobody — never a speaker called "statement"
        a = new Attribution(issuerOf(cue.np().get(cue.np().size() - 1).bare(), i, out), a.label(), a.verb());
      }
      if (a.person() == null && cue == null) {
        a = continuation(q, i, out);
        String verb = coordinatedVerb(q);
        if (a.person() != null && a.verb() == null && verb != null) {
          a = new Attribution(a.person(), a.label(), verb);
        }
      }
      if (a.person() != null && a.label() != null) {
        a.person().labels.add(a.label());
      }
      out.add(a);
    }
    headlineEchoes(out);
    return out;
  }

  /**
   * A headline's quotation usually repeats words the story quotes in full ("Norvessa pledges to 'open
   * doors…'"): an unattributed headline quotation takes the speaker of the body quotation that
   * contains its words.
   */
  private void headlineEchoes(List<Attribution> out) {
    for (int i = 0; i < quotes.size(); i++) {
      Section section = paragraphs.get(quotes.get(i).paragraph()).section();
      if (out.get(i).person() != null || section != Section.HEADLINE && section != Section.SUBHEADING) {
        continue;
      }
      List<String> echo = letterWords(quotes.get(i));
      if (echo.size() < 3) {
        continue;
      }
      for (int j = 0; j < quotes.size(); j++) {
        if (out.get(j).person() != null && paragraphs.get(quotes.get(j).paragraph()).section() == Section.BODY
            && java.util.Collections.indexOfSubList(letterWords(quotes.get(j)), echo) >= 0) {
          out.set(i, new Attribution(out.get(j).person(), out.get(i).label(), out.get(i).verb()));
          break;
        }
      }
    }
  }

  private List<String> letterWords(FoundQuote q) {
    List<String> words = new ArrayList<>();
    for (Span s : q.parts()) {
      for (String w : s.of(text).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }

  // ---- people in the reporter's prose -------------------------------------------------------

  private void collectPeople() {
    List<List<W>> runs = new ArrayList<>();
    List<List<W>> contexts = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.section() == Section.BOILERPLATE || p.section() == Section.CAPTION) {
        continue;
      }
      List<W> words = prose(p.span().start(), p.span().end());
      for (int i = 0; i < words.size(); i++) {
        if (!isNameStart(words, i)) {
          continue;
        }
        int j = i;
        List<W> run = new ArrayList<>();
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
    mentions.sort(Comparator.comparingInt(Mention::offset));
  }

  private void notePerson(List<W> run, List<W> words, int at, boolean strongOnly) {
    int lastTitle = -1;
    for (int k = 0; k < run.size(); k++) {
      // "the" and "and" belong to a title only inside one ("Secretary of the Treasury"), never before
      if (isTitle(run.get(k)) && (lastTitle >= 0 || !TITLE_GLUE.contains(run.get(k).bare()))) {
        lastTitle = k;
      }
    }
    List<W> name = new ArrayList<>(run.subList(lastTitle + 1, run.size()));
    W dropped = null;
    while (!name.isEmpty() && Lexicon.NOT_NAMES.contains(name.get(0).bare())) {
      dropped = name.remove(0);
    }
    if (name.stream().allMatch(w -> w.text().length() >= 3 && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))
        && w.text().chars().anyMatch(Character::isLetter))) {
      return; // "PORT ALDREN —", "NATO": a dateline or an acronym, not a person
    }
    int next = at + run.size();
    if (name.size() == 1 && lastTitle < 0 && next < words.size() && !words.get(next).isPunct()
        && !words.get(next).capitalized() && !Lexicon.isVerb(words.get(next).bare())
        && !SUBJECT_VERBS.contains(words.get(next).bare()) && !ADVERBS.contains(words.get(next).bare())
        && !NAME_PARTICLES.contains(words.get(next).text()) && !name.get(0).possessive()
        && !(coordinatedName(words, at, next) && match(name) != null && match(name).personLike)
        && !(words.get(next).bare().endsWith("ed") && match(name) != null && match(name).personLike)) {
      return; // "the Norvessan crown", "a Lusavian vessel": a word describing the noun after it
    }
    W before = dropped != null ? dropped : at > 0 && lastTitle < 0 ? words.get(at - 1) : null;
    if (before != null && PLACE_PREPOSITIONS.contains(before.bare())) {
      return; // "In Kessel, …", "at Brenn": a place, whatever appositive follows
    }
    if (name.isEmpty()) {
      return;
    }
    List<W> titleWords = run.subList(0, lastTitle + 1);
    int end = at + run.size();
    boolean possessive = name.get(name.size() - 1).possessive();
    boolean speech = !possessive && followedByVerb(words, end);
    // a full name (or titled one) before any finite verb is its clause's subject; a lone capitalized
    // word ("Pyongyang has more reasons…") is too often a place or a country to count
    List<String> lowerRoles = rolesBefore(words, at, end);
    // "Her son Milan, who bakes the bread, was more hopeful": a role before even a lone name makes it one
    boolean subject = speech || !possessive && (name.size() >= 2 || lastTitle >= 0 || !lowerRoles.isEmpty())
        && followedByVerb(words, end, true);
    boolean sentenceStart = at == 0 || words.get(at - 1).text().equals(".")
        || words.get(at - 1).text().equals(",") && at == 2 || afterOpeningPhrase(words, at);
    // "The regional agriculture minister, Hanne Roos, visited …": the name set off after the role that
    // opens the sentence is that sentence's subject, whatever its verb
    boolean apposed = !possessive && roleApposedAtSentenceStart(words, at, end);
    subject |= apposed;
    List<String> apposition = possessive ? List.of() : appositive(words, end);
    boolean geo = name.stream().anyMatch(w -> GEO_ORG.contains(w.bare()));
    boolean strong = !geo && (lastTitle >= 0 || !lowerRoles.isEmpty() || !apposition.isEmpty()
        || name.size() >= 2 && (speech || sentenceStart || apposed));
    Person p = match(name);
    if (p == null && (strongOnly && strong)) {
      p = new Person();
      persons.add(p);
    }
    if (p == null) {
      return;
    }
    if (strongOnly && !strong) {
      return;
    }
    if (strong || p.name.isEmpty()) {
      absorbName(p, name);
      p.personLike |= lastTitle >= 0 || !lowerRoles.isEmpty() || !apposition.isEmpty() || p.name.size() >= 2;
      for (W t : titleWords) {
        String b = t.bare();
        if (isTitle(t)) {
          p.roles.add(b);
        } else {
          p.qualifiers.add(b);
        }
        genderFrom(p, b);
      }
      for (String r : lowerRoles) {
        p.roles.add(r);
        genderFrom(p, r);
      }
      for (String r : apposition) {
        p.roles.add(r);
        genderFrom(p, r);
      }
    }
    if (!strongOnly) {
      // a person already known, followed by a past-tense verb, is its subject: "Pompeo shrugged."
      boolean acts = p.personLike && !possessive && end < words.size() && !words.get(end).capitalized()
          && !words.get(end).isPunct() && words.get(end).bare().endsWith("ed");
      mentions.add(new Mention(run.get(0).start(), p, subject || sentenceStart || acts, speech));
      p.labels.add(joinText(run).replaceAll("(’s|'s)$", ""));
    }
  }

  /** The name at {@code at} (ending before {@code next}) is joined by "and"/"or" to another: "Teller and Kovac". */
  private static boolean coordinatedName(List<W> words, int at, int next) {
    boolean before = at >= 2 && Set.of("and", "or").contains(words.get(at - 1).bare())
        && isPersonalNameWord(words.get(at - 2));
    boolean after = next + 1 < words.size() && Set.of("and", "or").contains(words.get(next).bare())
        && isPersonalNameWord(words.get(next + 1));
    return before || after;
  }

  /** Words that open a sentence with a phrase of time or place before its subject ("In the cellar, …"). */
  private static final Set<String> OPENING_PHRASE_WORDS = Lexicon.set(
      "in", "on", "at", "after", "before", "during", "outside", "inside", "later", "earlier", "back",
      "meanwhile", "afterwards", "then", "since", "until", "by", "from", "near", "across", "behind");

  /**
   * The name at {@code at} follows a short opening phrase of time or place and its comma ("In the
   * cellar, Jakob Brill pours …", "Later, Falk …"): it opens its clause as a sentence's first word does.
   */
  private static boolean afterOpeningPhrase(List<W> words, int at) {
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
      W x = words.get(k);
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
  private static boolean roleApposedAtSentenceStart(List<W> words, int at, int end) {
    if (at < 2 || !words.get(at - 1).text().equals(",") || end + 1 >= words.size() || !words.get(end).text().equals(",")) {
      return false;
    }
    W next = words.get(end + 1);
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
      W x = words.get(k);
      if (Lexicon.isVerb(x.bare()) && !x.capitalized() || x.isPunct() && !x.text().equals("-")
          || Lexicon.PRONOUNS.contains(x.bare()) || OPENING_PHRASE_WORDS.contains(x.bare()) && !x.bare().equals("of")) {
        return false;
      }
    }
    return true;
  }

  private static void genderFrom(Person p, String word) {
    if (Lexicon.FEMALE_NOUNS.contains(word)) {
      p.gender = Gender.FEMALE;
    } else if (Lexicon.MALE_NOUNS.contains(word)) {
      p.gender = Gender.MALE;
    }
  }

  /** "opposition leader Elena Marsh", "Valdoria’s trade minister Elena Marsh". */
  /** Prepositions that attach a qualifier to a role: "envoy for the basin", "head of the delegation". */
  private static final Set<String> ROLE_QUALIFIERS = Lexicon.set("of", "for", "to", "at", "on");

  /**
   * "The special envoy for the basin, Hiroshi Tanabe, …": a role, a qualifier, then the name set off
   * by commas. The role and the words describing it (["envoy", "special"]), or nothing.
   */
  private static List<String> qualifiedRoleBefore(List<W> words, int at, int end) {
    int comma = at - 1;
    boolean closed = end < words.size() && words.get(end).text().equals(",");
    if (!closed || comma < 2 || !words.get(comma).text().equals(",")
        || Lexicon.ROLE_NOUNS.contains(words.get(comma - 1).bare())) {
      return List.of();
    }
    for (int q = comma - 2; q >= 1 && comma - q <= 5; q--) {
      W prep = words.get(q);
      if (prep.isPunct()) {
        return List.of();
      }
      W role = words.get(q - 1);
      if (ROLE_QUALIFIERS.contains(prep.text()) && Lexicon.ROLE_NOUNS.contains(role.bare()) && !role.capitalized()) {
        List<String> roles = new ArrayList<>(List.of(role.bare()));
        for (int m = q - 2; m >= 0 && q - 1 - m <= 3; m--) {
          W w = words.get(m);
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

  private static List<String> rolesBefore(List<W> words, int at, int end) {
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
      W w = words.get(k);
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
        W w = words.get(m);
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
  private static List<String> relativeRole(List<W> words, int k) {
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
      W w = words.get(k);
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
  private static List<String> appositive(List<W> words, int end) {
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
      W w = words.get(k);
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
  private static boolean followedByVerb(List<W> words, int end) {
    return followedByVerb(words, end, false);
  }

  /** With {@code finite}, any finite verb counts ("Vell was more measured"), not only reporting verbs. */
  private static boolean followedByVerb(List<W> words, int end, boolean finite) {
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
      } else if (k < words.size() && (words.get(k).bare().equals("who") || words.get(k).bare().equals("whose"))) {
        // a relative clause may hold a score or a date: ", whose side won 2-1, refused"
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

  private static void absorbName(Person p, List<W> name) {
    List<String> tokens = new ArrayList<>();
    for (W w : name) {
      tokens.add(w.text().replaceAll("(’s|'s|’)$", ""));
    }
    if (tokens.size() > p.name.size() || p.name.isEmpty()) {
      p.name = tokens;
    }
    if (tokens.size() >= 2) {
      p.nameGender = FirstNames.genderOf(tokens.get(0));
    }
  }

  /** The known person a name refers to: same name, or a part of a fuller name (Ri = Ri Yong Ho). */
  private Person match(List<W> name) {
    List<String> keys = new ArrayList<>();
    for (W w : name) {
      for (String part : w.text().replaceAll("(’s|'s|’)$", "").split("[-‐‑]")) {
        if (!part.isEmpty()) {
          keys.add(NameKeys.key(part));
        }
      }
    }
    Person best = null;
    lastMatchAmbiguous = false;
    for (Person p : persons) {
      Set<String> pk = p.nameKeys();
      if (pk.isEmpty()) {
        continue;
      }
      if (pk.containsAll(keys) || keys.containsAll(pk) && pk.size() >= 1 && sharesLast(keys, pk)) {
        if (best != null && !best.nameKeys().containsAll(pk) && !pk.containsAll(best.nameKeys())) {
          // "Baird" when the text has both Tom Baird and Rosa Baird: either of them, so neither
          lastMatchAmbiguous = true;
          return null;
        }
        best = p;
      }
    }
    return best;
  }

  /** Set by {@link #match}: the name fitted two different people ("Baird": Tom Baird, Rosa Baird). */
  private boolean lastMatchAmbiguous;

  private static boolean sharesLast(List<String> keys, Set<String> pk) {
    return pk.contains(keys.get(keys.size() - 1)) || pk.contains(keys.get(0));
  }

  // ---- cues ------------------------------------------------------------------------------------

  private Cue findCue(FoundQuote q) {
    Paragraph para = paragraphs.get(q.paragraph());
    Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
    // after each part: "…," Ri said / said the minister / according to X
    for (int k = 0; k < q.marked().size(); k++) {
      Span m = q.marked().get(k);
      Paragraph pk = paragraphOf(m.start());
      Sentences sk = pk == para ? sentences : new Sentences(text, pk.span().start(), pk.span().end(), quotedIndex);
      if (k == q.marked().size() - 1) {
        Cue dash = dashAttribution(m.end(), pk.span().end());
        if (dash != null) {
          return dash;
        }
      }
      int limit = Math.min(sk.endOf(m.end()), nextQuoteStart(m.end(), pk.span().end()));
      Cue c = !endsSentenceBeforeCapital(m) ? cueAfter(m.end(), limit)
          : asksOrExclaims(m) && isBareCue(m.end(), limit) ? cueAfter(m.end(), limit) : null;
      if (c != null) {
        return c;
      }
    }
    int open = q.start();
    int from = Math.max(sentences.startOf(open), previousQuoteEnd(open, para.span().start()));
    Cue before = cueBefore(from, open);
    if (before != null) {
      return before;
    }
    // the cue ends the paragraph before: "The mayor later told reporters:" ¶ "We will find savings…"
    int pi = q.paragraph();
    if (pi > 0 && text.substring(para.span().start(), open).isBlank()) {
      Paragraph prev = paragraphs.get(pi - 1);
      String prevText = prev.span().of(text).stripTrailing();
      if (prev.section() == Section.BODY && prevText.endsWith(":")) {
        Sentences ps = new Sentences(text, prev.span().start(), prev.span().end(), quotedIndex);
        int end = prev.span().start() + prevText.length() - 1;
        Cue c = cueBefore(Math.max(ps.startOf(end), previousQuoteEnd(end, prev.span().start())), end + 1);
        if (c != null) {
          return c;
        }
      }
    }
    Cue answer = answerAfter(q, para);
    if (answer != null) {
      return answer;
    }
    // headline style without a colon: Pereira ‘ready to talk, but not under threat’ as … (a subheading
    // too: without the article's metadata a masthead line may be taken for the headline)
    if (para.section() == Section.HEADLINE || para.section() == Section.SUBHEADING) {
      List<W> w = prose(para.span().start(), open);
      if (!w.isEmpty() && w.size() <= 3 && w.stream().allMatch(x -> isPersonalNameWord(x) && !x.possessive())) {
        return new Cue(w, null, w.get(0).start());
      }
    }
    // a cue later in the same sentence, after other words: "…" in an interview, the minister said
    Span last = q.marked().get(q.marked().size() - 1);
    if (paragraphOf(last.start()) == para) {
      int limit = Math.min(sentences.endOf(last.end()), nextQuoteStart(last.end(), para.span().end()));
      return cueLater(last.end(), limit);
    }
    return null;
  }

  /**
   * The verb of a cue whose subject is left out because the sentence already named it: "… and urged
   * governments “…”", "…, noting that “…”". Null when there is none.
   */
  private String coordinatedVerb(FoundQuote q) {
    Paragraph para = paragraphs.get(q.paragraph());
    int open = q.start();
    Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
    int from = Math.max(sentences.startOf(open), previousQuoteEnd(open, para.span().start()));
    List<W> w = prose(from, open);
    for (int v = w.size() - 1; v >= 0 && v >= w.size() - 6; v--) {
      if (!w.get(v).capitalized() && isCueVerb(w, v)) {
        boolean elided = v == 0 || Set.of("and", ",", "also", "then", "but").contains(w.get(v - 1).bare())
            || w.get(v - 1).text().equals(",");
        return elided ? w.get(v).text() : null;
      }
    }
    return null;
  }

  /**
   * "…not.” She added that…": a quotation that ends its sentence, followed by a capital, is not
   * attributed by the words after it — they start a new sentence.
   */
  private boolean endsSentenceBeforeCapital(Span marked) {
    int i = marked.end() - 1;
    while (i > marked.start() && "\"'”’»“‘«".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i <= marked.start() || ".!?".indexOf(text.charAt(i)) < 0) {
      return false;
    }
    int j = marked.end();
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j < text.length() && Character.isUpperCase(text.charAt(j));
  }

  /** A quotation whose own words end with a question or exclamation mark: "Generous for whom?" */
  private boolean asksOrExclaims(Span marked) {
    int i = marked.end() - 1;
    while (i > marked.start() && "\"'”’»“‘«".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return text.charAt(i) == '?' || text.charAt(i) == '!';
  }

  /**
   * Only a short attribution follows, up to the sentence end ("Nguyen replied.", "asked the
   * minister."), no clause of its own ("She added that …"): the quotation's question or exclamation
   * mark did not end the reporter's sentence.
   */
  private boolean isBareCue(int from, int to) {
    List<W> w = prose(from, to);
    int words = 0;
    for (W x : w) {
      if (x.text().equals("\u2063") || CLAUSE_BREAKS.contains(x.bare()) || x.text().equals(":")) {
        return false;
      }
      if (!x.isPunct()) {
        words++;
      }
    }
    return words >= 2 && words <= 5;
  }

  private Paragraph paragraphOf(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paragraphs.get(mid).span().start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return paragraphs.get(lo);
  }

  private int nextQuoteStart(int from, int paraEnd) {
    return quotedIndex.nextStart(from, paraEnd);
  }

  private int previousQuoteEnd(int before, int paraStart) {
    return quotedIndex.previousEnd(before, paraStart);
  }

  /**
   * A dash after the last closing mark, then only the speaker to the paragraph's end: "“…” — Ilse
   * Darvas", "“…” — the minister". A name, or a determiner with a role; nothing that goes on into a
   * clause ("“…” — a claim the ministry denied").
   */
  private Cue dashAttribution(int from, int paraEnd) {
    List<W> w = prose(from, paraEnd);
    if (w.size() < 2 || !Set.of("—", "–").contains(w.get(0).text())) {
      return null;
    }
    int j = 1;
    while (j < w.size() && !w.get(j).isPunct()) {
      j++;
    }
    List<W> np = w.subList(1, j);
    if (np.isEmpty() || np.size() > 6 || j < w.size() && !Set.of(",", ".").contains(w.get(j).text())) {
      return null;
    }
    // a full name, or one the text has given a person; never an agency's signature ("— Reuters", "— AP")
    boolean name = np.stream().allMatch(x -> (x.capitalized() || NAME_PARTICLES.contains(x.text())) && !x.possessive()
            && !(x.text().length() > 1 && x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT))))
        && np.stream().anyMatch(SpeakerResolver::isPersonalNameWord)
        && (np.size() >= 2 || match(np) != null && match(np).personLike);
    boolean role = Lexicon.DETERMINERS.contains(np.get(0).bare()) && !INDEFINITE.contains(np.get(0).bare())
        && Lexicon.ROLE_NOUNS.contains(np.get(np.size() - 1).bare());
    return (name || role) && isReference(np) ? new Cue(np, null, np.get(0).start()) : null;
  }

  /** Head nouns of a described speaker that is a body, not a person. */
  private static final Set<String> BODY_NOUNS = Lexicon.set(
      "ministry", "government", "office", "department", "agency", "embassy", "committee", "council",
      "company", "firm", "group", "union", "party", "delegation", "kremlin", "organisation", "organization",
      "commission", "court", "authority", "administration", "presidency", "secretariat", "campaign");

  /** Nouns for someone's words that the reporter's subject may quote back: "her predecessor's description". */
  private static final Set<String> OWNED_WORDS = Lexicon.set(
      "description", "words", "phrase", "remark", "remarks", "claim", "claims", "label", "characterisation",
      "characterization", "assertion", "slogan", "catchphrase", "quip", "jibe", "taunt", "insult", "verdict");

  /**
   * "Ostrova rejected her predecessor's description of the house as “…”": the quotation is the words
   * of the possessor, not of the sentence's subject — a cue for the possessor (a name) or for nobody
   * ("her predecessor").
   */
  private Cue wordsOwnedBefore(List<W> w) {
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
      for (int k = n + 1; k < w.size(); k++) {
        if (isCueVerb(w, k) && !w.get(k).capitalized()) {
          return null; // "… Reisz's description, Ostrova said: “…”": a cue of its own follows
        }
      }
      int s = p;
      while (s > 0 && w.get(s - 1).capitalized() && !w.get(s - 1).isPunct()
          && !Lexicon.DETERMINERS.contains(w.get(s - 1).bare())) {
        s--;
      }
      List<W> np = new ArrayList<>(w.subList(s, p));
      W last = w.get(p);
      String t = last.text().replaceAll("(’s|'s|’|')$", "");
      np.add(new W(t, last.start(), last.start() + t.length()));
      if (!last.capitalized() && s > 0 && Lexicon.DETERMINERS.contains(w.get(s - 1).bare())) {
        np.add(0, w.get(s - 1));
      }
      return new Cue(np, null, np.get(0).start());
    }
    return null;
  }

  /** Documents that "say" what their issuer says: "the statement said". */
  private static final Set<String> DOCUMENT_NOUNS = Lexicon.set(
      "statement", "communique", "communiqué", "declaration", "letter", "memo", "memorandum", "release",
      "report", "note", "post", "tweet", "filing", "notice", "resolution", "document", "text");

  /** "the statement", "its statement", "the ministry's statement": a document, not a speaker. */
  private static boolean isDocument(List<W> np) {
    W head = np.get(np.size() - 1);
    return !head.capitalized() && DOCUMENT_NOUNS.contains(head.bare())
        && np.stream().noneMatch(x -> x.capitalized() && !Lexicon.DETERMINERS.contains(x.bare()));
  }

  /** The speaker of the latest earlier quotation whose sentence names the document ("… in a statement"). */
  private Person issuerOf(String document, int index, List<Attribution> done) {
    for (int j = Math.min(index, done.size()) - 1; j >= 0; j--) {
      FoundQuote prev = quotes.get(j);
      Paragraph para = paragraphs.get(prev.paragraph());
      Sentences ss = new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
      Span last = prev.marked().get(prev.marked().size() - 1);
      int end = paragraphOf(last.start()) == para ? ss.endOf(last.end()) : para.span().end();
      List<W> w = prose(ss.startOf(prev.start()), Math.max(end, prev.start()));
      if (done.get(j).person() != null && w.stream().anyMatch(x -> x.bare().equals(document))) {
        return done.get(j).person();
      }
    }
    return null;
  }

  /** The words of the sentence before the one at {@code offset}, in its paragraph; null at its start. */
  private List<W> sentenceBefore(int offset) {
    Paragraph para = paragraphOf(offset);
    Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
    int own = sentences.startOf(offset);
    int stop = own - 1;
    while (stop > para.span().start() && QuoteMarkScanner.isSpace(text.charAt(stop))) {
      stop--;
    }
    if (stop <= para.span().start()) {
      return null;
    }
    return prose(Math.max(sentences.startOf(stop), previousQuoteEnd(stop, para.span().start())), own);
  }

  /**
   * The body that opens the sentence before {@code offset} in its paragraph: "The Kremlin, which has
   * backed Ostmark, struck a similar tone." → the Kremlin; null when that sentence opens otherwise or
   * with a person.
   */
  private Person bodyOpeningSentenceBefore(int offset) {
    List<W> w = sentenceBefore(offset);
    if (w == null) {
      return null;
    }
    if (w.size() < 3 || !w.get(0).bare().equals("the") || !w.get(1).capitalized() || w.get(1).isPunct()) {
      return null;
    }
    int k = 1;
    while (k < w.size() && w.get(k).capitalized() && !w.get(k).isPunct() && !w.get(k).possessive()) {
      k++;
    }
    List<W> name = w.subList(1, k);
    if (k >= w.size() || w.get(k).possessive() || name.size() > 4) {
      return null;
    }
    Person known = match(name);
    if (known != null && known.personLike) {
      return null;
    }
    return organisation(joinText(name));
  }

  /** Nouns for what someone said: "That was Jakob Brill’s answer." */
  private static final Set<String> ANSWER_NOUNS = Lexicon.set(
      "answer", "reply", "response", "verdict", "retort", "explanation", "message", "promise", "warning",
      "assessment", "argument", "advice", "conclusion", "prediction", "plea", "comment", "reaction");

  /**
   * A paragraph of pure quotation whose next paragraph opens "That was Jakob Brill’s answer" (or
   * "This is …'s reply"): the name that paragraph gives.
   */
  private Cue answerAfter(FoundQuote q, Paragraph para) {
    Span last = q.marked().get(q.marked().size() - 1);
    int pi = q.paragraph();
    if (para.section() != Section.BODY || pi + 1 >= paragraphs.size()
        || !text.substring(para.span().start(), q.start()).isBlank()
        || paragraphOf(last.start()) != para || !text.substring(last.end(), para.span().end()).isBlank()) {
      return null;
    }
    Paragraph next = paragraphs.get(pi + 1);
    if (next.section() != Section.BODY) {
      return null;
    }
    List<W> w = prose(next.span().start(), next.span().end());
    if (w.size() < 4 || !Set.of("that", "this", "such").contains(w.get(0).bare()) || !w.get(0).capitalized()
        || !Set.of("was", "is").contains(w.get(1).bare())) {
      return null;
    }
    int k = 2;
    List<W> run = new ArrayList<>();
    while (k < w.size() && w.get(k).capitalized() && !w.get(k).isPunct() && run.size() < 5) {
      W x = w.get(k++);
      if (x.possessive()) {
        String t = x.text();
        run.add(new W(t.substring(0, t.length() - 2), x.start(), x.end() - 2));
        break;
      }
      run.add(x);
    }
    if (run.isEmpty() || k >= w.size() || !w.get(k - 1).possessive() || !ANSWER_NOUNS.contains(w.get(k).bare())
        || run.stream().noneMatch(SpeakerResolver::isPersonalNameWord)) {
      return null;
    }
    return new Cue(run, null, run.get(0).start());
  }

  /** Words directly after a closing mark: [,] NP VERB | VERB NP | according to NP. */
  private Cue cueAfter(int from, int to) {
    List<W> w = prose(from, to);
    int i = 0;
    while (i < w.size() && (w.get(i).text().equals(",") || w.get(i).text().equals("—") || w.get(i).text().equals("–"))) {
      i++;
    }
    if (i >= w.size() || i > 2) {
      return null;
    }
    if (w.get(i).bare().equals("according") && i + 1 < w.size() && w.get(i + 1).bare().equals("to")) {
      List<W> np = nounPhraseForward(w, i + 2);
      return np.isEmpty() ? null : new Cue(np, "according to", np.get(0).start());
    }
    if (!w.get(i).capitalized() && isCueVerb(w, i)) {
      List<W> np = nounPhraseForward(w, i + 1);
      return np.isEmpty() || !isReference(np) ? null : new Cue(np, w.get(i).text(), np.get(0).start());
    }
    for (int v = i + 1; v < w.size() && v <= i + 14; v++) {
      W verb = w.get(v);
      if (verb.text().equals(",") && v + 1 < w.size()) {
        // "…," Varga, the opposition leader, said.
        int close = v + 1;
        while (close < w.size() && !w.get(close).isPunct() && close - v <= 7) {
          close++;
        }
        if (close < w.size() && w.get(close).text().equals(",") && close + 1 < w.size()
            && Lexicon.isVerb(w.get(close + 1).bare()) && !w.get(close + 1).capitalized()
            && w.subList(v + 1, close).stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()))) {
          List<W> np = trimTrailing(w.subList(i, v));
          return isReference(np) ? new Cue(np, w.get(close + 1).text(), np.get(0).start()) : null;
        }
        // "…," the prime minister, Helena Varga, said: a role, then the name set off by commas
        if (close < w.size() && w.get(close).text().equals(",") && close + 1 < w.size()
            && Lexicon.isVerb(w.get(close + 1).bare()) && !w.get(close + 1).capitalized() && close - v <= 5
            && w.subList(v + 1, close).stream().allMatch(SpeakerResolver::isPersonalNameWord)
            && Lexicon.ROLE_NOUNS.contains(w.get(v - 1).bare())) {
          List<W> np = w.subList(v + 1, close);
          return new Cue(np, w.get(close + 1).text(), np.get(0).start());
        }
        return null;
      }
      if (verb.isPunct()) {
        return null;
      }
      if (!verb.capitalized() && isCueVerb(w, v)) {
        int e = v;
        while (e > i && ADVERBS.contains(w.get(e - 1).bare())) {
          e--;
        }
        List<W> np = trimTrailing(w.subList(i, e));
        return !np.isEmpty() && isReference(np) ? new Cue(np, verbText(w, v), np.get(0).start()) : null;
      }
    }
    return null;
  }

  /** A cue further on in the sentence: "…" in Geneva on Monday, the minister said. */
  private Cue cueLater(int from, int to) {
    List<W> w = prose(from, to);
    for (int c = 0; c < w.size(); c++) {
      if (w.get(c).text().equals(",")) {
        Cue cue = cueAfter(w.get(c).start(), to);
        if (cue != null) {
          return cue;
        }
      }
    }
    return null;
  }

  /** The reporter's words before an opening mark: NP VERB … [that|:|,] "…" or according to NP. */
  private Cue cueBefore(int from, int to) {
    List<W> w = prose(from, to);
    for (int i = 0; i + 1 < w.size(); i++) {
      if (w.get(i).bare().equals("according") && w.get(i + 1).bare().equals("to")) {
        List<W> np = nounPhraseForward(w, i + 2);
        if (!np.isEmpty()) {
          return new Cue(np, "according to", np.get(0).start());
        }
      }
    }
    Cue owner = wordsOwnedBefore(w);
    if (owner != null) {
      return owner;
    }
    Cue participle = null;
    String participleVerb = null;
    for (int v = w.size() - 1; v >= 0; v--) {
      W verb = w.get(v);
      // "calls" is mostly a noun ("phone calls"), but right before the quotation it names the thing
      boolean callsIt = verb.bare().equals("calls") && v + 1 < w.size() && w.size() - v <= 6
          && v > 0 && !Lexicon.DETERMINERS.contains(w.get(v - 1).bare()) && !w.get(v - 1).possessive();
      if (verb.capitalized() || !isCueVerb(w, v) && !callsIt) {
        continue;
      }
      int e = v;
      while (e > 0 && ADVERBS.contains(w.get(e - 1).bare())) {
        e--;
      }
      int s = e;
      while (s > 0 && !w.get(s - 1).isPunct() && !CLAUSE_BREAKS.contains(w.get(s - 1).bare())
          && !(Lexicon.isVerb(w.get(s - 1).bare()) && !w.get(s - 1).capitalized())) {
        s--;
      }
      if (s == e) {
        s = beforeAppositive(w, e);
        e = s < 0 ? e : apposStart;
        if (s < 0) {
          // a participle clause: "Mayor Linda Okafor defended her plan, telling the council that “…"
          boolean afterComma = e > 0 && w.get(e - 1).text().equals(",") && verb.bare().endsWith("ing");
          if (afterComma && participleVerb == null) {
            participleVerb = verbText(w, v);
          }
          List<W> subject = afterComma ? sentenceSubject(w, e - 1) : List.of();
          if (!subject.isEmpty() && participle == null) {
            participle = new Cue(subject, verbText(w, v), subject.get(0).start()); // unless the main verb cues
          }
          continue;
        }
      }
      List<W> np = trimTrailing(trimLeading(w.subList(s, e)));
      if (!np.isEmpty() && isReference(np)) {
        // "… rejected calls for a state of emergency, saying the insurers “…”": the main verb gives the
        // speaker, the participle closest to the quotation is the reporting verb
        return new Cue(np, participleVerb != null ? participleVerb : verbText(w, v), np.get(0).start());
      }
    }
    if (participle != null) {
      return participle;
    }
    // a sentence that introduces the quotation with a colon: "Diallo was more upbeat: “…”"
    if (w.size() >= 3 && w.get(w.size() - 1).text().equals(":")) {
      List<W> subject = sentenceSubject(w, w.size() - 1);
      if (subject.isEmpty()) {
        subject = knownSubject(w, w.size() - 1);
      }
      if (!subject.isEmpty()) {
        return new Cue(subject, null, subject.get(0).start());
      }
    }
    // headline style: Marsh: 'We will not back down'
    if (w.size() >= 2 && w.get(w.size() - 1).text().equals(":")) {
      List<W> np = trimLeading(w.subList(0, w.size() - 1));
      if (!np.isEmpty() && np.size() <= 4 && np.stream().allMatch(W::capitalized)) {
        return new Cue(np, null, np.get(0).start());
      }
    }
    return null;
  }

  private static List<W> trimLeading(List<W> np) {
    int s = 0;
    while (s < np.size() && (np.get(s).isPunct() || Lexicon.NOT_NAMES.contains(np.get(s).bare())
        && !Lexicon.PRONOUNS.contains(np.get(s).bare()) && !Lexicon.DETERMINERS.contains(np.get(s).bare()))) {
      s++;
    }
    return np.subList(s, np.size());
  }

  private int apposStart;

  /**
   * For "Varga, the opposition leader, said": when only an appositive stands between a verb and the
   * comma before it, the start of the name before the appositive (and {@link #apposStart} set to
   * the appositive's comma), else -1.
   */
  private int beforeAppositive(List<W> w, int verbAt) {
    if (verbAt < 1 || !w.get(verbAt - 1).text().equals(",")) {
      return -1;
    }
    int c = verbAt - 2;
    while (c >= 0 && !w.get(c).isPunct()) {
      c--;
    }
    if (c < 1 || !w.get(c).text().equals(",")) {
      return -1;
    }
    List<W> appos = w.subList(c + 1, verbAt - 1);
    // an appositive with a role ("the opposition leader"), a relative clause ("who has led the bank
    // since 2021") or an aside ("for his part")
    boolean role = appos.size() <= 7 && appos.stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()));
    boolean aside = !appos.isEmpty() && appos.size() <= 9 && ASIDE_OPENERS.contains(appos.get(0).bare())
        || appos.size() == 1 && appos.get(0).text().matches("\\d{1,3}"); // "Veit, 61, said"
    // "The 58-year-old, a hydrologist by training who spent twenty years at the ministry, said": a
    // description opened by an article, after a subject that refers to a person
    boolean description = !appos.isEmpty() && appos.size() <= 20
        && (appos.get(0).bare().equals("a") || appos.get(0).bare().equals("an"))
        && !CLAUSE_BREAKS.contains(w.get(c - 1).bare()) && isReference(List.of(w.get(c - 1)));
    // "Valley Mutual, the region’s largest farm insurer, said": a short definite description after a name
    boolean definite = appos.size() >= 2 && appos.size() <= 7
        && (appos.get(0).bare().equals("the") || appos.get(0).possessive())
        && appos.stream().noneMatch(x -> Lexicon.isVerb(x.bare()) || CLAUSE_BREAKS.contains(x.bare()))
        && isPersonalNameWord(w.get(c - 1)) && !w.get(c - 1).possessive();
    if (!role && !aside && !description && !definite) {
      // "The minister, Eva Stone, later told": the name is the appositive, a role stands before it;
      // an organisation may follow the name ("Dr Chidinma Okafor-Eze of the Continental Water Commission")
      int nameEnd = 0;
      while (nameEnd < appos.size() && !appos.get(nameEnd).bare().equals("of")) {
        nameEnd++;
      }
      List<W> named = appos.subList(0, nameEnd);
      int t = 0;
      while (t < named.size() && isTitle(named.get(t))) {
        t++;
      }
      boolean name = t < named.size() && named.size() <= 5
          && isPersonalNameWord(named.get(t)) && named.subList(t, named.size()).stream()
              .allMatch(x -> isPersonalNameWord(x) || NAME_PARTICLES.contains(x.text()))
          && (nameEnd == appos.size() || nameEnd + 1 < appos.size())
          && c >= 1 && roleOpensClause(w, c);
      if (!name) {
        return -1;
      }
      apposStart = c + 1 + nameEnd;
      return c + 1;
    }
    int s = c;
    while (s > 0 && !w.get(s - 1).isPunct() && !CLAUSE_BREAKS.contains(w.get(s - 1).bare())
        && !(Lexicon.isVerb(w.get(s - 1).bare()) && !w.get(s - 1).capitalized())) {
      s--;
    }
    apposStart = c;
    return s < c ? s : -1;
  }

  /**
   * A role stands right before the comma at {@code c}, or heads an "of" phrase ending there: "The
   * minister, Eva Stone,", "The governor of the central bank, Ri Chol-min,".
   */
  private static boolean roleOpensClause(List<W> w, int c) {
    if (Lexicon.ROLE_NOUNS.contains(w.get(c - 1).bare())) {
      return true;
    }
    for (int k = c - 1; k >= 1 && c - k <= 5; k--) {
      if (w.get(k).isPunct()) {
        return false;
      }
      if (w.get(k).bare().equals("of") && !w.get(k).capitalized()) {
        return Lexicon.ROLE_NOUNS.contains(w.get(k - 1).bare()) && !w.get(k - 1).capitalized();
      }
    }
    return false;
  }

  /** The name that opens the clause before {@code end}: "Mayor Linda Okafor on Monday defended…". */
  private static List<W> sentenceSubject(List<W> w, int end) {
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
    List<W> run = new ArrayList<>();
    while (k < end && (w.get(k).capitalized() && !w.get(k).isPunct() || !run.isEmpty() && particlesBeforeName(w, k))) {
      run.add(w.get(k));
      k++;
    }
    boolean followedByVerb = k < end && (Lexicon.isVerb(w.get(k).bare()) || SUBJECT_VERBS.contains(w.get(k).bare())
        || Set.of("on", "in", "at", "yesterday", "today", "also", "later", "then").contains(w.get(k).bare())
        || !w.get(k).capitalized() && w.get(k).bare().endsWith("ed"));
    List<W> np = trimLeading(run);
    return followedByVerb && !np.isEmpty() && np.stream().anyMatch(SpeakerResolver::isPersonalNameWord)
        && isReference(np) ? np : List.of();
  }

  /**
   * The role that is the subject of the sentence just before the one at {@code offset}, in the same
   * paragraph, when that sentence opens with it: "The moderator moved on." → "the moderator". Null
   * when it does not.
   */
  private List<W> roleSubjectBefore(int offset) {
    List<W> w = sentenceBefore(offset);
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
    W next = w.get(k + 1);
    boolean verb = !next.isPunct() && !next.capitalized() && !next.bare().equals("of")
        && !Lexicon.ROLE_NOUNS.contains(next.bare()) && !next.text().equals("\u2063");
    return verb ? w.subList(0, k + 1) : null;
  }

  /** A sentence that ends with a known person's gesture: "…, Ms Brandt smiled." / "Pompeo shrugged." */
  private Person gesturing(List<W> w) {
    int k = w.size() - 1;
    if (k >= 0 && w.get(k).text().equals(".")) {
      k--;
    }
    if (k < 1 || !GESTURES.contains(w.get(k).bare())) {
      return null;
    }
    int e = k;
    int s = e;
    while (s > 0 && (w.get(s - 1).capitalized() && !w.get(s - 1).isPunct() || NAME_PARTICLES.contains(w.get(s - 1).text()))) {
      s--;
    }
    int t = s;
    while (t < e && isTitle(w.get(t))) {
      t++;
    }
    if (t >= e || !isPersonalNameWord(w.get(t))) {
      return null;
    }
    Person p = match(w.subList(t, e));
    return p != null && p.personLike ? p : null;
  }

  /**
   * A person already met in the text who opens the sentence, whatever verb follows, past an aside:
   * "Ms van der Berg set out her government’s position:", "De Souza, speaking after the talks, struck
   * a more conciliatory tone:".
   */
  private List<W> knownSubject(List<W> w, int end) {
    int k = 0;
    for (int d = 0; d < Math.min(end, 8); d++) {
      if (Set.of("—", "–", "-").contains(w.get(d).text())) {
        k = d + 1;
        break;
      }
    }
    List<W> run = new ArrayList<>();
    while (k < end && (w.get(k).capitalized() && !w.get(k).isPunct() || !run.isEmpty() && particlesBeforeName(w, k))) {
      run.add(w.get(k));
      k++;
    }
    List<W> np = trimLeading(run);
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
    Person p = t < np.size() ? match(np.subList(t, np.size())) : null;
    return p != null && p.personLike ? np : List.of();
  }

  /** Drops a trailing time or place phrase: "Marsh on Tuesday" → "Marsh". */
  private static List<W> trimTrailing(List<W> np) {
    for (int k = 1; k < np.size(); k++) {
      String b = np.get(k).bare();
      if (!np.get(k).capitalized() && TRAILING.contains(b)) {
        return np.subList(0, k);
      }
    }
    return np;
  }

  private static final Set<String> TRAILING = Lexicon.set(
      "on", "in", "at", "during", "this", "last", "late", "early", "earlier", "later", "yesterday", "today",
      "tonight", "afterwards", "here", "there", "from", "before", "after", "when", "while");

  private static List<W> nounPhraseForward(List<W> w, int from) {
    List<W> np = new ArrayList<>();
    for (int k = from; k < w.size() && np.size() < 8; k++) {
      W x = w.get(k);
      if (x.isPunct() || !x.capitalized() && (CLAUSE_BREAKS.contains(x.bare()) || Lexicon.isVerb(x.bare())
          || Set.of("on", "in", "at", "during", "after", "before", "to", "from", "with", "for", "when", "while",
              "who", "late", "earlier", "this", "last", "told", "yesterday", "today").contains(x.bare())
          && !np.isEmpty())) {
        break;
      }
      if (!x.capitalized() && x.bare().equals("of") && np.stream().anyMatch(SpeakerResolver::isPersonalNameWord)) {
        break; // "Marek Zaleski of the opposition Civic Union": the name, not the organisation
      }
      np.add(x);
    }
    return np;
  }

  /** The verb as the outlet wrote it, with its particle: "said", "shot back". */
  private static String verbText(List<W> w, int i) {
    return Lexicon.BACK_VERBS.contains(w.get(i).bare()) && i + 1 < w.size() && w.get(i + 1).bare().equals("back")
        ? w.get(i).text() + " " + w.get(i + 1).text() : w.get(i).text();
  }

  /** A reporting verb at {@code i}, including phrasal ones: "shot back", "fired back", "hit back". */
  private static boolean isCueVerb(List<W> w, int i) {
    String b = w.get(i).bare();
    return Lexicon.isVerb(b) || Lexicon.BACK_VERBS.contains(b) && i + 1 < w.size() && w.get(i + 1).bare().equals("back");
  }

  /** A capitalized word that is part of a person's name rather than a title or role. */
  private static boolean isPersonalNameWord(W x) {
    return x.capitalized() && !Lexicon.TITLES.contains(x.bare()) && !Lexicon.ROLE_NOUNS.contains(x.bare())
        && !Lexicon.NOT_NAMES.contains(x.bare()) && !Lexicon.DETERMINERS.contains(x.bare());
  }

  /** A noun phrase that can name a speaker: pronoun, name, or described role. */
  private static boolean isReference(List<W> np) {
    if (np.size() > 8) {
      return false;
    }
    String first = np.get(0).bare();
    if (np.size() == 1 && (Lexicon.PRONOUNS.contains(first) || first.equals("it") && np.get(0).text().equals("it"))) {
      return true;
    }
    // "…’, and that the government would appeal": a clause of the reporter's, not someone speaking
    if (CLAUSE_BREAKS.contains(first) || np.stream().anyMatch(x -> x.bare().equals("that") || x.bare().equals("which"))) {
      return false;
    }
    if (np.stream().anyMatch(x -> x.capitalized() && !Lexicon.NOT_NAMES.contains(x.bare()))) {
      return true;
    }
    return np.stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()) || Lexicon.isAgeNoun(x.bare())
        || isGroupOfRoles(x));
  }

  /** "leaders", "ministers": a plural of a role noun, a group that no one person speaks for. */
  private static boolean isGroupOfRoles(W x) {
    String b = x.bare();
    return !x.capitalized() && b.length() > 3 && b.endsWith("s") && !Lexicon.ROLE_NOUNS.contains(b)
        && Lexicon.ROLE_NOUNS.contains(b.substring(0, b.length() - 1));
  }

  // ---- resolution ------------------------------------------------------------------------------

  private Attribution resolveCue(Cue cue) {
    List<W> np = cue.np();
    String label = joinText(np);
    String first = np.get(0).bare();
    if (np.size() == 1 && Lexicon.PRONOUNS.contains(first)) {
      if (first.equals("they")) {
        return new Attribution(null, label, cue.verb());
      }
      Gender g = first.equals("she") ? Gender.FEMALE : Gender.MALE;
      List<W> roleSubject = roleSubjectBefore(cue.offset());
      if (roleSubject != null) {
        // "The moderator moved on. “…,” she said.": the pronoun means that role's holder, or nobody named
        Person p = byRole(roleSubject, cue.offset());
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
    // a name inside the phrase: "North Korean Foreign Minister Ri Yong Ho", "opposition leader Tomas Varga"
    List<W> run = lastNameRun(np);
    boolean hasRoleHead = Lexicon.ROLE_NOUNS.contains(np.get(np.size() - 1).bare()) && !np.get(np.size() - 1).capitalized();
    if (!run.isEmpty() && !hasRoleHead) {
      int lastTitle = -1;
      for (int k = 0; k < run.size(); k++) {
        if (isTitle(run.get(k))) {
          lastTitle = k;
        }
      }
      List<W> name = new ArrayList<>(run.subList(lastTitle + 1, run.size()));
      while (!name.isEmpty() && Lexicon.NOT_NAMES.contains(name.get(0).bare())) {
        name.remove(0);
      }
      if (name.size() == 1 && lastTitle < 0 && GEO_ORG.contains(name.get(0).bare())
          && Lexicon.DETERMINERS.contains(np.get(0).bare())) {
        // "the Ministry said": the body the text named in full before ("The Ministry of Foreign
        // Affairs announces …"), never a person called Ministry
        String full = fullOrganisationName(name.get(0).text(), cue.offset());
        if (full != null) {
          return new Attribution(organisation(full), lowerFirst(label), cue.verb());
        }
      }
      if (!name.isEmpty()) {
        Person p = match(name);
        if (p == null && lastMatchAmbiguous) {
          return new Attribution(null, label, cue.verb());
        }
        if (p == null) {
          p = new Person();
          absorbName(p, name);
          p.personLike = lastTitle >= 0 || name.size() >= 2;
          persons.add(p);
        }
        for (int k = 0; k <= lastTitle; k++) {
          p.roles.add(run.get(k).bare());
        }
        return new Attribution(p, label, cue.verb());
      }
    }
    if (np.stream().anyMatch(SpeakerResolver::isGroupOfRoles)
        && np.stream().noneMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()) || x.capitalized() && !Lexicon.DETERMINERS.contains(x.bare()))) {
      return new Attribution(null, lowerFirst(label), cue.verb()); // "its leaders said": a group, no one speaker
    }
    if (np.stream().anyMatch(x -> Lexicon.isAgeNoun(x.bare()))) {
      // "the 58-year-old" refers back to someone just named, like a pronoun of either gender; "the
      // 54-year-old union leader" to the latest person whose roles fit, or to nobody — never to a new,
      // merely described speaker
      // (its other role words only qualify: "union leader" is someone whose role fits "leader")
      List<W> head = np.stream().filter(x -> Lexicon.ROLE_NOUNS.contains(x.bare())).toList();
      Person p = head.isEmpty() ? antecedent(cue.offset(), Gender.UNKNOWN)
          : byRole(List.of(head.get(head.size() - 1)), cue.offset());
      return new Attribution(p, lowerFirst(label), cue.verb());
    }
    if (np.stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()))) {
      // "one diplomat", "a senior official", "another minister": someone new, never a person named before
      Person p = INDEFINITE.contains(first) ? null : byRole(np, cue.offset());
      if (p == null) {
        p = described(np);
      }
      return new Attribution(p, lowerFirst(label), cue.verb());
    }
    return new Attribution(null, label, cue.verb());
  }

  /** The latest full name before {@code offset} of a body called {@code head}: "Ministry of Foreign Affairs". */
  private String fullOrganisationName(String head, int offset) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "((?:\\p{Lu}[\\p{L}’'-]*[ \\t]+){0,3})" + java.util.regex.Pattern.quote(head)
            + "((?:[ \\t]+(?:of|for)(?:[ \\t]+(?:the|and|\\p{Lu}[\\p{L}’'-]*))+)?)").matcher(text);
    String found = null;
    while (m.find() && m.start() < offset) {
      String before = m.group(1).replaceFirst("^(?:.*[ \\t])?(?i:the)[ \\t]+", "").replaceAll("\\b[\\p{Lu}]{2,}\\b\\s*", "");
      String after = m.group(2).replaceAll("(\\s+(?:the|and|of|for))+$", "");
      if (!before.isBlank() || !after.isBlank()) {
        found = (before + head + after).trim();
      }
    }
    return found;
  }

  /** The one described speaker standing for a body called {@code name} in this document. */
  private Person organisation(String name) {
    for (Person p : persons) {
      if (p.name.isEmpty() && name.equalsIgnoreCase(p.description)) {
        return p;
      }
    }
    Person p = new Person();
    p.description = name;
    persons.add(p);
    return p;
  }

  /** The last run of capitalized words (with name particles) in a phrase. */
  private static List<W> lastNameRun(List<W> np) {
    List<W> last = new ArrayList<>();
    List<W> cur = new ArrayList<>();
    for (W w : np) {
      if (w.capitalized() && !w.isPunct() && !(cur.isEmpty() && Lexicon.DETERMINERS.contains(w.bare()))) {
        cur.add(w);
      } else if (!cur.isEmpty() && NAME_PARTICLES.contains(w.text())) {
        cur.add(w);
      } else if (!cur.isEmpty()) {
        last = cur;
        cur = new ArrayList<>();
      }
    }
    return cur.isEmpty() ? last : cur;
  }

  /** The most recent person, mentioned before {@code offset}, whom a pronoun can mean. */
  private Person antecedent(int offset, Gender g) {
    Person fallback = null;
    Mention otherGender = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.offset() >= offset || !m.person().personLike || !m.person().compatible(g)) {
        continue;
      }
      if (m.subject()) {
        // the text's own cues decide; a given name's usual gender only breaks a tie nearby
        Gender byName = m.person().nameGender;
        if (byName == Gender.UNKNOWN || byName == g || g == Gender.UNKNOWN || m.person().gender == g) {
          return coordinatedChoice(m, g);
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
    if (otherGender != null && paragraphOf(otherGender.offset()) == paragraphOf(offset)) {
      return otherGender.person();
    }
    if (fallback != null && (fallback.nameGender == Gender.UNKNOWN || fallback.nameGender == g || g == Gender.UNKNOWN)) {
      return fallback;
    }
    return null;
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
    for (Mention o : mentions) {
      if (o.person() == m.person() || !o.person().personLike || !o.person().compatible(g)
          || Math.abs(o.offset() - m.offset()) > 120) {
        continue;
      }
      int a = Math.min(o.offset(), m.offset());
      int b = Math.max(o.offset(), m.offset());
      String between = text.substring(a, b);
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

  /** 1 when the text or the given name says gender {@code g}, -1 when it says the other, else 0. */
  private static int fit(Person p, Gender g) {
    Gender known = p.gender != Gender.UNKNOWN ? p.gender : p.nameGender;
    return known == Gender.UNKNOWN ? 0 : known == g ? 1 : -1;
  }

  /** How far back (characters) a pronoun looks past a person whose given name suggests the other gender. */
  private static final int NAME_GENDER_REACH = 600;

  /** "the minister", "the North Korean top diplomat": the latest person whose roles fit. */
  private Person byRole(List<W> np, int offset) {
    String head = null;
    List<String> modifiers = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    for (W w : np) {
      String b = w.bare();
      if (Lexicon.DETERMINERS.contains(b)) {
        continue;
      }
      if (Lexicon.ROLE_NOUNS.contains(b)) {
        if (head != null) {
          modifiers.add(head);
        }
        head = b;
      } else if (w.capitalized() || w.possessive()) {
        qualifiers.add(b);
      } else if (Lexicon.TITLES.contains(b) && !Set.of("top", "senior", "high").contains(b)) {
        modifiers.add(b);
      }
    }
    if (head == null) {
      return null;
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.offset() < offset && fits(m.person(), head, modifiers, qualifiers)) {
        return m.person();
      }
    }
    for (Person p : persons) {
      if (fits(p, head, modifiers, qualifiers)) {
        return p;
      }
    }
    return null;
  }

  private static boolean fits(Person p, String head, List<String> modifiers, List<String> qualifiers) {
    if (p.name.isEmpty()) {
      return false;
    }
    boolean headFits = p.roles.contains(head)
        || head.equals("diplomat") && (p.roles.contains("ambassador") || p.roles.contains("envoy")
            || p.roles.contains("foreign") && p.roles.contains("minister")
            || p.roles.contains("secretary") && p.roles.contains("state"))
        || head.equals("leader") && (p.roles.contains("president") || p.roles.contains("premier")
            || p.roles.contains("chancellor") || p.roles.contains("prime"))
        || head.equals("minister") && p.roles.contains("premier")
        || head.equals("spokesperson") && (p.roles.contains("spokesman") || p.roles.contains("spokeswoman"))
        || (head.equals("spokesman") || head.equals("spokeswoman")) && p.roles.contains("spokesperson");
    if (!headFits) {
      return false;
    }
    for (String m : modifiers) {
      if (!p.roles.contains(m) && !(head.equals("diplomat") && m.equals("foreign"))) {
        return false;
      }
    }
    if (!p.qualifiers.isEmpty()) {
      for (String q : qualifiers) {
        if (!p.qualifiers.contains(q) && !p.roles.contains(q)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A speaker the text describes but never names ("a ministry spokesperson"). */
  private Person described(List<W> np) {
    String key = joinText(np).replaceAll("^(?i)(the|a|an)\\s+", "");
    for (Person p : persons) {
      if (p.name.isEmpty() && key.equalsIgnoreCase(p.description)) {
        return p;
      }
    }
    Person p = new Person();
    p.description = key;
    // "the energy ministry", "the presidential office": a body, which "it" may mean and "she" may not
    p.personLike = !BODY_NOUNS.contains(np.get(np.size() - 1).bare()) && !DOCUMENT_NOUNS.contains(np.get(np.size() - 1).bare());
    for (W w : np) {
      p.roles.add(w.bare());
      genderFrom(p, w.bare());
    }
    persons.add(p);
    return p;
  }

  /** A quotation with no cue of its own continues the previous speaker where the text supports it. */
  private Attribution continuation(FoundQuote q, int index, List<Attribution> done) {
    Paragraph para = paragraphs.get(q.paragraph());
    // the sentence just before reports this speaker's words: "The 54-year-old union leader … said her
    // members were ready for a long fight. “We have strike funds …”"
    Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
    int own = sentences.startOf(q.start());
    if (own > para.span().start() && text.substring(own, q.start()).isBlank()) {
      int stop = own - 1;
      while (stop > para.span().start() && QuoteMarkScanner.isSpace(text.charAt(stop))) {
        stop--;
      }
      int from = Math.max(sentences.startOf(stop), previousQuoteEnd(stop, para.span().start()));
      Cue c = cueBefore(from, own);
      if (c != null && c.verb() != null && !c.verb().equals("according to")) {
        Attribution a = resolveCue(c);
        if (a.person() != null) {
          return new Attribution(a.person(), null, null);
        }
      }
      Person gesturing = gesturing(prose(from, own));
      if (gesturing != null) {
        return new Attribution(gesturing, null, null);
      }
    }
    // introduced by a colon whose sentence names nobody known ("Kang's deputy was more cautious:"):
    // someone else speaks, not the previous quotation's speaker
    if (text.substring(para.span().start(), q.start()).stripTrailing().endsWith(":")) {
      return Attribution.NONE;
    }
    // an earlier quotation in the same paragraph, already attributed
    for (int k = index - 1; k >= 0; k--) {
      FoundQuote prev = quotes.get(k);
      if (prev.paragraph() != q.paragraph()) {
        break;
      }
      if (done.get(k).person() != null) {
        return new Attribution(done.get(k).person(), null, null);
      }
    }
    // indirect speech just before, in the same paragraph: Exports have fallen, Marsh said. "…"
    Person speaking = null;
    for (Mention m : mentions) {
      if (m.speech() && m.offset() >= para.span().start() && m.offset() < q.start()) {
        speaking = m.person();
      }
    }
    if (speaking != null) {
      return new Attribution(speaking, null, null);
    }

    if (para.section() != Section.BODY || !mostlyQuoted(para)) {
      return Attribution.NONE;
    }
    // a paragraph of quotation only, right after one whose speaker is known
    int prevIndex = q.paragraph() - 1;
    while (prevIndex >= 0 && paragraphs.get(prevIndex).section() != Section.BODY) {
      prevIndex--;
    }
    if (prevIndex < 0 || prevIndex != q.paragraph() - 1 && paragraphs.get(q.paragraph() - 1).section() != Section.CAPTION) {
      if (prevIndex < 0) {
        return Attribution.NONE;
      }
    }
    Span prevSpan = paragraphs.get(prevIndex).span();
    Person last = null;
    int lastEnd = prevSpan.start();
    for (int k = index - 1; k >= 0; k--) {
      if (quotes.get(k).paragraph() == prevIndex && done.get(k).person() != null) {
        last = done.get(k).person();
        lastEnd = quotes.get(k).end();
        break;
      }
      if (quotes.get(k).paragraph() < prevIndex) {
        break;
      }
    }
    // someone named speaking after that quotation has the floor: "Pak said …“…” Nguyen said the
    // union would consider it." ¶ "…" is Nguyen's
    for (Mention m : mentions) {
      if (m.speech() && prevSpan.contains(m.offset()) && m.offset() >= lastEnd) {
        last = m.person();
      }
    }
    return last == null ? Attribution.NONE : new Attribution(last, null, null);
  }

  private boolean mostlyQuoted(Paragraph para) {
    List<W> rest = prose(para.span().start(), para.span().end());
    long words = rest.stream().filter(w -> !w.isPunct()).count();
    return words <= 3;
  }

  // ---- words -----------------------------------------------------------------------------------

  /** Words of the reporter's prose in [from, to), skipping everything inside quotation marks. */
  private List<W> prose(int from, int to) {
    List<W> all = Words.of(text, from, to);
    List<W> out = new ArrayList<>(all.size());
    for (W w : all) {
      boolean inside = quotedIndex.at(w.start()) != null;
      if (inside) {
        if (out.isEmpty() || !out.get(out.size() - 1).text().equals("\u2063")) {
          out.add(new W("\u2063", w.start(), w.start() + 1)); // a quotation breaks any phrase
        }
        continue;
      }
      out.add(w);
    }
    return out;
  }

  /** Name particles at {@code j} ("van der", "de la", "al") followed by a name word: "Johanna van der Berg". */
  private static boolean particlesBeforeName(List<W> words, int j) {
    int k = j;
    while (k < words.size() && k - j < 3 && NAME_PARTICLES.contains(words.get(k).text())) {
      k++;
    }
    return k > j && k < words.size() && isNameWord(words.get(k));
  }

  private boolean isNameStart(List<W> words, int i) {
    W w = words.get(i);
    return isNameWord(w);
  }

  private static boolean isNameWord(W w) {
    return !w.isPunct() && w.capitalized() && !w.text().equals("\u2063");
  }

  private static boolean isTitle(W w) {
    return Lexicon.TITLES.contains(w.bare()) || w.bare().matches("(?:[a-z]\\.)+") && w.text().length() <= 5;
  }

  private static String joinText(List<W> np) {
    StringBuilder b = new StringBuilder();
    for (W w : np) {
      if (b.length() > 0 && !w.isPunct()) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }

  private static String lowerFirst(String s) {
    String first = s.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    if (s.isEmpty() || !(Lexicon.DETERMINERS.contains(first) || Lexicon.PRONOUNS.contains(first))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
