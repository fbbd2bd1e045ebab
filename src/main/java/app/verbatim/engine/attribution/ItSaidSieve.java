package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.joinText;
import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * "…," it said: "it" is a body, never a person: the one that opens the sentence before, or the body
 * that spoke just before, or nobody.
 */
final class ItSaidSieve implements QuoteSieve {
  private final AttributionContext ctx;
  private final ContinuationSieve continuation;

  ItSaidSieve(AttributionContext ctx, ContinuationSieve continuation) {
    this.ctx = ctx;
    this.continuation = continuation;
  }

  @Override
  public String id() {
    return "organisation";
  }

  @Override
  public Attribution apply(int index, Cue cue, Attribution a, List<Attribution> done) {
    if (a.person() != null || cue == null || cue.np().size() != 1 || !cue.np().get(0).bare().equals("it")) {
      return a;
    }
    Person body = bodyOpeningSentenceBefore(cue.offset());
    if (body == null) {
      Attribution before = continuation.continuation(ctx.quotes().get(index), index, done);
      body = before.person() != null && !before.person().personLike ? before.person() : null;
    }
    return new Attribution(body, "it", cue.verb(), id(), cue, null);
  }

  /**
   * The body that opens the sentence before {@code offset} in its paragraph: "The Kremlin, which has
   * backed Ostmark, struck a similar tone." → the Kremlin; null when that sentence opens otherwise or
   * with a person.
   */
  private Person bodyOpeningSentenceBefore(int offset) {
    List<Word> w = ctx.sentenceBefore(offset);
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
    List<Word> name = w.subList(1, k);
    if (k >= w.size() || w.get(k).possessive() || name.size() > 4) {
      return null;
    }
    Person known = ctx.match(name);
    if (known != null && known.personLike) {
      return null;
    }
    return ctx.organisation(joinText(name));
  }
}
