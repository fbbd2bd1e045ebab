package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A passage the article prints twice, named only once: the unattributed rendering takes the speaker. */
class RepeatedPassageSieveTest {

  private static final String PASSAGE = "the harbour will stay open through the winter whatever the council decides";

  @Test
  void theEarlierRenderingWithoutACueTakesTheLaterSpeaker() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "The storm passed on Monday. “It is plain that " + PASSAGE + ".”\n\n"
        + "Crews worked through the night.\n\n"
        + "“It is plain that " + PASSAGE + ",” Mayor Lena Ostrova said at the quay.\n");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Lena Ostrova");
    assertThat(a.get(0).sieve()).isEqualTo("repeated");
  }

  @Test
  void aShortCommonPhraseTiesNothing() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "The storm passed on Monday. “We will see.”\n\n"
        + "Crews worked through the night.\n\n"
        + "“We will see,” Mayor Lena Ostrova said at the quay.\n");
    assertThat(SieveFixture.who(a.get(0))).isNull();
  }
}
