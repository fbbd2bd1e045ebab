package app.verbatim.engine.align;

import static app.verbatim.engine.text.QuoteWordsFixture.words;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Relation;
import org.junit.jupiter.api.Test;

/** A link is a value: its two quotations in the order given, a similarity and a relation. */
class QuoteLinkTest {
  private static final QuoteWords A = words("q1", "d1", "s1", "The ferry will run all winter.");
  private static final QuoteWords B = words("q2", "d2", "s1", "the ferry will run all winter");

  @Test
  void holdsWhatItIsGiven() {
    QuoteLink l = new QuoteLink(A, B, 0.5, Relation.OVERLAP);
    assertThat(l.a().quote().id()).isEqualTo("q1");
    assertThat(l.b().quote().id()).isEqualTo("q2");
    assertThat(l.similarity()).isEqualTo(0.5);
    assertThat(l.relation()).isEqualTo(Relation.OVERLAP);
  }

  @Test
  void twoLinksOfTheSamePairAndScoreAreEqual() {
    assertThat(new QuoteLink(A, B, 1.0, Relation.IDENTICAL)).isEqualTo(new QuoteLink(A, B, 1.0, Relation.IDENTICAL))
        .hasSameHashCodeAs(new QuoteLink(A, B, 1.0, Relation.IDENTICAL));
    // the order of the pair is part of the value
    assertThat(new QuoteLink(A, B, 1.0, Relation.IDENTICAL)).isNotEqualTo(new QuoteLink(B, A, 1.0, Relation.IDENTICAL));
  }

  @Test
  void theAlignerGivesThePairInTheOrderOfItsInput() {
    QuoteLink l = new QuoteAligner().align(java.util.List.of(A, B)).get(0);
    assertThat(l).isEqualTo(new QuoteLink(A, B, 1.0, Relation.IDENTICAL));
  }
}
