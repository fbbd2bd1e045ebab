package app.verbatim.ui;

import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.RowRelation;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Note;
import app.verbatim.model.Session;
import app.verbatim.ui.compare.ArticlePane;
import app.verbatim.ui.compare.ComparisonView;
import app.verbatim.ui.quotes.DetailView;
import app.verbatim.ui.quotes.QuotationTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;

/**
 * The comparison window: articles side by side over the quotation list and the detail of the selected
 * passage. It paints what the workspace holds and forwards the analyst's actions to it.
 */
public final class MainWindow implements WindowActions {
  static final String LIGHT_CSS = "/app/verbatim/ui/verbatim.css";
  static final String DARK_CSS = "/app/verbatim/ui/dark.css";

  private final Stage stage;
  private final Workspace workspace;
  private final Preferences prefs;
  private final ComparisonView panes = new ComparisonView();
  private final QuotationTable table;
  private final DetailView detail = new DetailView();
  private final ComboBox<SpeakerChoice> speaker = new ComboBox<>();
  private final ComboBox<String> relation = new ComboBox<>();
  private final FidelityFilter fidelity = new FidelityFilter();
  private final TextField search = new TextField();
  private final CheckBox sync = new CheckBox("Sync scroll");
  private final Label summary = new Label();
  private final NotificationPane notifications;
  /** The menu bar, filters and legend above the articles. */
  private final VBox top;
  private final Scene scene;
  private final FileActions files;
  private final javafx.beans.property.BooleanProperty dark = new javafx.beans.property.SimpleBooleanProperty();
  private boolean updatingSelection;
  private boolean speakerChosenByUser;
  /** The speaker the panes were last painted for (others' quotations are dimmed). */
  private String paintedSpeaker;
  /** The right-click menu of the panes' text: corrections, notes, links, the reference. */
  private final QuoteMenu quoteMenu;
  /** The articles over the list and the detail, in remembered split panes. */
  private final SplitLayout splits;
  private String paintedSearch;
  private Stage guide;

