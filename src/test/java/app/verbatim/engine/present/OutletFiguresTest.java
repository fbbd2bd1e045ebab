package app.verbatim.engine.present;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.SampleComparison;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per outlet, a speaker's quotations: how many, how many linked elsewhere, how many only there. The
 * sample has q1, q2 (Marsh) and q3 (Varga) in d1, q4 (Marsh) and q5 (nobody) in d2; q1 and q4 linked.
 */
class OutletFiguresTest {
  private final Comparison sample = SampleComparison.build();

  @Test
  void withoutASpeakerEveryQuotationCounts() {
    assertThat(OutletFigures.of(sample, null)).containsExactly(
        new OutletFigures("d1", "Daily Wire", 3, 1, 2),
        new OutletFigures("d2", "The Broadsheet", 2, 1, 1));
  }

  @Test
  void oneSpeakersFiguresCountThatSpeakerOnly() {
    assertThat(OutletFigures.of(sample, "s1")).containsExactly(
        new OutletFigures("d1", "Daily Wire", 2, 1, 1),
        new OutletFigures("d2", "The Broadsheet", 1, 1, 0));
  }

  @Test
  void anOutletThatDoesNotQuoteTheSpeakerIsListedWithNoughts() {
    assertThat(OutletFigures.of(sample, "s2")).containsExactly(
        new OutletFigures("d1", "Daily Wire", 1, 0, 1),
        new OutletFigures("d2", "The Broadsheet", 0, 0, 0));
  }

  @Test
  void theRecordIsNoOutlet() {
    Comparison withRecord = SampleComparison.build(List.of(SampleComparison.article1(),
        SampleComparison.article2().withReference("")));
    assertThat(OutletFigures.of(withRecord, null)).extracting(OutletFigures::documentId).containsExactly("d1");
  }

  @Test
  void theOutletsNameIsTheOneTheArticleCarries() {
    Article renamed = SampleComparison.article1().withOutlet("Harbour Post");
    Comparison c = SampleComparison.build(List.of(renamed, SampleComparison.article2()));
    assertThat(OutletFigures.of(c, null).get(0).outlet()).isEqualTo("Harbour Post");
  }

  @Test
  void describeReadsAsOneLine() {
    assertThat(new OutletFigures("d1", "Harbour Post", 9, 3, 6).describe())
        .isEqualTo("Harbour Post: 9 quotations, 3 shared, 6 only here");
    assertThat(new OutletFigures("d1", "Harbour Post", 1, 0, 1).describe())
        .isEqualTo("Harbour Post: 1 quotation, 0 shared, 1 only here");
    assertThat(new OutletFigures("d1", "Harbour Post", 0, 0, 0).describe())
        .isEqualTo("Harbour Post: 0 quotations, 0 shared, 0 only here");
  }
}
