package app.verbatim.engine;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import java.util.List;
import java.util.Optional;

/** One short article (d1) compared with a quote-less one, for tests of a single engine rule. */
final class OneArticle {
  private OneArticle() {}

  static Comparison compare(String text) {
    return compare(text, "None.");
  }

  /** The article (d1) beside a second one (d2) of the test's own. */
  static Comparison compare(String text, String other) {
    return new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null, text),
        new Article("Other", null, null, "en", null, other)));
  }

  /** The first quotation of d1 holding these words, if the engine found one. */
  static Optional<Quote> find(Comparison c, String words) {
    return find(c, "d1", words);
  }

  static Optional<Quote> find(Comparison c, String documentId, String words) {
    return c.quotesOf(documentId).stream().filter(q -> q.text().contains(words)).findFirst();
  }

  static Quote quote(Comparison c, String words) {
    return find(c, words).orElseThrow(() -> new AssertionError("no quotation holds: " + words));
  }

  /** The name of that quotation's speaker, or null when the engine left it unknown. */
  static String speakerOf(Comparison c, String words) {
    return c.speaker(quote(c, words).speakerId()).map(s -> s.name()).orElse(null);
  }
}
