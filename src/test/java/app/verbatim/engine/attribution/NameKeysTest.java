package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void aShortGivenNameComparesAsItsFullForm() {
    assertThat(NameKeys.keysOf(List.of("Mike", "Pompeo"))).isEqualTo(NameKeys.keysOf(List.of("Michael", "Pompeo")));
  }

  @Test
  void aLoneWordKeepsItsOwnKeyForItMayBeASurname() {
    assertThat(NameKeys.keysOf(List.of("Ray"))).containsExactly("ray");
  }

  @Test
  void romanizationsAndCaseCompareEqual() {
    assertThat(NameKeys.keysOf(List.of("Ri", "Yong-ho"))).isEqualTo(NameKeys.keysOf(List.of("RI", "Yong", "Ho")));
  }
}