  public MainWindow(Stage stage, Workspace workspace, Preferences prefs, RecoveryStore recovery) {
    this.stage = stage;
    this.workspace = workspace;
    this.prefs = prefs;
    this.table = new QuotationTable(workspace.rows());
    this.files = new FileActions(this, workspace, prefs, recovery);
    this.quoteMenu = new QuoteMenu(stage, workspace, panes, detail);
    this.splits = new SplitLayout(prefs, panes);

    setUpFilters();
    sync.setSelected(prefs.syncScroll());
    panes.setSyncScroll(prefs.syncScroll());
    panes.setFontSize(prefs.fontSize());
    panes.setWrap(prefs.wrap());

    // the list and the detail join the window a frame after its first one: that frame shows the articles
    // side by side sooner without skinning, styling and laying out the table and the detail first
    FirstFrame.after(stage, () -> splits.fill(table, detail));

    // the menu bar, the toolbar, the legend and the status bar join in that frame too: made, styled and laid
    // out before the window appeared, they took about a tenth of the CPU start-up needs (README, Start-up)
    top = new VBox();
    // the message bar slides in over the articles, below the menu and the filters: wrapping the whole
    // window, it covered the menu bar and cut its first line off at the top
    notifications = new NotificationPane(splits.center());
    notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
    BorderPane root = new BorderPane(notifications, top, null, null, null);
    FirstFrame.after(stage, () -> {
      top.getChildren().setAll(new MainMenu(this, files).bar(),
          new MainToolBar(this, files, speaker, relation, fidelity, search, sync), new Legend());
      root.setBottom(statusBar());
    });
    // shown with its first look: the window takes that scene over, at the size it has on the screen
    scene = stage.isShowing() && stage.getScene() != null ? stage.getScene() : new Scene(root);
    scene.setRoot(root);
    scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(LIGHT_CSS)).toExternalForm());
    dark.set(prefs.dark());
    applyTheme(prefs.dark()); // as saved: nothing to write back at start-up
    dark.addListener((o, a, on) -> {
      applyTheme(on);
      prefs.dark(on);
      prefs.save();
    });
    files.installDragAndDrop(scene, panes);

    wire();
    if (workspace.comparison() != null) {
      comparisonChanged(workspace.comparison()); // analysed before the window existed
    }
    if (stage.getScene() != scene) {
      stage.setScene(scene);
      place(stage);
    }
    updateTitle();
  }

  /** The title of a comparison not saved yet. */
  static final String UNTITLED = "Untitled comparison — Verbatim";

  /** Puts the stage where the window opens (see {@link WindowBounds}). */
  static void place(Stage stage) {
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    WindowBounds bounds = WindowBounds.fit(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
    // the stage's outer size, so the title bar is inside the screen's visual bounds too
    stage.setX(bounds.x());
    stage.setY(bounds.y());
    stage.setWidth(bounds.width());
    stage.setHeight(bounds.height());
    stage.setMinWidth(Math.min(720, bounds.width()));
    stage.setMinHeight(Math.min(480, bounds.height()));
  }

  private void wire() {
    workspace.setOnError(this::showError);
    workspace.comparisonProperty().addListener((o, a, c) -> comparisonChanged(c));
    workspace.selectedKeyProperty().addListener((o, a, k) -> selectionChanged());
    workspace.dirtyProperty().addListener((o, a, b) -> updateTitle());
    workspace.fileProperty().addListener((o, a, b) -> updateTitle());
    // notes change marks without a new analysis; view settings change nothing painted
    workspace.sessionProperty().addListener((o, a, s) -> {
      if (a == null || !a.notes().equals(s.notes())) {
        refreshMarks();
      }
    });
    table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
      if (!updatingSelection && row != null) {
        detail.commitNote();
        workspace.selectedKeyProperty().set(row.key());
      }
    });
    speaker.setOnAction(e -> {
      if (!updatingSelection) {
        speakerChosenByUser = true;
        applyFilter();
      }
    });
    relation.setOnAction(e -> applyFilter());
    fidelity.setOnAction(e -> applyFilter());
    search.textProperty().addListener((o, a, b) -> applyFilter());
    search.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !search.getText().isEmpty()) {
        search.clear(); // clears the filter and the highlights with it
        e.consume();
      }
    });
    sync.selectedProperty().addListener((o, a, on) -> {
      panes.setSyncScroll(on);
      prefs.syncScroll(on);
      prefs.save();
    });
    detail.setOnNote(text -> workspace.selectedRow().ifPresent(r -> workspace.setNote(r.quotes().get(0), true, text)));
    detail.setOnTyping(workspace::markUnsaved);
    panes.setActions(paneActions());
  }

  /** What a click, a close or a right-click in a pane does. */
  private ComparisonView.PaneActions paneActions() {
    return new ComparisonView.PaneActions() {
      @Override
      public void clicked(Document d, int offset) {
        workspace.quoteAt(d.id(), offset).ifPresent(q -> {
          detail.commitNote();
          workspace.selectQuote(q.id());
        });
      }

      @Override
      public void remove(int index) {
        workspace.removeArticle(index);
      }

      @Override
      public ContextMenu menuFor(ArticlePane pane) {
        return quoteMenu.menuFor(pane);
      }

      @Override
      public String describe(Document d, int offset) {
        return workspace.quoteAt(d.id(), offset).map(q -> workspace.describe(q, d)).orElse(null);
      }
    };
  }

  /** Ids (for tests and CSS), prompts and choices of the filters and the summary line. */
  private void setUpFilters() {
    speaker.setId("speaker-filter");
    speaker.setButtonCell(new javafx.scene.control.ListCell<>() {
      @Override
      protected void updateItem(SpeakerChoice item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.boxLabel());
      }
    });
    speaker.setMaxWidth(280);
    relation.setId("relation-filter");
    search.setId("search");
    summary.setId("summary");
    table.setId("quotation-table");
    detail.setId("detail");
    search.setPromptText("Search (Ctrl+F)");
    relation.getItems().add("All relations");
    for (RowRelation r : RowRelation.values()) {
      relation.getItems().add(r.label());
    }
    relation.getSelectionModel().select(0);
  }

  /** The summary line, the analysis's status and its progress. */
  private HBox statusBar() {
    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(workspace.progressProperty());
    progress.visibleProperty().bind(workspace.busyProperty());
    workspace.busyProperty().addListener((o, was, now) -> table.setBusy(now));
    table.setBusy(workspace.busyProperty().get());
    progress.setPrefWidth(140);
    Label status = new Label();
    status.textProperty().bind(workspace.statusProperty());
    javafx.scene.control.Tooltip summaryTip = new javafx.scene.control.Tooltip();
    summaryTip.textProperty().bind(summary.textProperty());
    summary.setTooltip(summaryTip);
    // with three or more outlets the summary takes a second line rather than ending in "…"
    summary.setWrapText(true);
    summary.setMaxWidth(Double.MAX_VALUE);
    summary.setMinHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(summary, Priority.ALWAYS);
    HBox statusBar = new HBox(10, summary, status, progress);
    statusBar.setAlignment(Pos.CENTER_LEFT);
    statusBar.getStyleClass().add(Style.STATUS_BAR.css());
    return statusBar;
  }

  // --- reacting to the workspace -------------------------------------------------------------

  private void comparisonChanged(Comparison c) {
    quoteMenu.forgetLinkTarget(); // its quotations belong to the comparison before
    if (c == null) {
      return;
    }
    table.setDocuments(c.documents());
    fidelity.showFor(!c.references().isEmpty());
    updatingSelection = true;
    try {
      SpeakerChoice current = speaker.getValue();
      List<SpeakerChoice> choices = SpeakerChoice.of(c);
      speaker.getItems().setAll(choices);
      speaker.setValue(SpeakerChoice.pick(choices, current, speakerChosenByUser,
          workspace.session().view().focusSpeaker(), c.focusSpeaker()));
    } finally {
      updatingSelection = false;
    }
    applyFilter();
    selectionChanged(); // paints the panes
    workspace.silentOutletsNotice().ifPresent(this::notify);
  }

  private void applyFilter() {
    int r = relation.getSelectionModel().getSelectedIndex();
    QuoteFilter filter = new QuoteFilter(speaker.getValue(), r <= 0 ? null : RowRelation.values()[r - 1],
        fidelity.kind(), search.getText());
    table.setFilter(filter.rows());
    String summaryLine = workspace.applyFilter(filter, sync.isSelected());
    if (!Objects.equals(filter.speakerId(), paintedSpeaker) || !Objects.equals(filter.search(), paintedSearch)) {
      paintedSpeaker = filter.speakerId();
      paintedSearch = filter.search();
      panes.setSpeaker(paintedSpeaker);
      panes.setSearch(paintedSearch);
      refreshMarks(); // the other speakers' quotations dimmed, or no longer
    }
    if (summaryLine != null) {
      summary.setText(summaryLine);
    }
    syncTableSelection();
  }

  private void refreshMarks() {
    Comparison c = workspace.comparison();
    if (c != null) {
      java.util.Set<String> corrected = workspace.correctedIds();
      java.util.Set<String> noted = workspace.notedIds();
      panes.show(c, workspace.selectedQuoteIds(), corrected, noted);
      table.setAnnotated(corrected, noted);
    }
  }

  private void selectionChanged() {
    refreshMarks();
    syncTableSelection();
    Optional<QuotationRow> row = workspace.selectedRow();
    Comparison c = workspace.comparison();
    if (row.isPresent() && c != null) {
      detail.show(c, row.get(), workspace::correctionsOf, workspace.groupNote(row.get()).map(Note::text).orElse(""));
      panes.reveal(row.get().quotes());
    } else {
      detail.clear();
    }
  }

  private void syncTableSelection() {
    updatingSelection = true;
    try {
      Optional<QuotationRow> row = workspace.selectedRow();
      String key = row.map(QuotationRow::key).orElse(null);
      Optional<QuotationRow> shown = table.getItems().stream().filter(r -> r.key().equals(key)).findFirst();
      if (shown.isPresent()) {
        table.getSelectionModel().select(shown.get());
        table.scrollTo(shown.get());
      } else {
        table.getSelectionModel().clearSelection();
      }
    } finally {
      updatingSelection = false;
    }
  }

  // --- layout -------------------------------------------------------------------------------

  /**
   * Puts the list and the detail under the articles as the preferences say: each can be hidden, and
   * with both hidden the articles take the whole height. Divider positions are restored and remembered.
   */
  /** Shows or hides the quotation list (View menu); remembered. */
  @Override
  public void showList(boolean on) {
    splits.showList(on);
  }

  /** Shows or hides the detail view (View menu); remembered. */
  @Override
  public void showDetail(boolean on) {
    splits.showDetail(on);
  }

  @Override
  public Preferences prefs() {
    return prefs;
  }

  SplitPane textSplit() {
    return splits.center();
  }

  // --- actions the menus call ----------------------------------------------------------------

  @Override
  public void moveSelection(int step, boolean differencesOnly) {
    List<QuotationRow> shown = table.shown();
    if (shown.isEmpty()) {
      return;
    }
    Optional<QuotationRow> next = workspace.nextRow(shown, step, differencesOnly);
    if (next.isPresent()) {
      detail.commitNote();
      workspace.selectedKeyProperty().set(next.get().key());
    } else {
      notify(differencesOnly ? "No more differences in this direction." : "No more quotations in this direction.");
    }
  }

  /** Alt+Shift+Down / Up: the next or previous quotation by the selected passage's speaker. */
  @Override
  public void moveBySpeaker(int step) {
    Optional<QuotationRow> next = workspace.nextBySpeaker(table.shown(), step);
    if (next.isPresent()) {
      detail.commitNote();
      workspace.selectedKeyProperty().set(next.get().key());
    } else {
      notify(workspace.selectedRow().isEmpty() ? "Select a quotation first."
          : "No more quotations by this speaker in this direction.");
    }
  }

  /** Alt+Right: the selected passage's counterpart in the next pane. */
  @Override
  public void focusCounterpart() {
    Optional<QuotationRow> row = workspace.selectedRow();
    if (row.isEmpty() || !panes.focusCounterpart(row.get().quotes())) {
      notify(row.isEmpty() ? "Select a quotation first." : "No other pane has this passage.");
    }
  }

  /** The speaker the filter shows, or null for all speakers. */
  @Override
  public String speakerFilterId() {
    return speaker.getValue() == null ? null : speaker.getValue().speakerId();
  }

  @Override
  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  @Override
  public void changeFontSize(int delta) {
    int size = delta == 0 ? 14 : prefs.fontSize() + delta;
    prefs.fontSize(size);
    prefs.save();
    panes.setFontSize(prefs.fontSize());
  }

  @Override
  public void setWrap(boolean on) {
    prefs.wrap(on);
    prefs.save();
    panes.setWrap(on);
  }

  /** The theme: the menu's check item and the toolbar's toggle both follow it. */
  @Override
  public javafx.beans.property.BooleanProperty darkProperty() {
    return dark;
  }

  private void applyTheme(boolean dark) {
    String css = Objects.requireNonNull(getClass().getResource(DARK_CSS)).toExternalForm();
    scene.getStylesheets().remove(css);
    if (dark) {
      scene.getStylesheets().add(css);
    }
  }

  /** Help › Guide: the page on the marks and the workflow (one window, brought to the front if open). */
  @Override
  public void showGuide() {
    if (guide != null && guide.isShowing()) {
      guide.toFront();
      return;
    }
    guide = Guide.open(stage, scene.getStylesheets());
  }

  /** Opens the guide on the very first start (remembered in the preferences). */
  void showGuideOnFirstStart() {
    if (!prefs.guideShown()) {
      prefs.guideShown(true);
      prefs.save();
      showGuide();
    }
  }

  Stage guide() {
    return guide;
  }

  @Override
  public CheckBox syncBox() {
    return sync;
  }

  /** A right-click on a pane's text: selects the quotation there (see {@link QuoteMenu#rightClicked}). */
  void rightClicked(ArticlePane pane, int offset) {
    quoteMenu.rightClicked(pane, offset);
  }

  /** The note editor (see {@link QuoteMenu#noteDialog}). */
  javafx.scene.control.Dialog<String> noteDialog(String current) {
    return quoteMenu.noteDialog(current);
  }

  // --- messages ------------------------------------------------------------------------------

  /** How long a message that something worked stays up; errors stay until closed. */
  static final Duration INFO_SHOWN = Duration.seconds(8);
  private final PauseTransition infoTimer = new PauseTransition(INFO_SHOWN);

  @Override
  public void showError(String message) {
    Workspace.fx(() -> {
      infoTimer.stop();
      notifications.getActions().clear();
      notifications.getStyleClass().remove(Style.INFO.css());
      notifications.getStyleClass().add(Style.ERROR.css());
      notifications.show("⚠  " + message);
    });
  }

  /** A message that something worked (or a hint); it closes itself after {@link #INFO_SHOWN}. */
  @Override
  public void notify(String message, org.controlsfx.control.action.Action... actions) {
    Workspace.fx(() -> {
      if (notifications.isShowing() && notifications.getStyleClass().contains(Style.ERROR.css())) {
        // an error in view stays: the news joins it ("No quotations found in …" used to replace the list of
        // files that could not be read, and then closed itself)
        notifications.setText(notifications.getText() + "\n" + message);
        return;
      }
      notifications.getActions().setAll(actions);
      notifications.getStyleClass().remove(Style.ERROR.css());
      notifications.getStyleClass().add(Style.INFO.css());
      notifications.show(message);
      infoTimer.setOnFinished(e -> {
        if (notifications.getStyleClass().contains(Style.INFO.css())) {
          notifications.hide();
        }
      });
      infoTimer.playFromStart();
    });
  }

  VBox topBars() {
    return top;
  }

  @Override
  public NotificationPane notifications() {
    return notifications;
  }

  private void updateTitle() {
    String title = workspace.fileProperty().get() == null ? UNTITLED
        : workspace.fileProperty().get().getFileName() + " — Verbatim";
    stage.setTitle((workspace.dirtyProperty().get() ? "• " : "") + title);
  }

  // --- for the application and tests ---------------------------------------------------------

  @Override
  public Stage stage() {
    return stage;
  }

  public Workspace workspace() {
    return workspace;
  }

  public ComparisonView comparisonView() {
    return panes;
  }

  public QuotationTable table() {
    return table;
  }

  public DetailView detail() {
    return detail;
  }

  public FileActions files() {
    return files;
  }

  /** Restores the view settings saved with a session (after it opens). */
  @Override
  public void applyView(Session s) {
    sync.setSelected(s.view().syncScroll() || sync.isSelected());
    search.setText(s.view().search());
  }

}
