package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.DiffKind;
import app.verbatim.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two short-quote rules and one word-diff rule, on text written for them. */
class ShortQuotesAndPartEndsTest {
  private final VerbatimEngine engine = new VerbatimEngine();

  private static Article article(String outlet, String text) {
    return new Article(outlet, null, null, "en", null, text);
  }

  @Test
  void aHeadlinesTwoWordsRightAfterItsVerbAreSpeechButATermInProseIsNot() {
    Comparison c = engine.compare(List.of(
        article("A", "Union leader vows to 'stand firm' as talks collapse\n\n"
            + "The so-called 'fair deal' was rejected. The proposed 'green corridor' has stalled.\n\n"
            + "'We will not give in,' said Owen Hale, the union's leader."),
        article("B", "No quotations here.")));
    List<String> quotes = c.quotesOf("d1").stream().map(Quote::text).toList();
    assertThat(quotes).anyMatch(t -> t.contains("stand firm"));
    assertThat(quotes).noneMatch(t -> t.contains("fair deal") || t.contains("green corridor"));
    assertThat(c.scareQuotes()).extracting(s -> s.text()).contains("fair deal", "green corridor");
  }

  @Test
  void theStopBeforeTheAttributionOfASplitQuotationIsNoSpellingVariant() {
    Comparison c = engine.compare(List.of(
        article("A", "Talks\n\n'Nobody wins a strike like this,' Mr Pike said. 'Not the workers, not the public.'"),
        article("B", "Talks\n\n\"Nobody wins a strike like this,\" Graham Pike said.")));
    Alignment a = c.alignments().get(0);
    String text = c.document("d1").orElseThrow().text();
    assertThat(a.diff()).filteredOn(d -> d.documentId().equals("d1") && d.span().of(text).contains("this"))
        .isNotEmpty()
        .noneMatch(d -> d.kind() == DiffKind.VARIANT);
  }
}
