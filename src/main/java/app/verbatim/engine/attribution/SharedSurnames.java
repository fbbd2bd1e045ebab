package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People who share a surname ("Clinton": Hillary and Bill Clinton): who a bare surname may mean, which
 * one a gendered title picks, and which one the article is about. Split from {@link AttributionContext}.
 */
final class SharedSurnames {
  private final AttributionContext ctx;

  SharedSurnames(AttributionContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Of the people a shared surname fits, the one a gendered title picks ("Mrs. Clinton" with Hillary
   * and Bill Clinton), or null when the titles say no gender or do not narrow it to one.
   */
  Person byTitleGender(List<Word> name, List<Word> titles) {
    Person.Gender g = Person.Gender.UNKNOWN;
    for (Word t : titles) {
      g = Lexicon.FEMALE_NOUNS.contains(t.bare()) ? Person.Gender.FEMALE
          : Lexicon.MALE_NOUNS.contains(t.bare()) ? Person.Gender.MALE : g;
    }
    if (g == Person.Gender.UNKNOWN) {
      return null;
    }
    final Person.Gender want = g;
    List<Person> fit = candidates(name).stream().filter(c -> c.personLike
        && (c.gender == want || c.gender == Person.Gender.UNKNOWN && c.nameGender == want)).toList();
    return fit.size() == 1 ? fit.get(0) : null;
  }

  /**
   * The gender the text or the given name shows for a person met under the same name more than once
   * (one entry per reading): the one they agree on, else unknown.
   */
  Person.Gender genderOfName(Person rep) {
    Person.Gender g = Person.Gender.UNKNOWN;
    for (Person p : ctx.persons()) {
      if (!p.nameKeys().equals(rep.nameKeys())) {
        continue;
      }
      Person.Gender known = p.gender != Person.Gender.UNKNOWN ? p.gender : p.nameGender;
      if (known != Person.Gender.UNKNOWN) {
        if (g != Person.Gender.UNKNOWN && g != known) {
          return Person.Gender.UNKNOWN;
        }
        g = known;
      }
    }
    return g;
  }

  /** Everyone a name fits, as {@link AttributionContext#match} compares them: "Clinton" → Hillary Clinton, Bill Clinton. */
  List<Person> candidates(List<Word> name) {
    List<String> words = new ArrayList<>();
    for (Word w : name) {
      words.add(w.text().replaceAll("(’s|'s|’)$", ""));
    }
    List<String> keys = new ArrayList<>(NameKeys.keysOf(words));
    List<Person> out = new ArrayList<>();
    for (Person p : ctx.persons()) {
      Set<String> pk = p.nameKeys();
      if (pk.size() >= 2 && (pk.containsAll(keys) || keys.containsAll(pk) && AttributionContext.sharesLast(keys, pk))
          && out.stream().noneMatch(o -> o.nameKeys().containsAll(pk) && !pk.containsAll(o.nameKeys()))) {
        out.removeIf(o -> pk.containsAll(o.nameKeys())); // the same person met twice (the later, as match), or in part
        out.add(p);
      }
    }
    return out;
  }

  /** Kin nouns: a person introduced by one is someone's relative ("his wife, Jane Sanders"). */
  private static final Set<String> KIN = Lexicon.setOf("kin-nouns.txt");

  /**
   * Of people a bare surname fits ("Clinton": Hillary Clinton, Bill Clinton), the article's principal,
   * whom reporters call by surname alone: the one introduced first and mentioned more often than any
   * other before {@code offset}. Null when none stands out, or when another was named in full in this
   * paragraph or the one before, where the surname may well mean them.
   */
  Person principal(List<Word> name, int offset) {
    List<Paragraph> paragraphs = ctx.paragraphs();
    List<String> words = new ArrayList<>();
    for (Word w : name) {
      words.add(w.text().replaceAll("(’s|'s|’)$", ""));
    }
    Set<String> keys = NameKeys.keysOf(words);
    if (keys.size() != 1) {
      return null;
    }
    int here = paragraphs.indexOf(ctx.paragraphOf(offset));
    int nearFrom = paragraphs.get(Math.max(0, here - 1)).span().start();
    int ownFrom = paragraphs.get(here).span().start();
    java.util.Map<Person, Integer> counts = new java.util.LinkedHashMap<>();
    Set<Person> namedInParagraph = new java.util.HashSet<>();
    Person namedNearby = null;
    for (Mention m : ctx.mentions()) {
      if (m.offset() >= offset) {
        break;
      }
      Set<String> pk = m.person().nameKeys();
      if (pk.size() < 2 || !pk.containsAll(keys)) {
        continue;
      }
      counts.merge(m.person(), 1, Integer::sum);
      if (m.offset() >= nearFrom && java.util.Arrays.stream(textOf(m).split("\\s+"))
          .filter(t -> !CueGrammar.isTitle(new Word(t, 0, t.length()))).count() >= 2) { // "Mrs. Clinton" names no one in full
        namedNearby = m.person();
        if (m.offset() >= ownFrom && m.subject()) {
          namedInParagraph.add(m.person());
        }
      }
    }
    if (namedInParagraph.size() == 1) {
      // "Tom Baird met voters at the gate. Later, Baird said …": the one of them the paragraph names in
      // full as a subject
      return namedInParagraph.iterator().next();
    }
    if (counts.isEmpty()) {
      return null;
    }
    Person first = counts.keySet().iterator().next();
    int lead = counts.get(first);
    boolean standsOut = counts.entrySet().stream().allMatch(e -> e.getKey() == first || e.getValue() < lead);
    if (!standsOut) {
      // "… at the urging of his wife, Jane Sanders": one introduced as the relative of another is not the
      // article's principal; when the one met first is the only one not such a relative, it is that one
      List<Person> principals = counts.keySet().stream().filter(p -> p.roles.stream().noneMatch(KIN::contains)).toList();
      if (principals.size() == 1 && principals.get(0) == first) {
        return namedNearby == null || namedNearby == first ? first : null;
      }
    }
    return standsOut && (namedNearby == null || namedNearby == first) ? first : null;
  }

  private String textOf(Mention m) {
    return ctx.text().substring(m.offset(), Math.max(m.offset(), m.end()));
  }
}
