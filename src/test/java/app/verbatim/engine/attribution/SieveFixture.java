package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.QuoteFinder;
import app.verbatim.engine.text.StructureReader;
import app.verbatim.model.Paragraph;
import java.util.List;

/**
 * One short text read as the resolver reads it (paragraphs, quotations, the people in its prose), so a
 * test can run a single sieve on it. Texts are the test's own sentences.
 */
final class SieveFixture {
  /**
   * Every text gets a headline and an opening paragraph of its own, so its first paragraph is read as
   * body, not as headline or standfirst.
   */
  static final String HEADLINE = "Test report for the sieves\n\n"
      + "The session opened in the morning with a long list of items to discuss.\n\n";

  final AttributionContext ctx;

  SieveFixture(String body) {
    this(body, true);
  }

  /** Without {@code addHeadline}, the text's own first line is its headline. */
  SieveFixture(String body, boolean addHeadline) {
    String text = addHeadline ? HEADLINE + body : body;
    List<Paragraph> paragraphs = new StructureReader().read(text, null);
    List<FoundQuote> quotes = new QuoteFinder().find(text, paragraphs).quotes();
    ctx = new AttributionContext(text, paragraphs, quotes);
    new PeopleReader(ctx).collectPeople();
  }

  /** The first quotation holding these words. */
  FoundQuote quote(String words) {
    for (FoundQuote q : ctx.quotes()) {
      if (q.parts().stream().anyMatch(s -> s.of(ctx.text()).contains(words))) {
        return q;
      }
    }
    throw new AssertionError("no quotation holds: " + words);
  }

  int index(String words) {
    return ctx.quotes().indexOf(quote(words));
  }

  /** The cue's noun phrase as written, or null. */
  static String phrase(Cue cue) {
    return cue == null ? null : CueGrammar.joinText(cue.np());
  }

  /** The display name of an attribution's person, or null. */
  static String who(Attribution a) {
    return a == null || a.person() == null ? null : a.person().displayName();
  }

  /** The whole pipeline on this text, as given (a test that needs a body paragraph adds {@link #HEADLINE}). */
  static List<Attribution> resolveText(String text) {
    List<Paragraph> paragraphs = new StructureReader().read(text, null);
    List<FoundQuote> quotes = new QuoteFinder().find(text, paragraphs).quotes();
    return new SpeakerResolver(text, paragraphs, quotes).resolve();
  }
}
