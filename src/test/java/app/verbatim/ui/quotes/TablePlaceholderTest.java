package app.verbatim.ui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePlaceholderTest {
  @Test
  void anEmptyListSaysWhyItIsEmpty() {
    // while reading, an empty list must not claim that the filters hide everything
    assertThat(TablePlaceholder.text(true, 0)).isEqualTo("Reading the articles…");
    assertThat(TablePlaceholder.text(false, 0)).isEqualTo("No quotations in these articles.");
    assertThat(TablePlaceholder.text(false, 7)).isEqualTo("No quotations match the filters.");
  }
}
