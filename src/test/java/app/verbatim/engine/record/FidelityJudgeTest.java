package app.verbatim.engine.record;

import static app.verbatim.engine.text.QuoteWordsFixture.withEditorial;
import static app.verbatim.engine.text.QuoteWordsFixture.words;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How faithfully a located quotation renders the record, and the lines that say why. */
class FidelityJudgeTest {
  private static Fidelity judge(QuoteWords q, String quoteText, RecordIndex index, String recordText) {
    return new FidelityJudge(index, recordText, "d9").judge(q, quoteText, RecordLocator.locate(q.keys(), index));
  }

  private static Fidelity judge(String quote) {
    return judge(words("q1", "d1", "s1", quote), quote, SmallRecord.INDEX, SmallRecord.TEXT);
  }

  private static Fidelity judge(String quote, String editorialMark) {
    return judge(withEditorial("q1", "d1", "s1", quote, editorialMark), quote, SmallRecord.INDEX, SmallRecord.TEXT);
  }

  private static List<String> record(Fidelity f) {
    return f.record().stream().map(s -> s.of(SmallRecord.TEXT)).toList();
  }

  private static List<String> omitted(Fidelity f) {
    return f.omitted().stream().map(s -> s.of(SmallRecord.TEXT)).toList();
  }

  @Test
  void aWholeSentenceWordForWordIsVerbatim() {
    Fidelity f = judge("Our farmers deserve a fair price for their grain.");
    assertThat(f.kind()).isEqualTo(FidelityClass.VERBATIM);
    assertThat(f.quoteId()).isEqualTo("q1");
    assertThat(f.referenceId()).isEqualTo("d9");
    assertThat(record(f)).containsExactly("Our farmers deserve a fair price for their grain.");
    assertThat(f.omitted()).isEmpty();
    assertThat(f.changes()).isEmpty();
    assertThat(f.likely()).isNull();
  }

  @Test
  void spellingVariantsAreStillVerbatim() {
    assertThat(judge("We will not sign the treaty this year.").kind()).isEqualTo(FidelityClass.VERBATIM);
    assertThat(judge("We will not sign the treaty this yeaR").kind()).isEqualTo(FidelityClass.VERBATIM);
  }

  @Test
  void partOfASentenceWordForWordIsTrimmed() {
    Fidelity f = judge("a fair price for their grain");
    assertThat(f.kind()).isEqualTo(FidelityClass.TRIMMED);
    assertThat(record(f)).containsExactly("a fair price for their grain.");
    assertThat(f.changes()).isEmpty();
  }

  @Test
  void wordsLeftOutAtAnEllipsisAreAnEllipsis() {
    Fidelity f = judge("The terms have not changed … in the capital", "…");
    assertThat(f.kind()).isEqualTo(FidelityClass.ELLIPSIS);
    assertThat(omitted(f)).containsExactly("since the spring talks");
    assertThat(f.changes()).containsExactly("left out at the ellipsis: “since the spring talks”");
  }

  @Test
  void threeDotsGluedToAWordAreAnEllipsisToo() {
    // not marked editorial: the dots are read from the outlet's text between the two words
    assertThat(judge("The terms have not changed... in the capital").kind()).isEqualTo(FidelityClass.ELLIPSIS);
  }

  @Test
  void wordsLeftOutWithoutAMarkAreASilentOmission() {
    Fidelity f = judge("The terms have not changed in the capital");
    assertThat(f.kind()).isEqualTo(FidelityClass.SILENT_OMISSION);
    assertThat(record(f)).containsExactly("The terms have not changed since the spring talks in the capital.");
    assertThat(omitted(f)).containsExactly("since the spring talks");
    assertThat(f.changes()).containsExactly("left out without a mark: “since the spring talks”");
  }

  @Test
  void anInsertionInBracketsIsBracketed() {
    Fidelity f = judge("We will not sign the treaty [with Varnia] this year.", "[with Varnia]");
    assertThat(f.kind()).isEqualTo(FidelityClass.BRACKETED);
    assertThat(f.changes()).containsExactly("editorial insertion: “[with Varnia]”");
  }

  @Test
  void aWordChangedIsAltered() {
    Fidelity f = judge("We will not sign the accord this year.");
    assertThat(f.kind()).isEqualTo(FidelityClass.ALTERED);
    assertThat(omitted(f)).containsExactly("treaty");
    assertThat(f.changes()).containsExactly("changed: “accord” for the record’s “treaty”");
  }

