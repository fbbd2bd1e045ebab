package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.RowRelation;
import app.verbatim.model.Correction;
import app.verbatim.model.Quote;
import app.verbatim.ui.compare.ArticlePane;
import app.verbatim.ui.compare.ConnectorBand;
import app.verbatim.ui.compare.OverviewRuler;
import app.verbatim.ui.compare.PaneMarks;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 12, "the difference at a glance": the window's layout, the overview ruler, nothing stale (headless). */
class GlanceWindowTest extends BundledWindowTest {
  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void theWindowFitsTheScreenAndTheArticlesHaveMostOfIt() throws Exception {
    waitForComparison();
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    Stage stage = window.stage();
    assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
    assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
    assertThat(stage.getY()).isGreaterThanOrEqualTo(screen.getMinY());
    // sized to the screen, not a fixed 1280x820
    assertThat(stage.getWidth()).isGreaterThanOrEqualTo(Math.min(screen.getWidth(), 0.85 * screen.getWidth()));
    double panes = window.comparisonView().getHeight();
    assertThat(panes).as("the articles' height").isGreaterThanOrEqualTo(0.6 * stage.getScene().getHeight());
  }

  @Test
  void theListCanBeHiddenAndTheDividersAreRemembered() throws Exception {
    waitForComparison();
    waitUntil(() -> window.table().getScene() != null);
    WaitForAsyncUtils.asyncFx(() -> window.showList(false)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.table().getScene()).isNull();
    assertThat(new Preferences(home.resolve("prefs.properties")).showList()).isFalse();
    WaitForAsyncUtils.asyncFx(() -> window.showList(true)).get();
    waitUntil(() -> window.table().getScene() != null);
    WaitForAsyncUtils.asyncFx(() -> window.textSplit().setDividerPositions(0.55)).get();
    waitUntil(() -> Math.abs(new Preferences(home.resolve("prefs.properties")).textSplit() - 0.55) < 0.01);
    WaitForAsyncUtils.asyncFx(() -> window.textSplit().setDividerPositions(Preferences.DEFAULT_TEXT_SPLIT)).get();
    waitUntil(() -> Math.abs(new Preferences(home.resolve("prefs.properties")).textSplit()
        - Preferences.DEFAULT_TEXT_SPLIT) < 0.01);
  }

