package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.QuotationRows;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Quote;
import app.verbatim.model.Session;
import app.verbatim.ui.compare.ArticlePane;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless (Monocle). */
class MainWindowTest extends BundledWindowTest {
  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void theDefaultComparisonShowsTheEnginesLinkedGroups(FxRobot robot) throws Exception {
    waitForComparison();
    Comparison expected = new VerbatimEngine().compare(DefaultArticles.load());
    List<String> expectedGroups = QuotationRows.of(expected).stream().filter(QuotationRow::linked)
        .map(QuotationRow::key).toList();
    assertThat(expectedGroups).isNotEmpty();
    assertThat(window.comparisonView().panes()).hasSize(2);
    assertThat(workspace.rows().stream().filter(QuotationRow::linked).map(QuotationRow::key).toList())
        .isEqualTo(expectedGroups);
    assertThat(window.comparisonView().bands()).hasSize(1);
    assertThat(window.comparisonView().bands().get(0).links()).hasSizeGreaterThanOrEqualTo(expectedGroups.size());
    // the default filter is the focus speaker the engine chose
    ComboBox<?> speaker = robot.lookup("#speaker-filter").queryComboBox();
    assertThat(((SpeakerChoice) speaker.getValue()).speakerId()).isEqualTo(expected.focusSpeaker());
  }

  @Test
  void clickingAQuotationSelectsItsCounterpartInTheOtherPane(FxRobot robot) throws Exception {
    waitForComparison();
    Comparison c = workspace.comparison();
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    Quote left = group.quotes().stream().filter(q -> q.documentId().equals("d1")).findFirst().orElseThrow();
    Quote right = group.quotes().stream().filter(q -> q.documentId().equals("d2")).findFirst().orElseThrow();
    ArticlePane nbc = window.comparisonView().panes().get(0);
    robot.interact(() -> nbc.reveal(left.start()));
    WaitForAsyncUtils.waitForFxEvents();
    int middle = (left.spans().get(0).start() + left.spans().get(0).end()) / 2;
    Bounds b = WaitForAsyncUtils.asyncFx(() -> nbc.area().getCharacterBoundsOnScreen(middle, middle + 1).orElseThrow()).get();
    robot.clickOn(b.getCenterX(), b.getCenterY());
    waitUntil(() -> workspace.selectedQuoteIds().contains(right.id()));
    assertThat(workspace.selectedQuoteIds()).contains(left.id(), right.id());
    ArticlePane tass = window.comparisonView().panes().get(1);
    assertThat(tass.area().getStyleAtPosition(right.start() + 1)).contains("selected");
    assertThat(c.quotesOf("d1")).isNotEmpty();
    assertThat(window.table().getSelectionModel().getSelectedItem().key()).isEqualTo(group.key());
  }

