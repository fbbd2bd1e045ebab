package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.present.QuotationRow;
import app.verbatim.model.Article;
import app.verbatim.model.FidelityClass;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reference open in the window: its outlined pane, the Fidelity column and filter, the record in the detail. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReferenceWindowTest {
  private static final String RECORD = "Address to the summit\n\nWe reduced our emissions by a third in five years, "
      + "and we did so without closing a single factory. We will not accept new targets while the old promises "
      + "remain unpaid.\n";

  @TempDir
  static Path home;

  private Stage stage;
  private Workspace workspace;
  private WindowUnderTest opened;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    opened = WindowUnderTest.open(stage, home, List.of(
        new Article("Wire", null, null, "en", null, "Minister defiant\n\nThe summit opened on Monday.\n\nMinister Ana Reyes said: \"We will not "
            + "accept new targets while the old promises remain unpaid.\"\n"),
        new Article("Post", null, null, "en", null, "Reyes speaks\n\nThe summit opened on Monday.\n\n\"We reduced our emissions by a third without "
            + "closing a single factory,\" Minister Ana Reyes said.\n"),
        new Article("Official text", null, null, "en", null, RECORD, "")));
    workspace = opened.workspace();
  }

  @AfterEach
  void stop() {
    // the recovery file is written before the temporary home is deleted, never while it is
    opened.window().files().flushRecovery();
    workspace.shutdown();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get();
  }

  @SuppressWarnings("unchecked")
  private TableView<QuotationRow> table() {
    return (TableView<QuotationRow>) stage.getScene().lookup("#quotation-table");
  }

  @Test
  void theRecordIsAnOutlinedPaneAndTheListGetsAFidelityColumnAndFilter() throws Exception {
    opened.waitForComparison();
    WindowUnderTest.waitUntil(() -> stage.getScene().lookup("#quotation-table") != null);
    assertThat(fx(() -> stage.getScene().getRoot().lookupAll(".reference-pane").size())).isEqualTo(1);
    assertThat(fx(() -> stage.getScene().getRoot().lookupAll(".pane-outlet").stream()
        .map(n -> ((Label) n).getText()).toList())).contains("Reference · Official text");
    assertThat(fx(() -> table().getColumns().stream().map(c -> c.getText()).toList()))
        .contains("Fidelity").doesNotContain("Official text");
    assertThat(fx(() -> stage.getScene().lookup("#fidelity-filter").isVisible())).isTrue();
  }

  @Test
  void filteringByAClassKeepsItsRowsAndTheDetailShowsTheRecordsWords() throws Exception {
    opened.waitForComparison();
    WindowUnderTest.waitUntil(() -> stage.getScene().lookup("#quotation-table") != null);
    fx(() -> {
      @SuppressWarnings("unchecked")
      ComboBox<String> filter = (ComboBox<String>) stage.getScene().lookup("#fidelity-filter");
      filter.setValue(FidelityClass.SILENT_OMISSION.label());
      return null;
    });
    WindowUnderTest.waitUntil(() -> table().getItems().size() == 1);
    assertThat(table().getItems().get(0).fidelity()).contains(FidelityClass.SILENT_OMISSION);
    fx(() -> {
      workspace.selectedKeyProperty().set(table().getItems().get(0).key());
      return null;
    });
    WindowUnderTest.waitUntil(() -> labels().stream().anyMatch(t -> t.startsWith("Against the record: silent omission")));
    assertThat(labels()).anyMatch(t -> t.contains("left out without a mark: “in five years, and we did so”"));
  }

  @Test
  void usedAsANewsArticleAgainTheFidelityGoes() throws Exception {
    opened.waitForComparison();
    fx(() -> {
      workspace.setReference(2, false);
      return null;
    });
    WindowUnderTest.waitUntil(() -> workspace.comparison() != null && !workspace.busyProperty().get()
        && workspace.comparison().references().isEmpty());
    WindowUnderTest.waitUntil(() -> !stage.getScene().lookup("#fidelity-filter").isVisible());
    assertThat(fx(() -> table().getColumns().stream().map(c -> c.getText()).toList())).doesNotContain("Fidelity");
  }

  private List<String> labels() {
    try {
      return fx(() -> stage.getScene().lookup("#detail").lookupAll(".label").stream()
          .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
