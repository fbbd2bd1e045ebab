package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.QuotationRows;
import app.verbatim.engine.present.RowRelation;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selection follows the filters and the open articles: nothing stale (no window needed). */
class WorkspaceSelectionTest {
  private final VerbatimEngine engine = new VerbatimEngine();

  private Workspace opened(List<Article> articles) {
    Workspace w = new Workspace(engine);
    w.open(Session.of(articles), null, false, engine.compare(articles));
    return w;
  }

  @Test
  void aSelectionTheFilterHidesIsCleared() throws Exception {
    Workspace w = opened(DefaultArticles.load());
    QuotationRow only = w.rows().stream().filter(r -> r.relation() == RowRelation.ONLY).findFirst().orElseThrow();
    w.selectedKeyProperty().set(only.key());
    w.setFilter(r -> QuotationRows.matches(r, null, RowRelation.ONLY, null));
    assertThat(w.selectedRow()).contains(only);
    w.setFilter(r -> QuotationRows.matches(r, null, RowRelation.VARIANT, null));
    assertThat(w.selectedKeyProperty().get()).isNull();
    assertThat(w.selectedQuoteIds()).isEmpty();
  }

  @Test
  void afterAPaneIsClosedTheSelectionNeverNamesAnotherOutletsPassage() throws Exception {
    List<Article> both = DefaultArticles.load();
    Workspace w = opened(both);
    // an NBC quotation only NBC has: once NBC is closed, its key is free to name a TASS quotation
    QuotationRow nbcOnly = w.rows().stream()
        .filter(r -> r.relation() == RowRelation.ONLY && r.quotes().get(0).documentId().equals("d1"))
        .reduce((a, b) -> b).orElseThrow();
    w.selectedKeyProperty().set(nbcOnly.key());
    Comparison tassAlone = engine.compare(both.subList(1, 2));
    assertThat(tassAlone.quote(nbcOnly.key())).as("the key names a TASS quotation now").isPresent();
    w.analysed(tassAlone);
    assertThat(w.selectedKeyProperty().get()).isNull();
  }

  @Test
  void aReanalysisKeepsTheSelectionOnTheSamePassage() throws Exception {
    List<Article> both = DefaultArticles.load();
    Workspace w = opened(both);
    QuotationRow group = w.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    w.selectedKeyProperty().set(group.key());
    w.analysed(engine.compare(both));
    assertThat(w.selectedRow()).map(QuotationRow::key).contains(group.key());
  }

  @Test
  void aQuotationsTooltipSaysWhoWithWhichVerbHowItRelatesAndWhy() throws Exception {
    Workspace w = opened(DefaultArticles.load());
    QuotationRow group = w.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    var q = group.quotes().get(0);
    var d = w.comparison().document(q.documentId()).orElseThrow();
    String tip = w.describe(q, d);
    assertThat(tip).startsWith(group.speakerName() + " · " + q.verb() + " · " + group.relationLabel())
        .contains("Why this speaker");
  }

  @Test
  void countsAreInTheRightNumber() {
    assertThat(Plural.of(1, "correction")).isEqualTo("1 correction");
    assertThat(Plural.of(2, "correction")).isEqualTo("2 corrections");
    assertThat(Plural.of(0, "note")).isEqualTo("0 notes");
    assertThat(Plural.of(1, "analyst's correction", "analyst's corrections")).isEqualTo("1 analyst's correction");
  }

  @Test
  void theNextQuotationByThisSpeakerSkipsOtherSpeakers() throws Exception {
    Workspace w = opened(DefaultArticles.load());
    List<QuotationRow> rows = List.copyOf(w.rows());
    assertThat(w.nextBySpeaker(rows, 1)).isEmpty(); // nothing selected
    // a row of a speaker some later row shares, with another speaker's rows in between or not
    QuotationRow first = rows.stream().filter(r -> r.speakerId() != null).findFirst().orElseThrow();
    w.selectedKeyProperty().set(first.key());
    List<QuotationRow> same = rows.stream().filter(r -> java.util.Objects.equals(r.speakerId(), first.speakerId())).toList();
    assertThat(w.nextBySpeaker(rows, 1)).contains(same.get(1));
    w.selectedKeyProperty().set(same.get(same.size() - 1).key());
    assertThat(w.nextBySpeaker(rows, 1)).isEmpty();
    assertThat(w.nextBySpeaker(rows, -1)).contains(same.get(same.size() - 2));
  }

  @Test
  void theNextDifferenceSkipsIdenticalRenderingsAndStopsAtTheEnd() throws Exception {
    Workspace w = opened(DefaultArticles.load());
    List<QuotationRow> rows = List.copyOf(w.rows());
    assertThat(w.nextRow(rows, 1, false)).contains(rows.get(0)); // nothing selected: from the start
    assertThat(w.nextRow(rows, -1, false)).contains(rows.get(rows.size() - 1)); // or from the end
    w.selectedKeyProperty().set(rows.get(0).key());
    QuotationRow nextDifferent = rows.stream().skip(1).filter(r -> r.relation() != RowRelation.IDENTICAL)
        .findFirst().orElseThrow();
    assertThat(w.nextRow(rows, 1, true)).contains(nextDifferent);
    w.selectedKeyProperty().set(rows.get(rows.size() - 1).key());
    assertThat(w.nextRow(rows, 1, false)).isEmpty();
  }
}
