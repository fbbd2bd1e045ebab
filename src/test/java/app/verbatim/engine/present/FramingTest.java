package app.verbatim.engine.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How outlets framed a quotation: verb tone and how the speaker is named (no window needed). */
class FramingTest {
  @Test
  void saidAndToldAreNeutralClaimedAndInsistedLoaded() {
    assertThat(Framing.verbTone("said")).isEqualTo("neutral");
    assertThat(Framing.verbTone("told")).isEqualTo("neutral");
    assertThat(Framing.verbTone("claimed")).isEqualTo("loaded");
    assertThat(Framing.verbTone("insisted")).isEqualTo("loaded");
    assertThat(Framing.verbTone("Admitted")).isEqualTo("loaded");
    assertThat(Framing.verbTone("pointed out")).isEmpty();
    assertThat(Framing.verbTone(null)).isEmpty();
  }

  @Test
  void theSpeakerIsNamedByNameRoleOrPronoun() {
    assertThat(Framing.naming("Ri", "Ri Yong Ho")).isEqualTo("name");
    assertThat(Framing.naming("Foreign Minister Ri Yong-ho", "Ri Yong Ho")).isEqualTo("name");
    assertThat(Framing.naming("the foreign minister", "Ri Yong Ho")).isEqualTo("role");
    assertThat(Framing.naming("he", "Ri Yong Ho")).isEqualTo("pronoun");
    assertThat(Framing.naming(null, "Ri Yong Ho")).isEqualTo("—");
  }
}
