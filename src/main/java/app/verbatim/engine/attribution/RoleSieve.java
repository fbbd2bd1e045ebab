package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.INDEFINITE;
import static app.verbatim.engine.attribution.CueGrammar.joinText;
import static app.verbatim.engine.attribution.CueGrammar.lowerFirst;
import app.verbatim.engine.attribution.Person.Gender;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
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
      if (p == null) {
        p = ctx.described(np);
      }
      return new Attribution(p, lowerFirst(label), cue.verb());
    }
    return null;
  }

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
