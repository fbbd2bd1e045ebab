package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.quotes.MarkPairing.Segment;
import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing the marks of one paragraph into its top-level segments. */
class MarkPairingTest {

  private static List<Segment> pair(String text) {
    return new MarkPairing().pair(text, new Span(0, text.length()), 3);
  }

  @Test
  void aNestedQuoteStaysInsideItsQuotation() {
    String text = "“He told me ‘never again’ and left,” she said.";
    assertThat(pair(text)).containsExactly(new Segment(0, text.indexOf('”'), Family.DOUBLE, 3));
  }

  @Test
  void twoQuotationsInAParagraphAreTwoSegments() {
    String text = "“Yes,” she said. “Of course.”";
    List<Segment> segs = pair(text);
    assertThat(segs).extracting(Segment::open).containsExactly(0, text.indexOf("“Of"));
    assertThat(segs).allMatch(Segment::closed);
  }

  @Test
  void aPluralApostropheDoesNotCloseASingleQuote() {
    String text = "‘We stand with the growers’ union,’ said Ana Ruiz.";
    List<Segment> segs = pair(text);
    assertThat(segs).hasSize(1);
    assertThat(segs.get(0).close()).isEqualTo(text.indexOf("’ said"));
  }

  @Test
  void anUnclosedOpenerEndsTheListAndHoldsWhatFollows() {
    String text = "Ana Ruiz said: “We will keep going, and “soon” we will win";
    List<Segment> segs = pair(text);
    assertThat(segs).containsExactly(new Segment(text.indexOf("“We"), -1, Family.DOUBLE, 3));
    assertThat(segs.get(0).closed()).isFalse();
  }

  @Test
  void aStrayCloserPairsWithNothing() {
    assertThat(pair("The ferry left” at noon on Tuesday.")).isEmpty();
  }
}
