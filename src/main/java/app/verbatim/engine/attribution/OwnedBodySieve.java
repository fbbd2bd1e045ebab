package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.joinText;
import static app.verbatim.engine.attribution.CueGrammar.lowerFirst;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;
import java.util.Set;

/**
 * A body a person owns speaks for itself, under the owner's name: "the Varga campaign", "Varga's
 * campaign", "her campaign" (she = the person the pronoun means) → the Varga campaign, a body, never
 * Varga; nobody when the owner is unknown.
 */
final class OwnedBodySieve implements MentionSieve {
  static final Set<String> OWNED = Lexicon.setOf("owned-bodies.txt");

  private final AttributionContext ctx;
  private final PronounSieve pronouns;

  OwnedBodySieve(AttributionContext ctx, PronounSieve pronouns) {
    this.ctx = ctx;
    this.pronouns = pronouns;
  }

  @Override
  public String id() {
    return "organisation"; // a body speaks, as for "it said"
  }

  /** The owner's words of an owned body's phrase ("the Varga campaign", "Varga's campaign", "her campaign"), or empty. */
  static List<Word> owner(List<Word> np) {
    if (np.size() < 2 || np.size() > 4) {
      return List.of();
    }
    Word head = np.get(np.size() - 1);
    if (head.capitalized() || head.possessive() || !OWNED.contains(head.bare())) {
      return List.of();
    }
    Word first = np.get(0);
    if (np.size() == 2 && Set.of("his", "her").contains(first.bare())) {
      return List.of(first);
    }
    int s = first.bare().equals("the") && !np.get(1).possessive() ? 1 : 0;
    List<Word> name = np.subList(s, np.size() - 1);
    if (name.isEmpty()) {
      return List.of();
    }
    boolean possessive = name.get(name.size() - 1).possessive();
    if (s == 0 && !possessive || s == 1 && possessive
        || !name.stream().allMatch(x -> isPersonalNameWord(x) && !x.isPunct())) {
      return List.of();
    }
    return name;
  }

  @Override
  public Attribution resolve(Cue cue) {
    List<Word> owner = owner(cue.np());
    if (owner.isEmpty()) {
      return null;
    }
    String head = cue.np().get(cue.np().size() - 1).bare();
    String label = lowerFirst(joinText(cue.np()));
    Person p;
    if (!owner.get(0).capitalized() || Set.of("his", "her").contains(owner.get(0).bare())) {
      Word o = owner.get(0);
      Word pronoun = new Word(o.bare().equals("her") ? "she" : "he", o.start(), o.end());
      p = pronouns.resolve(new Cue(List.of(pronoun), cue.verb(), cue.offset())).person();
    } else {
      p = ctx.match(owner);
      if (p == null && ctx.lastMatchAmbiguous()) {
        p = ctx.principal(owner, cue.offset());
      } else if (p == null) {
        return null; // "the Not1More campaign": no person's, so a body named in its own right
      }
    }
    if (p == null || !p.personLike || p.name.isEmpty()) {
      return new Attribution(null, label, cue.verb());
    }
    String surname = p.name.get(p.name.size() - 1);
    return new Attribution(ctx.organisation(surname + " " + head), label, cue.verb());
  }
}
