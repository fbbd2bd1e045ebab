package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Span;
import org.junit.jupiter.api.Test;

/** A fragment inside the reporter's sentence against a whole utterance. */
class PartialQuoteRuleTest {
  private final PartialQuoteRule rule = new PartialQuoteRule();

  private boolean isPartial(String sentence) {
    int open = sentence.indexOf('“');
    return rule.isPartial(sentence, new Span(open + 1, sentence.indexOf('”')), sentence.substring(0, open));
  }

  @Test
  void aQuotationOpeningInLowerCaseIsPartial() {
    assertThat(isPartial("Ruiz put it this way: “an insult to every crew.”")).isTrue();
  }

  @Test
  void aQuotationRightAfterAWordIsPartial() {
    assertThat(isPartial("Ruiz called the offer “Insulting” on Monday.")).isTrue();
  }

  @Test
  void aCapitalAfterAColonOrAtTheSentenceStartIsWhole() {
    assertThat(isPartial("Ruiz said: “We will not move.”")).isFalse();
    assertThat(isPartial("“We will not move,” Ruiz said.")).isFalse();
  }
}
