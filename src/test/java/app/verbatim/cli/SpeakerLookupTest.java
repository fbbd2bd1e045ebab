package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Comparison;
import app.verbatim.model.SampleComparison;
import app.verbatim.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerLookupTest {
  private final Comparison sample = SampleComparison.build();

  private static Comparison withSpeakers(Speaker... speakers) {
    Comparison c = SampleComparison.build();
    return new Comparison(c.documents(), List.of(speakers), List.of(), List.of(), List.of(), List.of(), null, List.of());
  }

  @Test
  void byFullNameOrAliasIgnoringCase() throws Exception {
    assertThat(SpeakerLookup.find(sample, "elena marsh").id()).isEqualTo("s1");
    assertThat(SpeakerLookup.find(sample, "  MS MARSH ").id()).isEqualTo("s1");
    assertThat(SpeakerLookup.find(sample, "varga").id()).isEqualTo("s2");
  }

  @Test
  void hyphensAccentsAndApostrophesAside() throws Exception {
    Comparison c = withSpeakers(new Speaker("s1", "Ri Yong Ho", List.of("Ri Yong-ho", "Ri")),
        new Speaker("s2", "José Núñez", List.of("Núñez")), new Speaker("s3", "Conan O’Brien", List.of()));
    assertThat(SpeakerLookup.find(c, "ri yong-ho").id()).isEqualTo("s1");
    assertThat(SpeakerLookup.find(c, "RI YONG HO").id()).isEqualTo("s1");
    assertThat(SpeakerLookup.find(c, "jose nunez").id()).isEqualTo("s2");
    assertThat(SpeakerLookup.find(c, "Conan O'Brien").id()).isEqualTo("s3");
  }

  @Test
  void byWordsOfTheNameWhenNoAliasMatches() throws Exception {
    Comparison c = withSpeakers(new Speaker("s1", "Mike Pompeo", List.of()), new Speaker("s2", "Ri Yong Ho", List.of()));
    assertThat(SpeakerLookup.find(c, "pompeo").id()).isEqualTo("s1");
    assertThat(SpeakerLookup.find(c, "yong ho").id()).isEqualTo("s2");
    // whole words only: "Ri" must not find "Harris" or "Patrick"
    Comparison d = withSpeakers(new Speaker("s1", "Kamala Harris", List.of()), new Speaker("s2", "Ri Yong Ho", List.of()));
    assertThat(SpeakerLookup.find(d, "ri").id()).isEqualTo("s2");
  }

  @Test
  void anExactNameWinsOverAPartialOne() throws Exception {
    Comparison c = withSpeakers(new Speaker("s1", "John Smith", List.of()), new Speaker("s2", "Smith", List.of()));
    assertThat(SpeakerLookup.find(c, "smith").id()).isEqualTo("s2");
  }

  @Test
  void ambiguousOrUnknownNamesSaySo() {
    Comparison c = withSpeakers(new Speaker("s1", "Anna Lee", List.of("she")), new Speaker("s2", "Mia Lee", List.of("she")));
    assertThatThrownBy(() -> SpeakerLookup.find(c, "she")).hasMessageContaining("could be Anna Lee or Mia Lee");
    assertThatThrownBy(() -> SpeakerLookup.find(c, "Lee")).hasMessageContaining("could be");
    assertThatThrownBy(() -> SpeakerLookup.find(c, "Kim")).hasMessageContaining("no speaker named 'Kim'")
        .hasMessageContaining("quoted: Anna Lee, Mia Lee");
    assertThatThrownBy(() -> SpeakerLookup.find(withSpeakers(), "Kim")).hasMessageContaining("name no speaker");
    assertThatThrownBy(() -> SpeakerLookup.find(c, "  ")).hasMessageContaining("needs a name");
  }
}
