package app.verbatim.engine.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationRowsTest {
  private static String positions(String... labels) {
    return QuotationRows.positions(new LinkedHashSet<>(List.of(labels)));
  }

  @Test
  void paragraphsInSeveralOutletsShareOneWord() {
    assertThat(positions("paragraph 8", "paragraph 12")).isEqualTo("paragraphs 8 · 12");
    assertThat(positions("paragraph 3")).isEqualTo("paragraph 3");
  }

  @Test
  void mixedPlacesAreListedAsTheyAre() {
    assertThat(positions("headline", "paragraph 2")).isEqualTo("headline · paragraph 2");
    assertThat(positions("lead", "paragraph 1", "paragraph 4")).isEqualTo("lead · paragraph 1 · paragraph 4");
  }
}
