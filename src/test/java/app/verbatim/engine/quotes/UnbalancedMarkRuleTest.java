package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.quotes.MarkPairing.MarkSegment;
import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.engine.quotes.UnbalancedMarkRule.Verdict;
import org.junit.jupiter.api.Test;

/** What an opening mark that nothing closes becomes. */
class UnbalancedMarkRuleTest {
  private final UnbalancedMarkRule rule = new UnbalancedMarkRule();

  private Verdict judge(String text, char mark, Family family, boolean opensAsSpeech) {
    return rule.judge(text, new MarkSegment(text.indexOf(mark), -1, family, 0), opensAsSpeech);
  }

  @Test
  void aMarkLeftOpenMidSentenceIsAStrayWithAWarning() {
    Verdict v = judge("The bridge, known as “the Needle, opened in May.", '“', Family.DOUBLE, false);
    assertThat(v).isEqualTo(Verdict.STRAY_MID_SENTENCE);
    assertThat(v.kept()).isFalse();
    assertThat(v.warning()).contains("mid-sentence");
  }

  @Test
  void speechWithoutItsClosingMarkEndsWithItsParagraph() {
    Verdict dbl = judge("Ruiz said: “We will not move an inch", '“', Family.DOUBLE, true);
    assertThat(dbl).isEqualTo(Verdict.ENDS_WITH_PARAGRAPH);
    assertThat(dbl.kept()).isTrue();
    assertThat(dbl.warning()).contains("end of its paragraph");
    assertThat(judge("Ruiz said: ‘We will not move an inch", '‘', Family.SINGLE, true)).isEqualTo(Verdict.ENDS_WITH_PARAGRAPH);
  }

  @Test
  void aLoneStraightSingleMarkIsAnApostrophe() {
    Verdict v = judge("The class of '98 met again at the harbour.", '\'', Family.SINGLE, true);
    assertThat(v).isEqualTo(Verdict.APOSTROPHE);
    assertThat(v.kept()).isFalse();
    assertThat(v.warning()).isNull();
  }
}