  @Test
  void eachPaneHasARulerWithAMarkPerQuotationAndAClickJumpsThere(FxRobot robot) throws Exception {
    waitForComparison();
    ArticlePane tass = window.comparisonView().panes().get(1);
    OverviewRuler ruler = tass.ruler();
    waitUntil(() -> ruler.getHeight() > 0 && ruler.getChildrenUnmodifiable().size() > 1);
    assertThat(ruler.marks()).hasSameSizeAs(workspace.comparison().quotesOf("d2"));
    assertThat(ruler.getChildrenUnmodifiable()).anyMatch(n -> n.getStyleClass().contains("ruler-linked"))
        .anyMatch(n -> n.getStyleClass().contains("ruler-only-here"))
        .anyMatch(n -> n.getStyleClass().contains("ruler-focus"))
        .anyMatch(n -> n.getStyleClass().contains("ruler-viewport"));
    assertThat(ruler.viewFrom()).isLessThan(0.05);
    // the last quotation of TASS, far below the first screen
    PaneMarks.RulerMark last = ruler.marks().get(ruler.marks().size() - 1);
    Quote q = workspace.comparison().quote(last.quoteId()).orElseThrow();
    Bounds b = WaitForAsyncUtils.asyncFx(() -> ruler.localToScreen(ruler.getLayoutBounds())).get();
    robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + (last.from() + last.to()) / 2 * b.getHeight());
    waitUntil(() -> {
      try {
        return WaitForAsyncUtils.asyncFx(() -> tass.area().getCharacterBoundsOnScreen(q.start(), q.start() + 1))
            .get().isPresent();
      } catch (Exception e) {
        return false;
      }
    });
    assertThat(ruler.viewFrom()).isGreaterThan(0.3);
    assertThat(ruler.viewTo()).isGreaterThanOrEqualTo(last.from());
  }

  @Test
  void aFilterThatHidesTheSelectionClearsTheDetailAndTheHighlight(FxRobot robot) throws Exception {
    waitForComparison();
    QuotationRow group = workspace.rows().stream().filter(r -> r.relation() == RowRelation.VARIANT)
        .findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(group.key())).get();
    WaitForAsyncUtils.waitForFxEvents();
    Quote q = group.quotes().get(0);
    assertThat(window.comparisonView().panes().get(0).area().getStyleAtPosition(q.start() + 1)).contains("selected");
    ComboBox<String> relation = robot.lookup("#relation-filter").queryComboBox();
    robot.interact(() -> relation.getSelectionModel().select(RowRelation.ONLY.label()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.selectedKeyProperty().get()).isNull();
    assertThat(window.detail().lookup(".detail-hint")).isNotNull();
    assertThat(window.detail().lookup(".detail-title")).isNull();
    assertThat(window.comparisonView().panes().get(0).area().getStyleAtPosition(q.start() + 1)).doesNotContain("selected");
    robot.interact(() -> relation.getSelectionModel().select(0));
  }

  @Test
  void closingAPaneKeepsTheSpeakerFilterAndDropsASelectionThatWentWithIt(FxRobot robot) throws Exception {
    waitForComparison();
    WaitForAsyncUtils.asyncFx(() -> window.files().addPasted("Echo", "Talks",
        "\"Without any trust in the US, there will be no confidence in our national security,\" Ri Yong Ho said."));
    waitUntil(() -> window.comparisonView().panes().size() == 3 && !workspace.busyProperty().get());
    @SuppressWarnings("unchecked")
    ComboBox<SpeakerChoice> speaker = robot.lookup("#speaker-filter").queryComboBox();
    SpeakerChoice ri = speaker.getItems().stream().filter(s -> s.name().equals("Ri Yong Ho")).findFirst().orElseThrow();
    // the analyst chooses the speaker (everyone first, then Ri): Ri is s2 now, s1 once NBC (and its
    // Mike Pompeo) is gone, so a filter kept by id would fall back to everyone
    robot.interact(() -> speaker.getSelectionModel().select(SpeakerChoice.ALL));
    robot.interact(() -> speaker.getSelectionModel().select(ri));
    // an NBC quotation is selected; NBC's pane is then closed
    QuotationRow nbc = workspace.rows().stream()
        .filter(r -> r.relation() == RowRelation.ONLY && r.quotes().get(0).documentId().equals("d1")
            && "Ri Yong Ho".equals(r.speakerName()))
        .findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(nbc.key())).get();
    WaitForAsyncUtils.asyncFx(() -> workspace.removeArticle(0)).get();
    waitUntil(() -> window.comparisonView().panes().size() == 2 && !workspace.busyProperty().get());
    // still Ri, not everyone; his name is now spelled as the outlets left open spell it (Ri Yong-ho in TASS)
    assertThat(speaker.getValue()).isNotEqualTo(SpeakerChoice.ALL);
    assertThat(speaker.getValue().name()).matches("Ri Yong[ -][Hh]o");
    assertThat(workspace.selectedRow()).isEmpty();
    assertThat(window.detail().lookup(".detail-title")).isNull();
  }

  @Test
  void otherSpeakersAreDimmedAndTheSelectedRibbonsStandOut() throws Exception {
    waitForComparison();
    Quote other = workspace.comparison().quotesOf("d1").stream()
        .filter(q -> q.speakerId() != null && !q.speakerId().equals(workspace.comparison().focusSpeaker()))
        .findFirst().orElseThrow();
    ArticlePane nbc = window.comparisonView().panes().get(0);
    assertThat(nbc.area().getStyleAtPosition(other.spans().get(0).start() + 1)).contains(PaneMarks.OTHER_SPEAKER);
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(group.key())).get();
    ConnectorBand band = window.comparisonView().bands().get(0);
    waitUntil(() -> band.drawnClasses().contains("connector-selected"));
    assertThat(band.getWidth()).isGreaterThanOrEqualTo(60);
    if (band.links().size() > 1) {
      assertThat(band.drawnClasses()).contains("connector-dimmed");
    }
  }

  @Test
  void searchHighlightsItsMatchesAndEscapeClearsIt(FxRobot robot) throws Exception {
    waitForComparison();
    robot.clickOn("#search").write("trust");
    WaitForAsyncUtils.waitForFxEvents();
    ArticlePane nbc = window.comparisonView().panes().get(0);
    int at = PaneMarks.searchHits(workspace.comparison(), "d1", "trust").get(0).start();
    waitUntil(() -> nbc.area().getStyleAtPosition(at + 1).contains(PaneMarks.SEARCH_HIT));
    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !nbc.area().getStyleAtPosition(at + 1).contains(PaneMarks.SEARCH_HIT));
    assertThat(robot.lookup("#search").queryTextInputControl().getText()).isEmpty();
  }

  @Test
  void theOutletsShareTheListsWidthAndTheSpeakerColumnDoesNotGrowAfterACorrection() throws Exception {
    waitForComparison();
    waitUntil(() -> window.table().getWidth() > 0 && window.table().getScene() != null);
    double table = window.table().getWidth();
    double speakerBefore = window.table().getColumns().get(0).getWidth();
    window.table().wordingColumns().forEach(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(0.2 * table));
    Quote q = workspace.comparison().quotes().get(0);
    WaitForAsyncUtils.asyncFx(() -> workspace.correct(Correction.speaker(workspace.refOf(q).orElseThrow(),
        "Ambassador Extraordinary and Plenipotentiary Jane Analyst-Longname"))).get();
    waitUntil(() -> !workspace.busyProperty().get() && workspace.session().corrections().size() == 1
        && workspace.comparison().speakers().stream().anyMatch(s -> s.name().startsWith("Ambassador")));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.table().getColumns().get(0).getWidth()).isEqualTo(speakerBefore);
    window.table().wordingColumns().forEach(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(0.2 * table));
  }

  @Test
  void theSelectedRowIsReadableWhenTheListHasNoFocus() throws Exception {
    waitForComparison();
    waitUntil(() -> window.table().getScene() != null);
    QuotationRow row = workspace.rows().get(0);
    WaitForAsyncUtils.asyncFx(() -> {
      workspace.selectedKeyProperty().set(row.key());
      window.comparisonView().panes().get(0).area().requestFocus();
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.table().isFocused()).isFalse();
    TableRow<?> selected = window.table().lookupAll(".table-row-cell").stream().map(n -> (TableRow<?>) n)
        .filter(TableRow::isSelected).findFirst().orElseThrow();
    TableCell<?, ?> cell = selected.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
        .filter(c -> c.getText() != null && !c.getText().isBlank()).findFirst().orElseThrow();
    Color text = (Color) cell.getTextFill();
    List<Color> fills = ((Region) selected).getBackground().getFills().stream().map(f -> (Color) f.getFill()).toList();
    Color back = fills.get(fills.size() - 1);
    assertThat(contrast(text, back)).as("text %s on %s", text, back).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void aMessageThatSomethingWorkedClosesItself() throws Exception {
    waitForComparison();
    WaitForAsyncUtils.asyncFx(() -> window.notify("Saved something")).get();
    waitUntil(() -> window.notifications().isShowing());
    waitUntil(() -> !window.notifications().isShowing());
    WaitForAsyncUtils.asyncFx(() -> window.showError("Broken")).get();
    waitUntil(() -> window.notifications().isShowing());
    Thread.sleep((long) MainWindow.INFO_SHOWN.toMillis() + 1000);
    assertThat(window.notifications().isShowing()).as("an error stays").isTrue();
  }

  @Test
  void newsAfterAnErrorJoinsItInsteadOfReplacingIt() throws Exception {
    waitForComparison();
    WaitForAsyncUtils.asyncFx(() -> window.showError("Cannot read a.txt: the file is empty")).get();
    WaitForAsyncUtils.asyncFx(() -> window.notify("No quotations found in b")).get();
    waitUntil(() -> window.notifications().isShowing() && window.notifications().getText().contains("No quotations"));
    assertThat(window.notifications().getText()).contains("Cannot read a.txt").contains("No quotations found in b");
    Thread.sleep((long) MainWindow.INFO_SHOWN.toMillis() + 1000);
    assertThat(window.notifications().isShowing()).as("the error, with the news, stays").isTrue();
  }

  @Test
  void everyToolbarControlSaysWhatItDoes(FxRobot robot) throws Exception {
    waitForComparison();
    List<javafx.scene.control.Control> controls = new java.util.ArrayList<>();
    for (String kind : new String[] {".button", ".menu-button", ".toggle-button", ".combo-box", ".text-field", ".check-box"}) {
      robot.lookup("#toolbar").queryAs(javafx.scene.Parent.class).lookupAll(kind).stream()
          .filter(n -> n instanceof javafx.scene.control.Control && !(n instanceof javafx.scene.control.ListCell))
          .map(n -> (javafx.scene.control.Control) n)
          .filter(c -> !controls.contains(c) && c.getParent() != null && !c.getParent().getStyleClass().contains("combo-box"))
          .forEach(controls::add);
    }
    assertThat(controls).hasSizeGreaterThanOrEqualTo(10);
    controls.forEach(c -> assertThat(c.getTooltip()).as(c.toString()).isNotNull());
    // the toolbar's theme toggle and the menu's item are one setting
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tb-theme").queryAs(javafx.scene.control.ToggleButton.class).fire()).get();
    assertThat(window.darkProperty().get()).isTrue();
    assertThat(window.stage().getScene().getStylesheets()).anyMatch(css -> css.endsWith("dark.css"));
    WaitForAsyncUtils.asyncFx(() -> window.darkProperty().set(false)).get();
  }

  @Test
  void theGuideOpensOnTheFirstStartOnly() throws Exception {
    waitForComparison();
    WaitForAsyncUtils.asyncFx(() -> window.showGuideOnFirstStart()).get();
    Stage guide = window.guide();
    assertThat(guide).isNotNull();
    assertThat(guide.isShowing()).isTrue();
    assertThat(guide.getTitle()).isEqualTo(Guide.TITLE);
    assertThat(guide.getScene().lookup("#guide").lookupAll(".legend-sample")).hasSizeGreaterThanOrEqualTo(7);
    WaitForAsyncUtils.asyncFx(guide::close).get();
    assertThat(new Preferences(home.resolve("prefs.properties")).guideShown()).isTrue();
    WaitForAsyncUtils.asyncFx(() -> window.showGuideOnFirstStart()).get();
    assertThat(window.guide()).isSameAs(guide);
    assertThat(guide.isShowing()).isFalse();
  }

  @Test
  void theCounterpartInTheNextPaneGetsTheFocus() throws Exception {
    waitForComparison();
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(group.key())).get();
    WaitForAsyncUtils.asyncFx(() -> window.comparisonView().panes().get(0).area().requestFocus()).get();
    WaitForAsyncUtils.asyncFx(() -> window.focusCounterpart()).get();
    WaitForAsyncUtils.waitForFxEvents();
    ArticlePane tass = window.comparisonView().panes().get(1);
    Quote right = group.quotes().stream().filter(q -> q.documentId().equals("d2")).findFirst().orElseThrow();
    assertThat(tass.area().isFocused()).isTrue();
    assertThat(tass.area().getCaretPosition()).isEqualTo(right.start());
  }

  @Test
  void pageFurnitureIsDimmedAndTheFirstScreenStartsAtTheHeadline() throws Exception {
    waitForComparison();
    ArticlePane nbc = window.comparisonView().panes().get(0);
    assertThat(nbc.area().getStyleAtPosition(1)).contains(PaneMarks.FURNITURE);
    int headline = PaneMarks.firstScreenStart(nbc.document());
    int par = nbc.area().offsetToPosition(headline, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    waitUntil(() -> {
      try {
        return WaitForAsyncUtils.asyncFx(() -> nbc.area().firstVisibleParToAllParIndex()).get() == par;
      } catch (Exception e) {
        return false;
      }
    });
    assertThat(nbc.area().getStyleAtPosition(headline + 1)).doesNotContain(PaneMarks.FURNITURE);
  }

  @Test
  void correctionsAndNotesLeaveAMarkInThePaneAndTheList() throws Exception {
    waitForComparison();
    waitUntil(() -> window.table().getScene() != null);
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    Quote q = group.quotes().get(0);
    WaitForAsyncUtils.asyncFx(() -> workspace.setNote(q, false, "check the transcript")).get();
    WaitForAsyncUtils.waitForFxEvents();
    ArticlePane pane = window.comparisonView().panes().get(0);
    assertThat(pane.area().getStyleAtPosition(q.start() + 1)).contains("noted");
    assertThat(window.table().annotationMark(group)).isEqualTo("✉ ");
    waitUntil(() -> window.table().lookupAll(".speaker-cell").stream()
        .anyMatch(n -> ((TableCell<?, ?>) n).getText() != null && ((TableCell<?, ?>) n).getText().startsWith("✉ ")));
    WaitForAsyncUtils.asyncFx(() -> workspace.setNote(q, false, "")).get();
  }

  @Test
  void theNoteEditorTakesSeveralLines() throws Exception {
    waitForComparison();
    javafx.scene.control.Dialog<String> d = WaitForAsyncUtils.asyncFx(() -> window.noteDialog("first line\nsecond line")).get();
    assertThat(d.getDialogPane().getContent()).isInstanceOf(javafx.scene.control.TextArea.class);
    assertThat(((javafx.scene.control.TextArea) d.getDialogPane().getContent()).getText()).isEqualTo("first line\nsecond line");
  }

  @Test
  void theReportIsAboutTheSpeakerTheWindowShows(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    waitForComparison();
    @SuppressWarnings("unchecked")
    ComboBox<SpeakerChoice> speaker = robot.lookup("#speaker-filter").queryComboBox();
    SpeakerChoice pompeo = speaker.getItems().stream().filter(s -> s.name().equals("Mike Pompeo")).findFirst().orElseThrow();
    robot.interact(() -> speaker.getSelectionModel().select(pompeo));
    java.nio.file.Path pdf = dir.resolve("report.pdf");
    WaitForAsyncUtils.asyncFx(() -> window.files().export(app.verbatim.export.ReportFormat.PDF, pdf));
    waitUntil(() -> java.nio.file.Files.exists(pdf) && !workspace.busyProperty().get() && window.notifications().isShowing());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("Focus speaker: Mike Pompeo").contains("Mike Pompeo’s quotations");
    }
    assertThat(FileActions.reportOptions(null, true).landscape()).isTrue();
    robot.interact(() -> speaker.getSelectionModel().select(SpeakerChoice.ALL));
  }

  @Test
  void theTextMenuIsMadeOnTheFirstRightClickAndShown() throws Exception {
    waitForComparison();
    ArticlePane pane = window.comparisonView().panes().get(1);
    assertThat(pane.area().getContextMenu()).as("no menu before it is asked for").isNull();
    WaitForAsyncUtils.asyncFx(() -> pane.area().fireEvent(new javafx.scene.input.ContextMenuEvent(
        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 20, 200, 200, false, null))).get();
    javafx.scene.control.ContextMenu menu = pane.area().getContextMenu();
    assertThat(menu).isNotNull();
    assertThat(WaitForAsyncUtils.asyncFx(menu::isShowing).get()).isTrue();
    assertThat(WaitForAsyncUtils.asyncFx(pane::textContextMenu).get()).isSameAs(menu);
    WaitForAsyncUtils.asyncFx(menu::hide).get();
  }

  @Test
  void aDisabledMenuItemSaysWhy() throws Exception {
    waitForComparison();
    javafx.scene.control.ContextMenu menu = WaitForAsyncUtils.asyncFx(() -> window.comparisonView().panes().get(0).textContextMenu()).get();
    WaitForAsyncUtils.asyncFx(() -> menu.getOnShowing().handle(null)).get();
    List<javafx.scene.control.MenuItem> disabled = menu.getItems().stream()
        .filter(i -> !(i instanceof javafx.scene.control.SeparatorMenuItem) && i.isDisable()).toList();
    assertThat(disabled).isNotEmpty();
    disabled.forEach(i -> assertThat(i.getText()).as(i.getText()).matches(".+ \\(.+\\)"));
    assertThat(menu.getItems()).anyMatch(i -> "Link to the passage selected before (right-click on a quotation)".equals(i.getText()));
  }

  @Test
  void theDetailViewTablesHowEachOutletFramedThePassage() throws Exception {
    waitForComparison();
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(group.key())).get();
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node table = window.detail().lookup(".framing-table");
    assertThat(table).isNotNull();
    List<String> texts = ((javafx.scene.layout.GridPane) table).getChildren().stream()
        .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    assertThat(texts).contains("Outlet", "Verb", "Named as", "Where", "NBC News", "TASS")
        .anyMatch(t -> t.contains("neutral"));
  }

  @Test
  void aRightClickSelectsWhatItClicksAndLinksToThePassageSelectedBefore() throws Exception {
    waitForComparison();
    QuotationRow nbcOnly = workspace.rows().stream()
        .filter(r -> r.relation() == RowRelation.ONLY && r.quotes().get(0).documentId().equals("d1")).findFirst().orElseThrow();
    QuotationRow tassOnly = workspace.rows().stream()
        .filter(r -> r.relation() == RowRelation.ONLY && r.quotes().get(0).documentId().equals("d2")).findFirst().orElseThrow();
    Quote b = tassOnly.quotes().get(0);
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(nbcOnly.key())).get();
    ArticlePane tass = window.comparisonView().panes().get(1);
    WaitForAsyncUtils.asyncFx(() -> window.rightClicked(tass, b.start() + 1)).get();
    assertThat(workspace.selectedRow()).contains(tassOnly);
    javafx.scene.control.ContextMenu menu = WaitForAsyncUtils.asyncFx(tass::textContextMenu).get();
    WaitForAsyncUtils.asyncFx(() -> menu.getOnShowing().handle(null)).get();
    javafx.scene.control.MenuItem link = menu.getItems().stream()
        .filter(i -> "Link to the passage selected before".equals(i.getText())).findFirst().orElseThrow();
    assertThat(link.isDisable()).isFalse();
    WaitForAsyncUtils.asyncFx(link::fire).get();
    waitUntil(() -> {
      try {
        return WaitForAsyncUtils.asyncFx(() -> !workspace.busyProperty().get() && workspace.session().corrections().size() == 1
            && workspace.rows().stream().anyMatch(r -> r.linked() && r.quotes().stream()
                .anyMatch(q -> q.documentId().equals("d2") && q.start() == b.start()))).get();
      } catch (Exception e) {
        return false;
      }
    });
  }

  /** WCAG contrast ratio. */
  private static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
  }

  private static double lin(double v) {
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }
}
