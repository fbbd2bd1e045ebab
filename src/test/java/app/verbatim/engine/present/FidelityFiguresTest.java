package app.verbatim.engine.present;

import static app.verbatim.model.SampleComparison.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Paragraph;
import app.verbatim.model.SampleComparison;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per outlet, its quotations counted by fidelity class, and where each sits in the record. */
class FidelityFiguresTest {
  private static final String RECORD = "Statement by the minister\n\n"
      + "We will not sign a deal with the U.S. that sacrifices our farmers.\n\n"
      + "Our growers need markets,\n   not sympathy. They need rain.\n";

  private static Fidelity fidelity(String quoteId, FidelityClass kind, List<Span> record) {
    return new Fidelity(quoteId, "d3", kind, record, List.of(), List.of(), null);
  }

  private static final Fidelity Q1 = fidelity("q1", FidelityClass.VERBATIM,
      List.of(span(RECORD, "We will not sign a deal with the U.S. that sacrifices our farmers.")));
  private static final Fidelity Q2 = fidelity("q2", FidelityClass.STITCHED,
      List.of(span(RECORD, "They need rain."), span(RECORD, "Our growers need markets,\n   not sympathy")));
  private static final Fidelity Q4 = fidelity("q4", FidelityClass.BRACKETED, List.of(span(RECORD, "We will not sign")));

  /** A paragraph of the record from {@code startingWith} to the next blank line or the end. */
  private static Paragraph paragraph(int number, String startingWith, Section section) {
    int start = RECORD.indexOf(startingWith);
    int end = RECORD.indexOf("\n\n", start);
    return new Paragraph(number, new Span(start, end < 0 ? RECORD.length() - 1 : end), section);
  }

  /** The sample comparison with a third document, the record, and these measurements. */
  private static Comparison withRecord(Fidelity... fidelity) {
    Comparison s = SampleComparison.build();
    List<Document> docs = new ArrayList<>(s.documents());
    docs.add(new Document("d3", new Article("Ministry record", null, null, "en", null, RECORD, "Elena Marsh"),
        "3".repeat(64), List.of(paragraph(0, "Statement by the minister", Section.HEADLINE),
        paragraph(1, "We will not sign", Section.BODY), paragraph(2, "Our growers", Section.BODY))));
    return new Comparison(docs, s.speakers(), s.quotes(), s.scareQuotes(), s.alignments(), s.coverage(),
        s.focusSpeaker(), s.warnings(), List.of(fidelity));
  }

  @Test
  void eachOutletWithMeasuredQuotationsCountsThemByClass() {
    List<FidelityFigures> figures = FidelityFigures.of(withRecord(Q1, Q2, Q4));
    assertThat(figures).extracting(FidelityFigures::documentId, FidelityFigures::outlet, FidelityFigures::measured)
        .containsExactly(tuple("d1", "Daily Wire", 2),
            tuple("d2", "The Broadsheet", 1));
    FidelityFigures d1 = figures.get(0);
    assertThat(d1.count(FidelityClass.VERBATIM)).isEqualTo(1);
    assertThat(d1.count(FidelityClass.STITCHED)).isEqualTo(1);
    assertThat(d1.count(FidelityClass.BRACKETED)).isZero();
    assertThat(figures.get(1).count(FidelityClass.BRACKETED)).isEqualTo(1);
  }

  @Test
  void everyClassIsPresentEvenWhenNone() {
    FidelityFigures d2 = FidelityFigures.of(withRecord(Q4)).get(0);
    assertThat(d2.counts()).hasSize(FidelityClass.values().length).containsEntry(FidelityClass.NOT_IN_RECORD, 0);
  }

  @Test
  void anOutletWithNothingMeasuredAndTheRecordItselfAreLeftOut() {
    assertThat(FidelityFigures.of(withRecord(Q4))).extracting(FidelityFigures::documentId).containsExactly("d2");
    assertThat(FidelityFigures.of(SampleComparison.build())).isEmpty();
  }

  @Test
  void aMeasurementOfAQuotationNoLongerThereIsNotCounted() {
    assertThat(FidelityFigures.of(withRecord(fidelity("q99", FidelityClass.ALTERED, List.of())))).isEmpty();
  }

  @Test
  void countOfAClassMissingFromAHandMadeMapIsZero() {
    FidelityFigures f = new FidelityFigures("d1", "Daily Wire", Map.of(FidelityClass.TRIMMED, 2), 2);
    assertThat(f.count(FidelityClass.TRIMMED)).isEqualTo(2);
    assertThat(f.count(FidelityClass.ALTERED)).isZero();
  }

  @Test
  void thePlaceIsTheRecordsNameAndParagraphCountingItsTitle() {
    Comparison c = withRecord(Q1, Q2);
    assertThat(FidelityFigures.place(c, Q1)).isEqualTo("Ministry record, paragraph 2");
    // the first passage named decides, and paragraphs are counted with the title
    assertThat(FidelityFigures.place(c, Q2)).isEqualTo("Ministry record, paragraph 3");
  }

  @Test
  void noPassageOrNoRecordHasNoPlace() {
    Comparison c = withRecord(Q1);
    assertThat(FidelityFigures.place(c, fidelity("q1", FidelityClass.NOT_IN_RECORD, List.of()))).isEmpty();
    Fidelity elsewhere = new Fidelity("q1", "d9", FidelityClass.VERBATIM, List.of(new Span(0, 4)), List.of(), List.of(),
        null);
    assertThat(FidelityFigures.place(c, elsewhere)).isEmpty();
  }

  @Test
  void aPassageInNoParagraphIsPlacedInTheRecordOnly() {
    // the blank line between two paragraphs belongs to neither
    int blank = RECORD.indexOf("\n\n") + 1;
    Fidelity between = fidelity("q1", FidelityClass.VERBATIM, List.of(new Span(blank, blank + 1)));
    assertThat(FidelityFigures.place(withRecord(between), between)).isEqualTo("Ministry record");
  }

  @Test
  void theRecordsWordsAreEachPassageOnOneLineSeparatedAsParts() {
    Comparison c = withRecord(Q1, Q2);
    assertThat(FidelityFigures.recordWords(c, Q2)).isEqualTo("They need rain. ⁄ Our growers need markets, not sympathy");
    assertThat(FidelityFigures.recordWords(c, new Fidelity("q1", "d9", FidelityClass.VERBATIM, List.of(), List.of(),
        List.of(), null))).isEmpty();
  }
}
