package app.verbatim.ui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePlaceholderTest {
  @Test
  void anEmptyListSaysWhyItIsEmpty() {
    // while reading, an empty list must not claim that the filters hide everything
    assertThat(QuotationTable.placeholderText(true, 0)).isEqualTo("Reading the articles…");
    assertThat(QuotationTable.placeholderText(false, 0)).isEqualTo("No quotations in these articles.");
    assertThat(QuotationTable.placeholderText(false, 7)).isEqualTo("No quotations match the filters.");
  }
}
