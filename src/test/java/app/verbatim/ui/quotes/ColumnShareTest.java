package app.verbatim.ui.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the outlets' columns share the list's width (no window needed). */
class ColumnShareTest {
  @Test
  void theOutletsShareWhatTheShortColumnsLeave() {
    assertThat(ColumnShare.wordingWidth(1000, 440, 2)).isEqualTo(270);
    assertThat(ColumnShare.wordingWidth(1700, 440, 3)).isEqualTo(413);
  }

  @Test
  void pastTheirMinimumTheyKeepItAndTheListScrollsSideways() {
    assertThat(ColumnShare.wordingWidth(900, 440, 8)).isEqualTo(ColumnShare.MIN_WORDING);
    assertThat(ColumnShare.wordingWidth(900, 440, 0)).isEqualTo(ColumnShare.MIN_WORDING);
  }
}
