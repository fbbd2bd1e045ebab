package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which speaker the filter shows after a new analysis (no window needed). */
class SpeakerChoiceTest {
  private static final SpeakerChoice RI_BEFORE = new SpeakerChoice("s2", "Ri Yong Ho", 2, 18);
  /** After a pane is closed the engine numbers its speakers afresh: Ri is s1 now, s2 someone else. */
  private static final List<SpeakerChoice> AFTER = List.of(SpeakerChoice.ALL,
      new SpeakerChoice("s1", "Ri Yong Ho", 1, 14), new SpeakerChoice("s2", "Mike Pompeo", 1, 2));

  @Test
  void theChosenSpeakerIsKeptByNameWhenTheIdsAreNumberedAfresh() {
    assertThat(SpeakerChoice.pick(AFTER, RI_BEFORE, true, null, "s2").name()).isEqualTo("Ri Yong Ho");
    assertThat(SpeakerChoice.pick(AFTER, RI_BEFORE, false, "Ri Yong Ho", "s2").name()).isEqualTo("Ri Yong Ho");
  }

  @Test
  void allSpeakersStaysAllWhenTheAnalystChoseIt() {
    assertThat(SpeakerChoice.pick(AFTER, SpeakerChoice.ALL, true, null, "s1")).isEqualTo(SpeakerChoice.ALL);
  }

  @Test
  void aSpeakerNoLongerQuotedGivesWayToTheFocusSpeaker() {
    SpeakerChoice gone = new SpeakerChoice("s3", "Kim Jong Un", 1, 1);
    assertThat(SpeakerChoice.pick(AFTER, gone, true, "Kim Jong Un", "s2").name()).isEqualTo("Mike Pompeo");
    assertThat(SpeakerChoice.pick(AFTER, null, false, null, "s1").name()).isEqualTo("Ri Yong Ho");
  }

  @Test
  void theToolbarBoxShortensALongNameButKeepsTheCount() {
    SpeakerChoice shortName = new SpeakerChoice("s1", "Ada Lind", 2, 5);
    assertThat(shortName.boxLabel()).isEqualTo("Ada Lind (5)");
    SpeakerChoice three = new SpeakerChoice("s2", "Evangelina Montgomery-Fairweather Castellanos", 2, 12);
    assertThat(three.boxLabel()).isEqualTo("Evangelina … Castellanos (12)");
    assertThat(three.toString()).isEqualTo("Evangelina Montgomery-Fairweather Castellanos (12)");
    SpeakerChoice oneLongWord = new SpeakerChoice("s3", "Wolfeschlegelsteinhausenbergerdorff Jr", 1, 1);
    assertThat(oneLongWord.boxLabel()).endsWith(" (1)").contains("…")
        .hasSizeLessThanOrEqualTo(SpeakerChoice.BOX_CHARS + " (1)".length());
    assertThat(SpeakerChoice.ALL.boxLabel()).isEqualTo("All speakers");
  }
}
