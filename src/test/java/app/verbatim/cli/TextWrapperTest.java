package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terminal lines of at most a given width, broken at spaces. */
class TextWrapperTest {
  @Test
  void shortTextIsOneLineWithTheFirstPrefix() {
    assertThat(new TextWrapper(40).wrap("  - ", "    ", "The ferry will run.")).containsExactly("  - The ferry will run.");
  }

  @Test
  void longTextBreaksAtTheLastSpaceThatFitsAndIndentsTheRest() {
    String text = "The harbour board said the ferry will run all winter whatever the weather does";
    assertThat(new TextWrapper(30).wrap("  - ", "    ", text)).containsExactly(
        "  - The harbour board said the",
        "    ferry will run all winter",
        "    whatever the weather does");
  }

  @Test
  void noLineIsWiderThanAsked() {
    String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
    assertThat(new TextWrapper(32).wrap("* ", "  ", text)).allMatch(l -> l.length() <= 32).hasSize(4);
  }

  @Test
  void theTextsOwnLineBreaksAndRunsOfSpaceAreOneSpace() {
    assertThat(new TextWrapper(80).wrap("", "", "  The ferry\n   will\trun.  ")).containsExactly("The ferry will run.");
  }

  @Test
  void aWordLongerThanTheLineIsCut() {
    assertThat(new TextWrapper(20).wrap("", "", "x".repeat(45))).containsExactly("x".repeat(20), "x".repeat(20),
        "x".repeat(5));
  }

  @Test
  void atLeastTwentyCharactersFitWhateverThePrefix() {
    // a prefix as wide as the line still leaves room for twenty characters of text
    String prefix = ">".repeat(30);
    assertThat(new TextWrapper(30).wrap(prefix, prefix, "aaaa bbbb cccc dddd eeee ffff"))
        .containsExactly(prefix + "aaaa bbbb cccc dddd", prefix + "eeee ffff");
  }

  @Test
  void anExcerptEndsAtAWordWithAnEllipsis() {
    assertThat(TextWrapper.excerpt("The ferry will run all winter.", 100)).isEqualTo("The ferry will run all winter.");
    assertThat(TextWrapper.excerpt("The ferry will run all winter.", 16)).isEqualTo("The ferry will…");
    assertThat(TextWrapper.excerpt("The ferry will run all winter.", 16)).hasSizeLessThanOrEqualTo(16);
    assertThat(TextWrapper.excerpt("  The\nferry  ", 20)).isEqualTo("The ferry");
  }

  @Test
  void anExcerptCutsAWordWhenTheLastSpaceIsTooEarly() {
    // the last space before the cut is in the first half: cut mid-word rather than lose most of the room
    assertThat(TextWrapper.excerpt("An extraordinarily long word", 12)).isEqualTo("An extraord…");
  }

  @Test
  void theTerminalWidthIsBetweenSixtyAndOneHundredSixty() {
    int width = TextWrapper.terminalWidth();
    String columns = System.getenv("COLUMNS");
    if (columns == null || !columns.matches("-?\\d+")) {
      assertThat(width).isEqualTo(100);
    } else {
      assertThat(width).isEqualTo(Math.max(60, Math.min(Integer.parseInt(columns), 160)));
    }
  }
}
