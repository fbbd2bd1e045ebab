package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two quotations one attribution apart are one utterance only when the first runs on. */
class SplitQuoteRuleTest {
  private final SplitQuoteRule rule = new SplitQuoteRule();

  /** The chain of the quotation written (marks included) at its first occurrence in the text. */
  private static QuoteChain chain(String text, String quoted, int paragraph) {
    int at = text.indexOf(quoted);
    Span marked = new Span(at, at + quoted.length());
    Span part = new Span(at + 1, at + quoted.length() - 1);
    return new QuoteChain(List.of(marked), List.of(part), paragraph);
  }

  @Test
  void aQuotationSplitBySheSaidIsOne() {
    String text = "“Let me be clear,” she said, “we will not move.”";
    assertThat(rule.joins(text, chain(text, "“Let me be clear,”", 0), chain(text, "“we will not move.”", 0))).isTrue();
  }

  @Test
  void aNoBreakSpaceBeforeTheSecondPartStillJoins() {
    String text = "\"They walk out,\" he said.\u00a0\"Everybody walks out, right?\"";
    assertThat(rule.joins(text, chain(text, "\"They walk out,\"", 0), chain(text, "\"Everybody walks out, right?\"", 0)))
        .isTrue();
  }

  @Test
  void joinMakesOneChainInTwoParts() {
    String text = "“Let me be clear,” said Ana Ruiz. “We will not move.”";
    List<QuoteChain> joined = rule.join(text,
        List.of(chain(text, "“Let me be clear,”", 4), chain(text, "“We will not move.”", 4)));
    assertThat(joined).hasSize(1);
    assertThat(joined.get(0).parts()).extracting(s -> s.of(text)).containsExactly("Let me be clear,", "We will not move.");
    assertThat(joined.get(0).paragraph()).isEqualTo(4);
  }

  @Test
  void aFirstPartThatEndsItsSentenceStandsAlone() {
    String text = "“We are ready.” Ana Ruiz said. “Nothing more.”";
    assertThat(rule.joins(text, chain(text, "“We are ready.”", 0), chain(text, "“Nothing more.”", 0))).isFalse();
  }

  @Test
  void aSecondPartWithItsOwnAttributionIsAnotherSpeaker() {
    String text = "“We agree,” said Ana Ruiz, “but only for today,” Tomas Varga replied.";
    assertThat(rule.joins(text, chain(text, "“We agree,”", 0), chain(text, "“but only for today,”", 0))).isFalse();
  }

  @Test
  void aNewClauseBetweenThePartsEndsTheFirst() {
    String text = "“We agree,” she said when the vote was over, “and we will sign.”";
    assertThat(rule.joins(text, chain(text, "“We agree,”", 0), chain(text, "“and we will sign.”", 0))).isFalse();
  }

  @Test
  void partsInDifferentParagraphsAreNotJoined() {
    String text = "“Let me be clear,” she said, “we will not move.”";
    List<QuoteChain> chains = List.of(chain(text, "“Let me be clear,”", 0), chain(text, "“we will not move.”", 1));
    assertThat(rule.join(text, chains)).hasSize(2);
  }

  @Test
  void aFragmentRunningOnIntoANewSentenceIsNoContinuation() {
    String text = "“The port is safe for now,” Varga said. “You cannot start the work” until the tide turns, she added.";
    assertThat(rule.joins(text, chain(text, "“The port is safe for now,”", 0), chain(text, "“You cannot start the work”", 0)))
        .isFalse();
  }

  @Test
  void aParticipleCueBetweenThePartsOpensASecondQuotation() {
    String text = "“The port is safe for now,” Varga said, adding, “the tide will not wait.”";
    assertThat(rule.joins(text, chain(text, "“The port is safe for now,”", 0), chain(text, "“the tide will not wait.”", 0)))
        .isFalse();
  }

  @Test
  void aSecondReportingVerbBetweenThePartsStartsAnotherAttribution() {
    String text = "“We have begun the talks,” said Ana Ruiz, who said she would vote no. “Nothing is settled.”";
    assertThat(rule.joins(text, chain(text, "“We have begun the talks,”", 0), chain(text, "“Nothing is settled.”", 0)))
        .isFalse();
  }

  @Test
  void aParticipleWithItsObjectBetweenThePartsStartsAnotherAttribution() {
    String text = "“We have begun the talks,” Ms. Ruiz said, adding of the mayor, “He wants it done.”";
    assertThat(rule.joins(text, chain(text, "“We have begun the talks,”", 0), chain(text, "“He wants it done.”", 0)))
        .isFalse();
  }
}
