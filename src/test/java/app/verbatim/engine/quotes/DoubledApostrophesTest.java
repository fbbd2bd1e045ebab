package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.StructureReader;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two apostrophes standing for a double quotation mark, as some newspaper archives write it. */
class DoubledApostrophesTest {
  private static final String HEAD = "Harbour council meets again\n\nThe council met on Monday to hear the plan.\n\n";

  private static List<List<String>> quotes(String body) {
    String text = HEAD + body;
    List<Paragraph> paragraphs = new StructureReader().read(text, null);
    return new QuoteFinder().find(text, paragraphs).quotes().stream()
        .map(q -> q.parts().stream().map(s -> s.of(text)).toList()).toList();
  }

  @Test
  void aPairIsReadAsOneMarkAtTheSameOffsets() {
    String text = "''We are ready,'' she said.";
    String read = DoubledApostrophes.asDoubleMarks(text);
    assertThat(read).hasSameSizeAs(text).isEqualTo(" \"We are ready,\"  she said.");
  }

  @Test
  void theQuotedWordsKeepNoApostropheOfTheMarks() {
    assertThat(quotes("''We will not sell the port,'' said Ana Ruiz, the mayor.\n"))
        .containsExactly(List.of("We will not sell the port,"));
  }

  @Test
  void aParticipleCueBetweenTwoQuotationsKeepsThemApart() {
    // read one by one, the apostrophes counted as words between the quotations and joined them
    assertThat(quotes("She said she thought, ''This cannot be real,'' adding, ''I had no words for it.''\n"))
        .containsExactly(List.of("This cannot be real,"), List.of("I had no words for it."));
  }

  @Test
  void aNestedSingleQuoteStaysInsideAndTheReportersWordsStayOut() {
    assertThat(quotes("''I never liked the name 'Old Quay,' '' Ms. Berg said, and she left the hall.\n"))
        .containsExactly(List.of("I never liked the name 'Old Quay,'"));
  }

  @Test
  void theMarksCoverBothApostrophes() {
    String text = "x ''We are ready,'' she said.";
    assertThat(DoubledApostrophes.widen(text, new Span(3, 18))).isEqualTo(new Span(2, 19));
  }
}
