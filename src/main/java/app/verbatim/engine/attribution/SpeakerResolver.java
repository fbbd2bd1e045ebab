package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.joinText;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Says who speaks each quotation of one document, as a pipeline of small rules ("sieves", after CoreNLP's
 * quote attribution): read the people in the prose; for each quotation, the first cue sieve that finds
 * the reporter's words naming the speaker, then the first mention sieve that turns those words into a
 * person; then the quotation sieves that supply a speaker where the cue gave none; last, headline echoes.
 * Every answer keeps the sieve that decided and the words it read. Unknown stays unknown.
 */
final class SpeakerResolver {
  private final AttributionContext ctx;
  private final List<CueSieve> cueSieves;
  private final List<MentionSieve> mentionSieves;
  private final List<QuoteSieve> quoteSieves;
  private final HeadlineEchoSieve headlineEcho;
  private final RepeatedPassageSieve repeated;

  SpeakerResolver(String text, List<Paragraph> paragraphs, List<FoundQuote> quotes) {
    ctx = new AttributionContext(text, paragraphs, quotes);
    AfterQuoteSieve after = new AfterQuoteSieve(ctx);
    BeforeQuoteSieve before = new BeforeQuoteSieve(ctx);
    cueSieves = List.of(after, new SignatureParagraphSieve(ctx), new AsPutItSieve(ctx), before,
        new ColonParagraphSieve(ctx, before), new AnswerAfterSieve(ctx),
        new HeadlineNameSieve(ctx), new LaterInSentenceSieve(ctx, after), new ClauseSubjectSieve(ctx));
    PronounSieve pronouns = new PronounSieve(ctx);
    mentionSieves = List.of(new OwnedBodySieve(ctx, pronouns), pronouns, new NamedSieve(ctx), new RoleSieve(ctx, pronouns));
    ContinuationSieve continuation = new ContinuationSieve(ctx, before, this::resolveCue);
    quoteSieves = List.of(new ItSaidSieve(ctx, continuation), new DocumentIssuerSieve(ctx), continuation);
    headlineEcho = new HeadlineEchoSieve(ctx);
    repeated = new RepeatedPassageSieve(ctx);
  }

  /** Everyone the document's prose and cues gave a person (or body) to. */
  List<Person> persons() {
    return ctx.persons();
  }

  List<Attribution> resolve() {
    new PeopleReader(ctx).collectPeople();
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < ctx.quotes().size(); i++) {
      Cue cue = findCue(ctx.quotes().get(i));
      Attribution a = Attribution.NONE;
      if (cue != null) {
        a = resolveCue(cue);
        if (a.person() != null) {
          // a pronoun speaks of a person but does not name them: only a name counts where "named" is shown
          boolean names = cue.np().stream().anyMatch(CueGrammar::isPersonalNameWord);
          ctx.addMention(new Mention(cue.offset(), names ? cue.end() : cue.offset(), a.person(), true, true));
        }
      }
      for (QuoteSieve s : quoteSieves) {
        a = s.apply(i, cue, a, out);
      }
      if (a.person() != null && a.label() != null) {
        a.person().addLabel(a.label());
      }
      out.add(withNamed(a, ctx.quotes().get(i)));
    }
    repeated.apply(out);
    headlineEcho.apply(out);
    return out;
  }

  /** The first cue the cue sieves find, tagged with the sieve that found it; null when none does. */
  Cue findCue(FoundQuote q) {
    for (CueSieve s : cueSieves) {
      Cue c = s.find(q);
      if (c != null) {
        return c.by(s.id());
      }
    }
    return null;
  }

  /** The person the cue's words mean, by the first mention sieve that applies. */
  Attribution resolveCue(Cue cue) {
    for (MentionSieve s : mentionSieves) {
      Attribution a = s.resolve(cue);
      if (a != null) {
        return a.by(s.id(), cue);
      }
    }
    return new Attribution(null, joinText(cue.np()), cue.verb()).by("none", cue);
  }

  /** Where the speaker was last named, when the deciding words only refer back to them. */
  private Attribution withNamed(Attribution a, FoundQuote q) {
    if (a.person() == null || a.named() != null
        || a.cue() != null && a.cue().np().stream().anyMatch(w -> isPersonalNameWord(w))) {
      return a;
    }
    int before = a.cue() != null ? a.cue().offset() : q.start();
    return a.namedAt(ctx.lastNamed(a.person(), before));
  }
}