  @Test
  void wordsAddedAtEitherEndAreAltered() {
    assertThat(judge("We will not sign the treaty this year or next.").changes())
        .containsExactly("not in the record: “or next”");
    Fidelity before = judge("Frankly, we will not sign the treaty this year.");
    assertThat(before.kind()).isEqualTo(FidelityClass.ALTERED);
    assertThat(before.changes()).containsExactly("not in the record: “Frankly”");
  }

  @Test
  void passagesJoinedOutOfOrderAreStitched() {
    Fidelity f = judge("Our farmers deserve a fair price for their grain. We will not sign the treaty this year.");
    assertThat(f.kind()).isEqualTo(FidelityClass.STITCHED);
    assertThat(record(f)).containsExactly("Our farmers deserve a fair price for their grain.",
        "We will not sign the treaty this year.");
    assertThat(f.changes()).containsExactly("joins passages that stand apart in the record: “grain” ⁄ “We”");
  }

  /** Two sentences quoted in the record's order, with {@code gap} record words left out between them. */
  private static Fidelity leftOut(int gap) {
    StringBuilder filler = new StringBuilder();
    for (int i = 1; i <= gap; i++) {
      filler.append(" m").append(i);
    }
    String text = "We will not sign the treaty this year." + filler + ". Talks can resume when the other side is serious.";
    String quote = "We will not sign the treaty this year. Talks can resume when the other side is serious.";
    return judge(words("q1", "d1", "s1", quote), quote, SmallRecord.index(text), text);
  }

  @Test
  void upToTwentyFiveWordsLeftOutIsAnOmission() {
    assertThat(leftOut(25).kind()).isEqualTo(FidelityClass.SILENT_OMISSION);
    assertThat(leftOut(25).record()).hasSize(1);
  }

  @Test
  void passagesFurtherApartInTheRecordAreStitchedEvenInOrder() {
    Fidelity f = leftOut(26);
    assertThat(f.kind()).isEqualTo(FidelityClass.STITCHED);
    assertThat(f.record()).hasSize(2);
    assertThat(f.omitted()).isEmpty();
  }

  @Test
  void wordsOfTwoStretchesOfTheRecordAreTwoPassages() {
    String text = "We will not sign the treaty this year.\n\nTalks can resume when the other side is serious.";
    String quote = "We will not sign the treaty this year. Talks can resume";
    Fidelity f = judge(words("q1", "d1", "s1", quote), quote, SmallRecord.index(text), text);
    assertThat(f.kind()).isEqualTo(FidelityClass.STITCHED);
  }

  @Test
  void theMostSeriousClassWins() {
    // a silent omission and a changed word: altered ranks above the omission
    Fidelity f = judge("The terms have not shifted since the spring talks. Our farmers deserve a fair price.");
    assertThat(f.kind()).isEqualTo(FidelityClass.ALTERED);
  }

  @Test
  void wordsNotInTheRecordAtAllAreNotInTheRecord() {
    Fidelity f = judge("Bananas grow poorly in cold weather.");
    assertThat(f.kind()).isEqualTo(FidelityClass.NOT_IN_RECORD);
    assertThat(f.record()).isEmpty();
    assertThat(f.likely()).isEqualTo("no similar passage in the record: possibly invented, or said on another occasion");
    assertThat(FidelityJudge.translation(f)).isFalse();
  }

  @Test
  void sharingMostContentWordsOfOneSentenceIsLikelyAnotherTranslation() {
    // stems ("deserved", "prices") match though few words stand in the record's order
    Fidelity f = judge("The grain of our farmers deserved prices that are fair.");
    assertThat(f.kind()).isEqualTo(FidelityClass.NOT_IN_RECORD);
    assertThat(record(f)).containsExactly("Our farmers deserve a fair price for their grain.");
    assertThat(f.likely()).isEqualTo("likely a different translation of the record’s sentence");
    assertThat(FidelityJudge.translation(f)).isTrue();
  }

  @Test
  void aLongerLooserRenderingIsLikelyAParaphrase() {
    Fidelity f = judge("Farmers who grow grain deserve better prices and a fair deal from the capital, the minister "
        + "told reporters at length.");
    assertThat(record(f)).containsExactly("Our farmers deserve a fair price for their grain.");
    assertThat(f.likely()).isEqualTo("likely a paraphrase in quotation marks of the record’s sentence");
    assertThat(FidelityJudge.translation(f)).isFalse();
  }

  @Test
  void fewerThanSixInTenWordsLocatedIsNotInTheRecord() {
    // "price for their" stands in the record, but 3 of 9 words are too few to place the quotation
    assertThat(judge("Our growers merit a just price for their wheat.").kind()).isEqualTo(FidelityClass.NOT_IN_RECORD);
  }
}
