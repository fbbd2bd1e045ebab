package app.verbatim.engine.text;

import static app.verbatim.engine.text.QuoteWordsFixture.parts;
import static app.verbatim.engine.text.QuoteWordsFixture.withEditorial;
import static app.verbatim.engine.text.QuoteWordsFixture.words;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Evidence;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation's words ready for comparison: the speaker's words only, keyed, two-word units joined. */
class QuoteWordsTest {
  @Test
  void theKeysAreTheComparisonFormsWithTwoWordUnitsJoined() {
    QuoteWords q = words("q1", "d1", "s1", "The United States will pay forty per cent.");
    assertThat(q.keys()).containsExactly("the", "usa", "will", "pay", "40", "percent");
    assertThat(q.size()).isEqualTo(6);
    assertThat(q.tokens()).hasSize(8); // the words as printed stay one each
    assertThat(q.keyed().get(1)).isEqualTo(new VariantRules.Keyed("usa", 1, 3));
  }

  @Test
  void anEditorialInsertionIsNotTheSpeakersWords() {
    QuoteWords q = withEditorial("q1", "d1", "s1", "We will not sign [the treaty] this year.", "[the treaty]");
    assertThat(q.keys()).containsExactly("we", "will", "not", "sign", "this", "year");
    assertThat(q.tokens()).extracting(Token::surface).doesNotContain("[the", "treaty]");
  }

  @Test
  void aWordTouchingAnInsertionIsKeptAndOneItCutsIsLeftOut() {
    String text = "We agree[d] to sign";
    Quote quote = new Quote("q1", "d1", List.of(new Span(0, text.length())), text, QuoteKind.DIRECT, "s1", null, "said",
        new Position(Section.BODY, 1), List.of(new Span(8, 11)), Evidence.NONE);
    // "agree[d]" is one run of characters: it overlaps the insertion, so the whole word goes
    assertThat(QuoteWordsFixture.of(quote, text).keys()).containsExactly("we", "to", "sign");
    Token we = new Token(0, 2, "We", "We", "we");
    Token to = new Token(12, 14, "to", "to", "to");
    assertThat(QuoteWords.inEditorial(quote, we)).isFalse();
    assertThat(QuoteWords.inEditorial(quote, new Token(11, 12, "x", "x", "x"))).isFalse(); // starts at its end
    assertThat(QuoteWords.inEditorial(quote, new Token(3, 11, "agree[d]", "agree[d", "agreed"))).isTrue();
    assertThat(QuoteWords.inEditorial(quote, to)).isFalse();
  }

  @Test
  void aSliceIsThoseKeysAloneWithTheirTokens() {
    QuoteWords q = words("q1", "d1", "s1", "Talks in the United States resume today.");
    QuoteWords s = q.slice(2, 4); // "the", "usa"
    assertThat(s.keys()).containsExactly("the", "usa");
    assertThat(s.tokens()).extracting(Token::core).containsExactly("the", "United", "States");
    assertThat(s.keyed()).containsExactly(new VariantRules.Keyed("the", 0, 1), new VariantRules.Keyed("usa", 1, 3));
    assertThat(s.quote()).isSameAs(q.quote());
  }

  @Test
  void aSliceOfEverythingIsTheQuotationItself() {
    QuoteWords q = words("q1", "d1", "s1", "Talks resume today.");
    assertThat(q.slice(0, 3)).isSameAs(q);
  }

  @Test
  void theSpansOfSomeKeysAreCutWhereTheQuotationsPartsAre() {
    // document text "The talks have stalled | we are ready now": parts [0,22) and [25,41)
    QuoteWords q = parts("q1", "d1", "s1", "The talks have stalled", "we are ready now");
    String text = QuoteWordsFixture.text("The talks have stalled", "we are ready now");
    assertThat(q.spansOf(2, 6)).extracting(s -> s.of(text)).containsExactly("have stalled", "we are");
    assertThat(q.spansOf(0, 2)).containsExactly(new Span(0, 9));
  }
}