  @Test
  void withSynchronizedScrollingSelectingAGroupStillBringsEachCounterpartIntoView() throws Exception {
    waitForComparison();
    Comparison c = workspace.comparison();
    int len1 = c.documents().get(0).text().length();
    int len2 = c.documents().get(1).text().length();
    // the linked group whose two wordings sit furthest apart, relative to their articles
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked)
        .max(java.util.Comparator.comparingDouble(r -> Math.abs(start(r, "d1") / (double) len1 - start(r, "d2") / (double) len2)))
        .orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> window.syncBox().setSelected(true)).get();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(group.key())).get();
    WaitForAsyncUtils.waitForFxEvents(); // no fixed wait: the reveal holds until the analyst scrolls
    for (int i = 0; i < 2; i++) {
      ArticlePane pane = window.comparisonView().panes().get(i);
      int at = start(group, "d" + (i + 1)) + 1;
      Bounds view = WaitForAsyncUtils.asyncFx(() -> pane.area().localToScreen(pane.area().getLayoutBounds())).get();
      java.util.Optional<Bounds> shown = WaitForAsyncUtils.asyncFx(() -> pane.area().getCharacterBoundsOnScreen(at, at + 1)).get();
      assertThat(shown).as("the quotation in pane %d is in view", i + 1).isPresent();
      assertThat(shown.get().getMinY()).isBetween(view.getMinY() - 1, view.getMaxY());
    }
  }

  @Test
  void afterARevealTheAnalystsOwnScrollingIsFollowedAgain(FxRobot robot) throws Exception {
    waitForComparison();
    QuotationRow group = workspace.rows().stream().filter(QuotationRow::linked).findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> window.syncBox().setSelected(true)).get();
    WaitForAsyncUtils.asyncFx(() -> workspace.selectedKeyProperty().set(group.key())).get();
    WaitForAsyncUtils.waitForFxEvents();
    ArticlePane first = window.comparisonView().panes().get(0);
    ArticlePane second = window.comparisonView().panes().get(1);
    robot.moveTo(first.area()).scroll(8, javafx.geometry.VerticalDirection.DOWN);
    waitUntil(() -> Math.abs(first.scrollFraction() - second.scrollFraction()) < 0.02);
    assertThat(first.scrollFraction()).isGreaterThan(0);
  }

  private static int start(QuotationRow row, String documentId) {
    return row.quotes().stream().filter(q -> q.documentId().equals(documentId)).findFirst().orElseThrow().start();
  }

  @Test
  void theSpeakerFilterChangesTheList(FxRobot robot) throws Exception {
    waitForComparison();
    int focused = window.table().getItems().size();
    @SuppressWarnings("unchecked")
    ComboBox<SpeakerChoice> speaker = robot.lookup("#speaker-filter").queryComboBox();
    robot.interact(() -> speaker.getSelectionModel().select(SpeakerChoice.ALL));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.table().getItems()).hasSizeGreaterThan(focused);
    assertThat(window.table().getItems()).hasSize(workspace.rows().size());
    robot.clickOn("#search").write("xqzzy-nothing-like-this");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.table().getItems()).isEmpty();
  }

  @Test
  void openingAFileAndPastingAnArticleAddPanes(@TempDir Path dir) throws Exception {
    waitForComparison();
    Path file = dir.resolve("herald.txt");
    Files.writeString(file, "Minister speaks\n\n\"We will not give up,\" the minister said on Tuesday.\n",
        StandardCharsets.UTF_8);
    WaitForAsyncUtils.asyncFx(() -> window.files().open(List.of(file), -1));
    waitUntil(() -> window.comparisonView().panes().size() == 3 && !workspace.busyProperty().get());
    WaitForAsyncUtils.asyncFx(() -> window.files().addPasted("The Courier", "Talks",
        "\"We will not give up,\" Ms Rowe said."));
    waitUntil(() -> window.comparisonView().panes().size() == 4 && !workspace.busyProperty().get());
    assertThat(window.comparisonView().panes().get(3).document().outlet()).isEqualTo("The Courier");
    assertThat(window.comparisonView().bands()).hasSize(3);
    assertThat(workspace.dirtyProperty().get()).isTrue();
  }

  @Test
  void aCorrectionAndANoteSurviveSaveAndReopen(@TempDir Path dir) throws Exception {
    waitForComparison();
    Quote q = workspace.comparison().quotes().get(0);
    WaitForAsyncUtils.asyncFx(() -> {
      workspace.correct(Correction.speaker(workspace.refOf(q).orElseThrow(), "Jane Analyst"));
      workspace.setNote(q, false, "check the transcript");
    });
    waitUntil(() -> !workspace.busyProperty().get() && workspace.comparison().quotes().stream()
        .anyMatch(x -> "Jane Analyst".equals(x.speakerLabel())));
    Path saved = dir.resolve("work.verbatim");
    WaitForAsyncUtils.asyncFx(() -> window.files().saveTo(saved)).get();
    assertThat(workspace.dirtyProperty().get()).isFalse();
    Session defaults = Session.of(DefaultArticles.load());
    WaitForAsyncUtils.asyncFx(() -> workspace.open(defaults, null, false)).get();
    waitUntil(() -> !workspace.busyProperty().get() && workspace.session().corrections().isEmpty());
    WaitForAsyncUtils.asyncFx(() -> window.files().openSession(saved));
    waitUntil(() -> !workspace.busyProperty().get() && saved.equals(workspace.fileProperty().get())
        && workspace.comparison() != null
        && workspace.comparison().quotes().stream().anyMatch(x -> "Jane Analyst".equals(x.speakerLabel())));
    Quote reopened = workspace.comparison().quotes().stream()
        .filter(x -> "Jane Analyst".equals(x.speakerLabel())).findFirst().orElseThrow();
    assertThat(workspace.comparison().speaker(reopened.speakerId()).orElseThrow().name()).isEqualTo("Jane Analyst");
    assertThat(workspace.noteOf(reopened, false).orElseThrow().text()).isEqualTo("check the transcript");
    assertThat(workspace.correctedIds()).contains(reopened.id());
  }

  @Test
  void aCorruptSessionFileShowsAnErrorAndChangesNothing(@TempDir Path dir) throws Exception {
    waitForComparison();
    Comparison before = workspace.comparison();
    Path bad = dir.resolve("broken.verbatim");
    Files.write(bad, new byte[] {0x7b, 0x22, 0x66, 0x6f, (byte) 0xff, 0x00, 0x13});
    WaitForAsyncUtils.asyncFx(() -> window.files().openSession(bad));
    waitUntil(() -> window.notifications().isShowing());
    assertThat(window.notifications().getText()).contains("broken.verbatim");
    // the message bar shows below the menu and filters, never over them
    Bounds bar = WaitForAsyncUtils.asyncFx(() -> window.notifications().localToScene(window.notifications().getLayoutBounds())).get();
    Bounds menus = WaitForAsyncUtils.asyncFx(() -> window.topBars().localToScene(window.topBars().getLayoutBounds())).get();
    assertThat(bar.getMinY()).isGreaterThanOrEqualTo(menus.getMaxY() - 0.5);
    assertThat(workspace.comparison()).isSameAs(before);
    assertThat(workspace.fileProperty().get()).isNull();
  }

  @Test
  void theRecoveryFileRestoresUnsavedWork(FxRobot robot) throws Exception {
    waitForComparison();
    Quote q = workspace.comparison().quotes().get(1);
    WaitForAsyncUtils.asyncFx(() -> workspace.correct(Correction.notAQuote(workspace.refOf(q).orElseThrow())));
    waitUntil(() -> !workspace.busyProperty().get());
    Path recovery = home.resolve("recovery.verbatim");
    assertThat(home.resolve("recovery.verbatim").getParent()).exists();
    // the first correction after a start reaches the recovery file by itself (it used to wait for a
    // second edit)
    waitUntil(() -> {
      try {
        return new RecoveryStore(recovery).load().corrections().size() == 1;
      } catch (Exception e) {
        return false;
      }
    });
    // a new start: the default comparison, then the offer to restore
    Session defaults = Session.of(DefaultArticles.load());
    WaitForAsyncUtils.asyncFx(() -> workspace.open(defaults, null, false)).get();
    waitUntil(() -> !workspace.busyProperty().get() && workspace.session().corrections().isEmpty());
    robot.interact(() -> javafx.application.Platform.runLater(() -> window.files().offerRecovery()));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Restore");
    waitUntil(() -> !workspace.busyProperty().get() && workspace.session().corrections().size() == 1);
    assertThat(workspace.dirtyProperty().get()).isTrue();
    assertThat(workspace.comparison().quotes()).noneMatch(x -> x.documentId().equals(q.documentId())
        && x.start() == q.start() && x.end() == q.end());
  }

  @Test
  void aNoteBeingTypedReachesTheRecoveryFileWithoutLeavingTheField(FxRobot robot) throws Exception {
    waitForComparison();
    Path recovery = home.resolve("recovery.verbatim");
    WaitForAsyncUtils.asyncFx(() -> {
      window.files().saveTo(home.resolve("clean.verbatim")); // nothing unsaved, no recovery file
      workspace.selectQuote(workspace.comparison().quotes().get(0).id());
    }).get();
    waitUntil(() -> !workspace.dirtyProperty().get() && !Files.exists(recovery)
        && window.detail().noteField().getScene() != null);
    robot.clickOn(window.detail().noteField());
    robot.write("Ch");
    waitUntil(() -> workspace.dirtyProperty().get());
    assertThat(window.stage().getTitle()).as("unsaved from the first keystroke").startsWith("•");
    robot.write("ecked against the record");
    assertThat(window.detail().noteField().isFocused()).isTrue();
    waitUntil(() -> {
      try {
        return Files.exists(recovery) && new RecoveryStore(recovery).load().notes().stream()
            .anyMatch(n -> n.text().equals("Checked against the record"));
      } catch (Exception e) {
        return false;
      }
    });
    assertThat(window.detail().noteField().isFocused()).as("still typing").isTrue();
  }

  @Test
  void anUnreadableRecoveryFileIsKeptAsideAndSaid() throws Exception {
    waitForComparison();
    // nothing unsaved of this window's own, so the unreadable file is the only one to offer
    WaitForAsyncUtils.asyncFx(() -> window.files().saveTo(home.resolve("clean.verbatim"))).get();
    waitUntil(() -> !Files.exists(home.resolve("recovery.verbatim")));
    Path broken = Files.writeString(home.resolve("recovery-999999.verbatim"), "{\"format\": \"verbatim-sess");
    WaitForAsyncUtils.asyncFx(() -> window.files().offerRecovery()).get();
    waitUntil(() -> window.notifications().isShowing() && window.notifications().getText() != null
        && window.notifications().getText().contains("kept as"));
    assertThat(broken).doesNotExist();
    try (var files = Files.list(home)) {
      List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("unreadable-recovery-")).toList();
      assertThat(aside).hasSize(1);
      assertThat(window.notifications().getText()).contains(aside.get(0).getFileName().toString());
      Files.delete(aside.get(0));
    }
  }

  @Test
  void aGuessedEncodingIsSaidInTheMessageBar(@TempDir Path dir) throws Exception {
    waitForComparison();
    Path mixed = dir.resolve("mixed.txt");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write("Port talks\n\n“We will not move the cranes,” said René Aubert.\n\nHe added: ".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0x93, 'N', 'o', '.', (byte) 0x94});
    Files.write(mixed, b.toByteArray());
    WaitForAsyncUtils.asyncFx(() -> window.files().open(List.of(mixed), -1)).get();
    waitUntil(() -> window.notifications().isShowing() && window.notifications().getText() != null
        && window.notifications().getText().contains("UTF-8 except for 2 bytes"));
    waitUntil(() -> workspace.session().articles().stream().anyMatch(a -> a.text().contains("René Aubert")));
  }

  @Test
  void closingTheRestoreQuestionKeepsTheRecoveryFile(FxRobot robot) throws Exception {
    waitForComparison();
    Path recovery = home.resolve("recovery.verbatim");
    new RecoveryStore(recovery).save(workspace.session());
    robot.interact(() -> javafx.application.Platform.runLater(() -> window.files().offerRecovery()));
    waitUntil(() -> robot.lookup("Restore").tryQuery().isPresent());
    robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    waitUntil(() -> robot.lookup("Restore").tryQuery().isEmpty());
    assertThat(recovery).as("only Discard deletes it").exists();
    Files.deleteIfExists(recovery);
  }

  @Test
  void exportWritesAReportWithTheAnalystsCorrectionAndNote(@TempDir Path dir) throws Exception {
    waitForComparison();
    Quote q = workspace.comparison().quotes().get(0);
    WaitForAsyncUtils.asyncFx(() -> {
      workspace.correct(Correction.speaker(workspace.refOf(q).orElseThrow(), "Jane Analyst"));
      workspace.setNote(q, false, "Checked against the UN transcript");
    });
    waitUntil(() -> !workspace.busyProperty().get() && workspace.comparison().quotes().stream()
        .anyMatch(x -> "Jane Analyst".equals(x.speakerLabel())));
    Path pdf = dir.resolve("report.pdf");
    WaitForAsyncUtils.asyncFx(() -> window.files().export(app.verbatim.export.ReportFormat.PDF, pdf));
    waitUntil(() -> Files.exists(pdf) && !workspace.busyProperty().get() && window.notifications().isShowing());
    assertThat(window.notifications().getText()).contains("report.pdf");
    assertThat(window.notifications().getActions()).extracting(a -> a.getText()).contains("Open");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("NBC News", "TASS", "Jane Analyst", "Checked against the UN transcript");
    }
  }

  @Test
  void unreadableFilesGetAMessageAndChangeNothing(@TempDir Path dir) throws Exception {
    waitForComparison();
    Comparison before = workspace.comparison();
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
    WaitForAsyncUtils.asyncFx(() -> window.files().open(List.of(empty, binary), -1));
    waitUntil(() -> window.notifications().isShowing() && !workspace.busyProperty().get());
    assertThat(window.notifications().getText()).contains("empty.txt").contains("photo.txt");
    assertThat(workspace.comparison()).isSameAs(before);
    assertThat(window.comparisonView().panes()).hasSize(2);
  }

  @Test
  void anArticleWithoutQuotationsIsShownWithAMessage() throws Exception {
    waitForComparison();
    WaitForAsyncUtils.asyncFx(() -> window.files().addPasted("Bulletin", "",
        "Markets were calm on Monday.\n\nTrading volumes were light ahead of the holiday."));
    waitUntil(() -> window.comparisonView().panes().size() == 3 && !workspace.busyProperty().get()
        && window.notifications().isShowing());
    assertThat(window.notifications().getText()).contains("No quotations found in Bulletin");
  }

  @Test
  void keyboardNavigationWalksQuotationsAndDifferences(FxRobot robot) throws Exception {
    waitForComparison();
    robot.clickOn("#quotation-table");
    robot.interact(() -> workspace.selectedKeyProperty().set(null));
    robot.press(javafx.scene.input.KeyCode.ALT).press(javafx.scene.input.KeyCode.DOWN)
        .release(javafx.scene.input.KeyCode.DOWN).release(javafx.scene.input.KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();
    List<QuotationRow> shown = window.table().shown();
    assertThat(workspace.selectedKeyProperty().get()).isEqualTo(shown.get(0).key());
    robot.type(javafx.scene.input.KeyCode.F8);
    WaitForAsyncUtils.waitForFxEvents();
    QuotationRow diff = workspace.selectedRow().orElseThrow();
    assertThat(diff.relation()).isNotEqualTo(app.verbatim.engine.present.RowRelation.IDENTICAL);
    assertThat(shown.indexOf(diff)).isGreaterThan(0);
    robot.type(javafx.scene.input.KeyCode.F7);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown.indexOf(workspace.selectedRow().orElseThrow())).isLessThan(shown.indexOf(diff));
  }
}
