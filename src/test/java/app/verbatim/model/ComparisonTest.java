package app.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparison's written-out equals and hashCode: the values a record's generated ones give. */
class ComparisonTest {
  @Test
  void equalComparisonsAreEqualWithTheRecordsHash() {
    Comparison a = SampleComparison.build();
    Comparison b = SampleComparison.build();
    assertThat(a).isNotSameAs(b).isEqualTo(b);
    int h = 0;
    for (Object part : List.of(a.documents(), a.speakers(), a.quotes(), a.scareQuotes(), a.alignments(), a.coverage(),
        a.warnings(), a.fidelity())) {
      h = 31 * h + part.hashCode();
      if (part == a.coverage()) {
        h = 31 * h + java.util.Objects.hashCode(a.focusSpeaker()); // the components' order
      }
    }
    assertThat(a.hashCode()).isEqualTo(h).isEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo(null);
  }

  @Test
  void anyComponentMakesADifference() {
    Comparison a = SampleComparison.build();
    assertThat(a.withFocus("someone else")).isNotEqualTo(a);
    assertThat(a.withWarningsFirst(List.of(new Warning("d1", 0, "a warning")))).isNotEqualTo(a);
    assertThat(new Comparison(a.documents(), a.speakers(), a.quotes().subList(1, a.quotes().size()), a.scareQuotes(),
        a.alignments(), a.coverage(), a.focusSpeaker(), a.warnings(), a.fidelity())).isNotEqualTo(a);
  }
}
