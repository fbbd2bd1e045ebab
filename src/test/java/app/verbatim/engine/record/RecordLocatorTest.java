package app.verbatim.engine.record;

import static app.verbatim.engine.text.QuoteWordsFixture.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where in the record each word of a quotation stands (see {@link SmallRecord} for its word numbers). */
class RecordLocatorTest {
  private static int[] locate(String quote) {
    return RecordLocator.locate(words("q1", "d1", "s1", quote).keys(), SmallRecord.INDEX);
  }

  @Test
  void aPassageOfTheRecordMapsWordForWord() {
    assertThat(locate("Our farmers deserve a fair price for their grain.")).containsExactly(20, 21, 22, 23, 24, 25, 26,
        27, 28);
  }

  @Test
  void wordsLeftOutAreSkippedInTheRecord() {
    // "since the spring talks" (13 to 16) left out
    assertThat(locate("The terms have not changed in the capital")).containsExactly(8, 9, 10, 11, 12, 17, 18, 19);
  }

  @Test
  void aChangedWordRendersNothing() {
    assertThat(locate("We will not sign the accord this year.")).containsExactly(0, 1, 2, 3, 4, -1, 6, 7);
  }

  @Test
  void eachPassageOfAStitchIsFoundWhateverItsOrder() {
    assertThat(locate("Our farmers deserve a fair price for their grain. We will not sign the treaty this year."))
        .containsExactly(20, 21, 22, 23, 24, 25, 26, 27, 28, 0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aStitchWhosePassageStartsLikeTheNextSentenceIsStillFoundWhole() {
    // as the small record, but its last sentence starts with "We", as the quotation's second passage does
    String text = SmallRecord.TEXT.replace("Talks can resume", "We are ready to talk again");
    RecordIndex record = SmallRecord.index(text);
    int[] map = RecordLocator.locate(
        words("q1", "d1", "s1", "Our farmers deserve a fair price for their grain. We will not sign the treaty this year.")
            .keys(), record);
    assertThat(map).containsExactly(20, 21, 22, 23, 24, 25, 26, 27, 28, 0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void wordsNotInTheRecordRenderNothing() {
    assertThat(locate("Bananas grow poorly in cold weather.")).containsOnly(-1).hasSize(6);
  }

  @Test
  void aLoneCommonWordNearThePassageIsChanceNotARendering() {
    // "the" of "the critics" could be matched to the record's "the treaty"; alone, it is dropped
    assertThat(locate("We will not sign, whatever the critics say")).containsExactly(0, 1, 2, 3, -1, -1, -1, -1);
  }

  @Test
  void aQuotationOfOneOrTwoWordsMustStandInTheRecordAsItIs() {
    assertThat(locate("fair price")).containsExactly(24, 25);
    assertThat(locate("the")).containsExactly(4); // its first place
    assertThat(locate("price fair")).containsExactly(-1, -1);
  }

  @Test
  void noWordsLocateNothing() {
    assertThat(RecordLocator.locate(List.of(), SmallRecord.INDEX)).isEmpty();
  }
}
