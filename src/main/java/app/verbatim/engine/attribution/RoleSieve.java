package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.INDEFINITE;
import static app.verbatim.engine.attribution.CueGrammar.joinText;
import static app.verbatim.engine.attribution.CueGrammar.lowerFirst;
import app.verbatim.engine.attribution.Person.Gender;
import app.verbatim.engine.quotes.Sentences;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A role noun ("the minister", "a senior official", "the 58-year-old union leader") is the latest
 * person whose roles fit, or a described speaker the text never names; a plural ("its leaders") is a
 * group that no one person speaks for.
 */
final class RoleSieve implements MentionSieve {
  private final AttributionContext ctx;
  private final PronounSieve pronouns;

  RoleSieve(AttributionContext ctx, PronounSieve pronouns) {
    this.ctx = ctx;
    this.pronouns = pronouns;
  }

  @Override
  public String id() {
    return "role";
  }

  @Override
  public Attribution resolve(Cue cue) {
    List<Word> np = cue.np();
    String label = joinText(np);
    String first = np.get(0).bare();
    if (np.stream().anyMatch(CueGrammar::isGroupOfRoles)
        && np.stream().noneMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()) || x.capitalized() && !Lexicon.DETERMINERS.contains(x.bare()))) {
      return new Attribution(null, lowerFirst(label), cue.verb()); // "its leaders said": a group, no one speaker
    }
    if (np.stream().anyMatch(x -> Lexicon.isAgeNoun(x.bare()))) {
      // "the 58-year-old" refers back to someone just named, like a pronoun of either gender; "the
      // 54-year-old union leader" to the latest person whose roles fit, or to nobody — never to a new,
      // merely described speaker
      // (its other role words only qualify: "union leader" is someone whose role fits "leader")
      List<Word> head = np.stream().filter(x -> Lexicon.ROLE_NOUNS.contains(x.bare())).toList();
      Person p = head.isEmpty() ? pronouns.antecedent(cue.offset(), Gender.UNKNOWN)
          : byRole(ctx, List.of(head.get(head.size() - 1)), cue.offset());
      return new Attribution(p, lowerFirst(label), cue.verb());
    }
    if (np.stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()))) {
      // "one diplomat", "a senior official", "another minister": someone new, never a person named before
      Person p = INDEFINITE.contains(first) ? null : byRole(ctx, np, cue.offset());
      if (p != null) {
        p = subjectOverHolder(np, p, cue.offset());
      }
      if (p == null) {
        p = ctx.described(np);
      }
      return new Attribution(p, lowerFirst(label), cue.verb());
    }
    return null;
  }

  /**
   * "Cruz defends his record in an advert: “…,” the senator says": a role noun right after a sentence,
   * or in one, that opens with a person the text gives no role at all means that person (the reporter's
   * way of not repeating a name), not the holder of the role met further back.
   */
  private Person subjectOverHolder(List<Word> np, Person holder, int offset) {
    if (np.stream().anyMatch(w -> CueGrammar.BODY_NOUNS.contains(w.bare()))) {
      return holder; // "the Trump campaign" is a body, whoever opens the sentence
    }
    Paragraph para = ctx.paragraphOf(offset);
    Sentences sentences = ctx.sentences(para);
    int own = sentences.startOf(offset);
    int from = own;
    int stop = own - 1;
    while (stop > para.span().start() && Character.isWhitespace(ctx.text().charAt(stop))) {
      stop--;
    }
    if (stop > para.span().start()) {
      from = sentences.startOf(stop);
    }
    for (int k = ctx.firstMentionAtOrAfter(offset) - 1; k >= 0; k--) {
      Mention m = ctx.mentions().get(k);
      if (m.offset() < from) {
        return holder;
      }
      if (m.person() == holder) {
        return holder; // the holder is named nearer: the role is theirs
      }
      if (m.subject() && m.person().personLike && m.person().roles.isEmpty() && !m.person().name.isEmpty()
          && opensSentence(sentences, m.offset())) {
        return m.person();
      }
    }
    return holder;
  }

  /** Only a conjunction, if anything, stands before {@code offset} in its sentence: "But Cruz said …". */
  private boolean opensSentence(Sentences sentences, int offset) {
    List<Word> before = ctx.prose(sentences.startOf(offset), offset);
    return before.isEmpty() || before.size() == 1 && CONJUNCTIONS.contains(before.get(0).bare());
  }

  /** Words that may open a sentence before its subject: "But Cruz defends …". */
  private static final Set<String> CONJUNCTIONS = Lexicon.setOf("conjunctions.txt");

  /** "the minister", "the North Korean top diplomat": the latest person whose roles fit. */
  static Person byRole(AttributionContext ctx, List<Word> np, int offset) {
    String head = null;
    List<String> modifiers = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    for (Word w : np) {
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
    for (int k = ctx.mentions().size() - 1; k >= 0; k--) {
      Mention m = ctx.mentions().get(k);
      if (m.offset() < offset && fits(m.person(), head, modifiers, qualifiers, true)) {
        return m.person();
      }
    }
    // a role first, the name later ("the foreign minister … Foreign Minister Ri Yong Ho"): the same role
    // word only — "the senator" is no "Sen." the text names after it, who is more often someone else
    for (Person p : ctx.persons()) {
      if (fits(p, head, modifiers, qualifiers, false)) {
        return p;
      }
    }
    return null;
  }

  /** Titles a role noun also answers to ("Sen. Ana Ruiz" is "the senator"), from the lexicon. */
  private static final java.util.Map<String, Set<String>> ALSO_CALLED = Lexicon.ROLE_ALSO_CALLED;

  private static boolean fits(Person p, String head, List<String> modifiers, List<String> qualifiers, boolean abbreviated) {
    if (p.name.isEmpty()) {
      return false;
    }
    boolean headFits = p.roles.contains(head)
        || abbreviated && ALSO_CALLED.getOrDefault(head, Set.of()).stream().anyMatch(p.roles::contains)
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
}
