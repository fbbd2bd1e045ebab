package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.present.EvidenceText;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The detail view and the quotation list say why each quotation has its speaker (headless, Monocle). */
class EvidenceWindowTest extends BundledWindowTest {
  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  /** The evidence labels the detail view shows now, in block (outlet) order. */
  private List<Label> evidenceLabels(FxRobot robot) {
    List<Label> out = new ArrayList<>();
    for (Node block : ((Parent) window.detail().getContent()).getChildrenUnmodifiable()) {
      if (block.getStyleClass().contains("detail-block")) {
        for (Node n : ((Parent) block).getChildrenUnmodifiable()) {
          if (n.getStyleClass().contains("detail-evidence")) {
            out.add((Label) n);
          }
        }
      }
    }
    assertThat(robot.lookup(".detail-evidence").queryAll()).as("no evidence line outside a block").hasSize(out.size());
    return out;
  }

  /** Selects a row and waits until the detail view shows one evidence line per quotation of it. */
  private List<Label> select(FxRobot robot, QuotationRow row) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(row.key())).get();
    waitUntil(() -> workspace.selectedRow().map(r -> r.key().equals(row.key())).orElse(false)
        && evidenceLabels(robot).size() == row.quotes().size());
    return evidenceLabels(robot);
  }

  private static void assertShowsEvidenceOf(List<Label> labels, List<Quote> quotes, Comparison c) {
    assertThat(labels).hasSameSizeAs(quotes);
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Document d = c.document(q.documentId()).orElseThrow();
      String text = labels.get(i).getText();
      assertThat(text).as("evidence line of %s", q.id())
          .startsWith(q.speakerId() == null ? "No speaker" : "Why this speaker")
          .isEqualTo(EvidenceText.line(q, d));
      assertThat(labels.get(i).getTooltip()).as("tooltip of %s", q.id()).isNotNull();
      assertThat(labels.get(i).getTooltip().getText()).isEqualTo(EvidenceText.detail(q));
    }
  }

  @Test
  void selectingALinkedGroupShowsAnEvidenceLinePerOutlet(FxRobot robot) throws Exception {
    waitForComparison();
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    assertThat(group.quotes()).hasSizeGreaterThanOrEqualTo(2);
    List<Label> labels = select(robot, group);
    assertShowsEvidenceOf(labels, group.quotes(), workspace.comparison());
    // each line sits in its outlet's block, right under the outlet's line
    for (Label l : labels) {
      Parent block = l.getParent();
      assertThat(block.getStyleClass()).contains("detail-block");
      assertThat(block.getChildrenUnmodifiable().get(0).getStyleClass()).contains("detail-outlet");
      assertThat(block.getChildrenUnmodifiable().get(1)).isSameAs(l);
    }
  }

  @Test
  void theAnalystsCorrectionIsTheEvidenceOfItsSpeaker(FxRobot robot) throws Exception {
    waitForComparison();
    Quote q = workspace.comparison().quotes().get(0);
    WaitForAsyncUtils.asyncFx(() -> workspace.correct(Correction.speaker(workspace.refOf(q).orElseThrow(), "Jane Analyst")));
    waitUntil(() -> !workspace.busyProperty().get() && workspace.comparison().quotes().stream()
        .anyMatch(x -> "Jane Analyst".equals(x.speakerLabel())));
    QuotationRow row = workspace.rows().stream()
        .filter(r -> r.quotes().stream().anyMatch(x -> "Jane Analyst".equals(x.speakerLabel()))).findFirst().orElseThrow();
    List<Label> labels = select(robot, row);
    assertShowsEvidenceOf(labels, row.quotes(), workspace.comparison());
    int corrected = 0;
    for (int i = 0; i < row.quotes().size(); i++) {
      if ("Jane Analyst".equals(row.quotes().get(i).speakerLabel())) {
        assertThat(labels.get(i).getText()).isEqualTo("Why this speaker: rule: analyst's correction");
        assertThat(labels.get(i).getTooltip().getText()).isEqualTo("The analyst's correction.");
        corrected++;
      }
    }
    assertThat(corrected).isEqualTo(1);
  }

  @Test
  void aQuotationNobodyIsNamedForSaysSo(FxRobot robot) throws Exception {
    waitForComparison();
    WaitForAsyncUtils.asyncFx(() -> window.files().addPasted("Bulletin", "Markets",
        "Traders were gloomy on Monday.\n\n\"This is a bad day for everyone who works in the market,\" "
            + "was heard on the trading floor."));
    waitUntil(() -> window.comparisonView().panes().size() == 3 && !workspace.busyProperty().get());
    Comparison c = workspace.comparison();
    Document bulletin = c.documents().stream().filter(d -> d.outlet().equals("Bulletin")).findFirst().orElseThrow();
    Quote q = c.quotesOf(bulletin.id()).get(0);
    assertThat(q.speakerId()).as("the text names nobody").isNull();
    QuotationRow row = workspace.rows().stream().filter(r -> r.contains(q.id())).findFirst().orElseThrow();
    List<Label> labels = select(robot, row);
    assertShowsEvidenceOf(labels, row.quotes(), c);
    assertThat(labels.get(row.quotes().indexOf(q)).getText()).isEqualTo(EvidenceText.NO_SPEAKER);
    assertThat(labels.get(row.quotes().indexOf(q)).getStyleClass()).contains("detail-evidence-none");
  }

  @Test
  void theListsSpeakerCellHasTheSameEvidenceAsItsTooltip(FxRobot robot) throws Exception {
    waitForComparison();
    Comparison c = workspace.comparison();
    @SuppressWarnings("unchecked")
    List<TableCell<QuotationRow, String>> cells = robot.lookup(".speaker-cell").queryAllAs(TableCell.class).stream()
        .map(x -> (TableCell<QuotationRow, String>) x)
        .filter(x -> !x.isEmpty() && x.getIndex() >= 0 && x.getIndex() < window.table().getItems().size())
        .toList();
    assertThat(cells).as("speaker cells on screen").isNotEmpty();
    for (TableCell<QuotationRow, String> cell : cells) {
      QuotationRow row = window.table().getItems().get(cell.getIndex());
      assertThat(cell.getText()).isEqualTo(row.speakerName());
      assertThat(cell.getTooltip()).as("tooltip of row %s", row.key()).isNotNull();
      String tip = cell.getTooltip().getText();
      assertThat(tip).isEqualTo(EvidenceText.lines(row.quotes(), c::document));
      assertThat(tip.split("\n")).hasSize(row.quotes().size());
      Quote first = row.quotes().get(0);
      assertThat(tip).startsWith(c.document(first.documentId()).orElseThrow().outlet() + ": "
          + EvidenceText.line(first, c.document(first.documentId()).orElseThrow()));
    }
  }
}
