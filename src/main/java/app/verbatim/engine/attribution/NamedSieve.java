package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.GEO_ORG;
import static app.verbatim.engine.attribution.CueGrammar.NAME_PARTICLES;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import static app.verbatim.engine.attribution.CueGrammar.joinText;
import static app.verbatim.engine.attribution.CueGrammar.lastNameRun;
import static app.verbatim.engine.attribution.CueGrammar.lowerFirst;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A name in the cue's phrase ("North Korean Foreign Minister Ri Yong Ho", "Pompeo") is the person of
 * that name: one met before, or someone new. A surname two people share names neither. "The Ministry"
 * is the body the text named in full before.
 */
final class NamedSieve implements MentionSieve {
  private final AttributionContext ctx;

  NamedSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "named";
  }

  /** The index of the last title in a run of capitals ("Foreign Minister"), or -1. */
  private int lastTitle(List<Word> run) {
    int lastTitle = -1;
    for (int k = 0; k < run.size(); k++) {
      if (isTitle(run.get(k))) {
        lastTitle = k;
      }
    }
    return lastTitle;
  }

  /** The name after the titles, without words that are never names or a day after it. */
  private static List<Word> nameAfter(List<Word> run, int lastTitle) {
    List<Word> name = new ArrayList<>(run.subList(lastTitle + 1, run.size()));
    while (!name.isEmpty() && Lexicon.NOT_NAMES.contains(name.get(0).bare())) {
      name.remove(0);
    }
    while (name.size() > 1 && CueGrammar.TIME_WORDS.contains(name.get(name.size() - 1).bare())) {
      name.remove(name.size() - 1); // "told Broaddrick Sunday": a day, not part of the name
    }
    return name;
  }

  @Override
  public Attribution resolve(Cue cue) {
    if (quotedTitle(cue.np())) {
      return null; // "a contestant on the show “The Lodge,” who …, said": the capitals are a title, no one
    }
    List<Word> np = CueGrammar.nameBeforeOf(cue.np()); // "Tomas Varga of Brenn said": Varga, not Brenn
    String label = joinText(np);
    List<Word> run = lastNameRun(np);
    Word last = np.get(np.size() - 1);
    boolean hasRoleHead = Lexicon.ROLE_NOUNS.contains(last.bare()) && !last.capitalized();
    // "another Twitter user", "the RNC member", "the president of Judicial Watch": the capitals only
    // describe a lower-case head, which is the speaker — never the name they spell
    boolean describes = Lexicon.DETERMINERS.contains(np.get(0).bare()) && !np.get(0).capitalized()
        && !last.capitalized() && !last.isPunct() && !NAME_PARTICLES.contains(last.text());
    int object = objectOfPreposition(np, run);
    if (object > 0) {
      // "one of the lawyers for Tomas Varga said", "a study by economists Dana Ilves": the name is the
      // object of a preposition; the speaker is the one the whole phrase describes, not the name
      return new Attribution(ctx.described(np), lowerFirst(label), cue.verb());
    }
    if (!run.isEmpty() && !hasRoleHead && describes && !roleOf(np, run)) {
      // someone the text describes, not the person or body the capitals name ("one Trump confidant")
      return new Attribution(ctx.described(np), lowerFirst(label), cue.verb());
    }
    if (!run.isEmpty() && !hasRoleHead && !describes && !roleOf(np, run)) {
      int lastTitle = lastTitle(run);
      List<Word> name = nameAfter(run, lastTitle);
      if (name.size() == 1 && lastTitle < 0 && GEO_ORG.contains(name.get(0).bare())
          && Lexicon.DETERMINERS.contains(np.get(0).bare())) {
        // "the Ministry said": the body the text named in full before ("The Ministry of Foreign
        // Affairs announces …"), never a person called Ministry
        String full = ctx.fullOrganisationName(name.get(0).text(), cue.offset());
        if (full != null) {
          return new Attribution(ctx.organisation(full), lowerFirst(label), cue.verb());
        }
      }
      if (!name.isEmpty()) {
        Person p = ctx.match(name);
        if (p == null && ctx.lastMatchAmbiguous()) {
          Person titled = ctx.byTitleGender(name, lastTitle >= 0 ? run.subList(0, lastTitle + 1) : titleBefore(name)); // "Mrs. Clinton"
          Person chosen = titled != null ? titled : ctx.principal(name, cue.offset());
          if (chosen == null) {
            // "“…,” Cheney said. “…,” she added.": whoever of them speaks here, a pronoun after it means them
            ctx.sharedNames().add(new AttributionContext.SharedName(cue.offset(), ctx.candidates(name), true));
          }
          return new Attribution(chosen, label, cue.verb());
        }
        if (p == null && name.size() >= 2 && ctx.commonWord(name.get(0))) {
          // "Calls Varga's plan 'reckless'", "Understated Ostrova: '…'": a capitalized common word before
          // a person already met is no part of their name
          Person rest = ctx.match(name.subList(1, name.size()));
          if (rest == null && ctx.lastMatchAmbiguous()) {
            return new Attribution(ctx.principal(name.subList(1, name.size()), cue.offset()), label, cue.verb());
          }
          p = rest;
        }
        if (p == null && name.size() >= 2 && inHeadline(cue)) {
          // "Varga Scolds Harbour Board: '…'": a headline's capitals run the name into its verb and
          // object; the speaker is the person the story names inside that run, or no one — a new person
          // "Varga Scolds Harbour Board" would only make the story's own "Varga" ambiguous
          return new Attribution(knownInside(name), label, cue.verb());
        }
        if (p == null) {
          p = newSpeaker(name, lastTitle >= 0);
        }
        for (int k = 0; k <= lastTitle; k++) {
          p.roles.add(run.get(k).bare());
        }
        return new Attribution(p, label, cue.verb());
      }
    }
    return null;
  }

  /** Someone the text names for the first time in a cue. */
  private Person newSpeaker(List<Word> name, boolean titled) {
    Person p = new Person();
    Person.absorbName(p, name);
    // "Kessel Board of Elections", "Daily Courier News": a body's name, which no "she" or "he" may mean
    Word head = name.get(name.size() - 1);
    p.personLike = (titled || name.size() >= 2)
        && !CueGrammar.BODY_NOUNS.contains(head.bare()) && !GEO_ORG.contains(head.bare());
    ctx.persons().add(p);
    return p;
  }

  /**
   * The title right before a name that the cue's phrase left out ("Mrs. Clinton told voters": the
   * phrase is "Clinton"), which still tells which of two Clintons speaks; empty if none.
   */
  private List<Word> titleBefore(List<Word> name) {
    int at = name.get(0).start();
    List<Word> before = ctx.prose(ctx.paragraphOf(at).span().start(), at);
    if (before.isEmpty()) {
      return List.of();
    }
    Word t = before.get(before.size() - 1);
    return isTitle(t) && at - t.end() <= 1 ? List.of(t) : List.of();
  }

  /** Prepositions whose object a name may be inside a described speaker's phrase. */
  private static final java.util.Set<String> OBJECT_PREPOSITIONS = Lexicon.setOf("object-prepositions.txt");

  /**
   * Where the last preposition before the name run stands when the phrase opens in lower case or with a
   * determiner ("one of the lawyers for Tomas Varga"), so the name is its object; -1 otherwise.
   */
  private static int objectOfPreposition(List<Word> np, List<Word> run) {
    if (run.isEmpty() || np.get(0).capitalized() && !Lexicon.DETERMINERS.contains(np.get(0).bare())) {
      return -1;
    }
    int at = np.indexOf(run.get(0));
    for (int k = at - 1; k >= 1; k--) {
      Word x = np.get(k);
      if (!x.capitalized() && OBJECT_PREPOSITIONS.contains(x.bare())) {
        // "the president of Judicial Watch": a role of a body is that body's voice, read elsewhere
        boolean roleOfBody = x.bare().equals("of") && CueGrammar.isRoleNoun(np.get(k - 1));
        // "master of ceremonies Dana Ilves": "of" belongs to the title before the name, who speaks
        boolean titleBeforeName = x.bare().equals("of") && at - k > 1;
        return roleOfBody || titleBeforeName ? -1 : k;
      }
    }
    return -1;
  }

  private boolean inHeadline(Cue cue) {
    Section s = ctx.paragraphOf(cue.offset()).section();
    return s == Section.HEADLINE || s == Section.SUBHEADING;
  }

  /** The leftmost, then longest, part of a run of capitals that names one person the text knows. */
  private Person knownInside(List<Word> name) {
    for (int from = 0; from < name.size(); from++) {
      for (int to = name.size(); to > from; to--) {
        if (from == 0 && to == name.size()) {
          continue;
        }
        Person p = ctx.match(name.subList(from, to));
        if (p != null && p.personLike) {
          return p;
        }
      }
    }
    return null;
  }

  /** The name run follows "ROLE of": "the president of Judicial Watch", "head of the Harbour Authority". */
  private static boolean roleOf(List<Word> np, List<Word> run) {
    if (run.isEmpty()) {
      return false;
    }
    int at = np.indexOf(run.get(0));
    for (int k = at - 1; k >= 1 && at - k <= 2; k--) {
      if (np.get(k).text().equals("of")) {
        return Lexicon.ROLE_NOUNS.contains(np.get(k - 1).bare()) && !np.get(k - 1).capitalized();
      }
    }
    return false;
  }

  /** Capitals set between quotation marks ("“The Lodge,”"): the title of a work, not a name. */
  private boolean quotedTitle(List<Word> np) {
    if (np.isEmpty()) {
      return false;
    }
    String text = ctx.text();
    int before = np.get(0).start() - 1;
    while (before >= 0 && Character.isSpaceChar(text.charAt(before))) {
      before--;
    }
    int after = np.get(np.size() - 1).end();
    while (after < text.length() && ",.".indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    return before >= 0 && after < text.length() && OPENING.indexOf(text.charAt(before)) >= 0
        && CLOSING.indexOf(text.charAt(after)) >= 0;
  }

  private static final String OPENING = "\"“‘'";
  private static final String CLOSING = "\"”’'";
}
