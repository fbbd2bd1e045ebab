package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.quotes.MarkPairing.MarkSegment;
import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing the marks of one paragraph into its top-level segments. */
class MarkPairingTest {

  private static List<MarkSegment> pair(String text) {
    return new MarkPairing().pair(text, new Span(0, text.length()), 3);
  }

  @Test
  void aNestedQuoteStaysInsideItsQuotation() {
    String text = "“He told me ‘never again’ and left,” she said.";
    assertThat(pair(text)).containsExactly(new MarkSegment(0, text.indexOf('”'), Family.DOUBLE, 3));
  }

  @Test
  void twoQuotationsInAParagraphAreTwoSegments() {
    String text = "“Yes,” she said. “Of course.”";
    List<MarkSegment> segs = pair(text);
    assertThat(segs).extracting(MarkSegment::open).containsExactly(0, text.indexOf("“Of"));
    assertThat(segs).allMatch(MarkSegment::closed);
  }

  @Test
  void aPluralApostropheDoesNotCloseASingleQuote() {
    String text = "‘We stand with the growers’ union,’ said Ana Ruiz.";
    List<MarkSegment> segs = pair(text);
    assertThat(segs).hasSize(1);
    assertThat(segs.get(0).close()).isEqualTo(text.indexOf("’ said"));
  }

  @Test
  void anUnclosedOpenerEndsTheListAndHoldsWhatFollows() {
    String text = "Ana Ruiz said: “We will keep going, and “soon” we will win";
    List<MarkSegment> segs = pair(text);
    assertThat(segs).containsExactly(new MarkSegment(text.indexOf("“We"), -1, Family.DOUBLE, 3));
    assertThat(segs.get(0).closed()).isFalse();
  }

  @Test
  void aStrayCloserPairsWithNothing() {
    assertThat(pair("The ferry left” at noon on Tuesday.")).isEmpty();
  }
}
