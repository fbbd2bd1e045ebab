package app.verbatim.ui;

import app.verbatim.export.ExportCancelledException;
import app.verbatim.export.ReportAnnotations;
import app.verbatim.export.ReportFormat;
import app.verbatim.export.ReportOptions;
import app.verbatim.io.ArticleReadException;
import app.verbatim.io.ArticleReader;
import app.verbatim.io.ComparisonJson;
import app.verbatim.io.SessionFile;
import app.verbatim.io.SessionReadException;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Note;
import app.verbatim.model.Quote;
import app.verbatim.model.Session;
import app.verbatim.ui.compare.ComparisonView;
import app.verbatim.ui.dialogs.PasteDialog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/**
 * Everything that reads or writes files for the window: opening articles and sessions, pasting,
 * saving, exporting, autosaving to the recovery file, asking before unsaved work is lost.
 */
public final class FileActions {
  private final WindowActions window;
  private final Workspace workspace;
  private final Preferences prefs;
  private final RecoveryStore recovery;
  /**
   * Made on the first file read (and a SessionFile at each use): their JSON readers load Jackson, which a
   * start-up showing a kept comparison needs nowhere else.
   */
  private ArticleReader reader;
  private final Autosave autosave;
  private Path lastDir;

  /** How soon an edit reaches the recovery file, at the latest. */
  static final long AUTOSAVE_MILLIS = 2000;

  FileActions(WindowActions window, Workspace workspace, Preferences prefs, RecoveryStore recovery) {
    this.window = window;
    this.workspace = workspace;
    this.prefs = prefs;
    this.recovery = recovery;
    this.autosave = new Autosave(recovery, AUTOSAVE_MILLIS);
    // both: an edit sets the session before it marks the work unsaved, so the first edit after a
    // start or a save is seen only when the flag changes
    workspace.sessionProperty().addListener((o, a, b) -> autosaveIfUnsaved());
    workspace.dirtyProperty().addListener((o, a, b) -> autosaveIfUnsaved());
  }

  private void autosaveIfUnsaved() {
    if (workspace.dirtyProperty().get()) {
      autosave.changed(workspace.session());
    }
  }

  /** Waits until the unsaved work asked for so far is in the recovery file. */
  void flushRecovery() {
    autosave.flush();
  }

  // --- opening -------------------------------------------------------------------------------

  void chooseAndOpen() {
    FileChooser fc = chooser("Open articles or a session");
    fc.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Articles and sessions", "*.txt", "*.text", "*.html", "*.htm", "*.json", "*.verbatim"),
        new FileChooser.ExtensionFilter("All files", "*.*"));
    List<File> chosen = fc.showOpenMultipleDialog(window.stage());
    if (chosen != null && !chosen.isEmpty()) {
      open(chosen.stream().map(File::toPath).toList(), -1);
    }
  }

  /** File › Open as Reference…: the official text or a transcript every quotation is measured against. */
  void chooseAndOpenReference() {
    FileChooser fc = chooser("Open the record of the speech (official text, transcript)");
    fc.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("Texts and articles", "*.txt", "*.text", "*.html", "*.htm", "*.json"),
        new FileChooser.ExtensionFilter("All files", "*.*"));
    File chosen = fc.showOpenDialog(window.stage());
    if (chosen != null) {
      open(List.of(chosen.toPath()), -1, true);
    }
  }

  public void open(List<Path> paths, int replaceIndex) {
    open(paths, replaceIndex, false);
  }

  /**
   * Opens files: a session replaces the comparison; articles are added (or, with {@code replaceIndex}
   * ≥ 0, the first replaces that pane). Files are read off the JavaFX thread; a file that cannot be read
   * gets a message and changes nothing.
   */
  public void open(List<Path> paths, int replaceIndex, boolean asReference) {
    Optional<Path> session = paths.stream().filter(FileActions::isSession).findFirst();
    if (session.isPresent()) {
      openSession(session.get());
      return;
    }
    workspace.background("Reading " + Plural.of(paths.size(), "file"), () -> {
      List<Article> read = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      for (Path p : paths) {
        try {
          ArticleReader.Noted noted = reader().readNoted(p, null);
          Article a = noted.article();
          // a file that names its speaker keeps it; otherwise the speaker the outlets quote most
          read.add(asReference ? a.withReference(a.reference() == null ? "" : a.reference()) : a);
          if (noted.note() != null) {
            problems.add(noted.note()); // an encoding guessed or repaired: the analyst should check
          }
        } catch (ArticleReadException e) {
          problems.add(e.getMessage());
        }
      }
      return new FilesRead(read, problems);
    }, result -> {
      List<Article> read = result.articles();
      if (!result.messages().isEmpty()) {
        window.showError(String.join("\n", result.messages()));
      }
      if (read.isEmpty()) {
        return;
      }
      if (replaceIndex >= 0) {
        workspace.replaceArticle(replaceIndex, read.get(0));
        workspace.addArticles(read.subList(1, read.size()));
      } else {
        workspace.addArticles(read);
      }
      paths.forEach(prefs::addRecent);
      prefs.save();
    });
  }

  /** What a background read hands back: the articles read, and a line for each problem or doubt. */
  private record FilesRead(List<Article> articles, List<String> messages) {}

  public void openSession(Path file) {
    if (!confirmDiscard()) {
      return;
    }
    workspace.background("Opening " + file.getFileName(), () -> new SessionFile().read(file), s -> {
      workspace.open(s, file, false);
      window.applyView(s);
      prefs.addRecent(file);
      prefs.save();
    });
  }

  void paste() {
    Clipboard cb = Clipboard.getSystemClipboard();
    String text = cb.hasString() ? cb.getString() : "";
    PasteDialog d = new PasteDialog(text);
    d.initOwner(window.stage());
    d.showAndWait().ifPresent(r -> addPasted(r.outlet(), r.title(), r.text()));
  }

  /** Adds pasted text as an article (a blank text gets a message and changes nothing). */
  public void addPasted(String outlet, String title, String text) {
    try {
      workspace.addArticles(List.of(reader().fromText(text, outlet, title.isBlank() ? null : title)));
    } catch (ArticleReadException e) {
      window.showError(e.getMessage());
    }
  }

  void installDragAndDrop(Scene scene, ComparisonView panes) {
    scene.setOnDragOver(e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    scene.setOnDragDropped((DragEvent e) -> {
      List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
      if (!dropped.isEmpty()) {
        open(dropped.stream().map(File::toPath).toList(), panes.paneAt(e.getSceneX(), e.getSceneY()));
      }
      e.setDropCompleted(!dropped.isEmpty());
      e.consume();
    });
  }

  // --- saving --------------------------------------------------------------------------------

  /** Saves to the session's file, or asks where; returns whether it was saved. */
  boolean save() {
    Path file = workspace.fileProperty().get();
    return file == null ? saveAs() : saveTo(file);
  }

  boolean saveAs() {
    FileChooser fc = chooser("Save comparison");
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Verbatim comparison", "*.verbatim"));
    fc.setInitialFileName("comparison.verbatim");
    File f = fc.showSaveDialog(window.stage());
    if (f == null) {
      return false;
    }
    Path p = f.toPath();
    if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".verbatim")) {
      p = p.resolveSibling(p.getFileName() + ".verbatim");
    }
    return saveTo(p);
  }

  public boolean saveTo(Path file) {
    try {
      new SessionFile().write(workspace.session(), file);
    } catch (IOException e) {
      window.showError("Could not save " + file.getFileName() + ": " + e.getMessage());
      return false;
    }
    workspace.saved(file);
    autosave.clear();
    prefs.addRecent(file);
    prefs.save();
    window.notify("Saved " + file.getFileName());
    return true;
  }

  // --- recovery ------------------------------------------------------------------------------

  /**
   * Offers the unsaved work of runs that ended without saving, newest first; returns whether one was
   * restored. Only an explicit Discard deletes a recovery file: closing the question keeps it for the
   * next start. A file that cannot be read is kept aside under another name, and the analyst told.
   */
  boolean offerRecovery() {
    boolean restored = false;
    for (Path orphan : recovery.orphans()) {
      Session s;
      try {
        s = recovery.load(orphan);
      } catch (SessionReadException e) {
        window.showError(setAside(orphan));
        continue;
      }
      switch (askAboutRecovery(s, orphan, restored)) {
        case RESTORE -> {
          workspace.open(s, null, true);
          window.applyView(s);
          adopt(s, orphan);
          restored = true;
        }
        case SAVE_AS -> {
          if (saveRecoveredAs(s)) {
            recovery.discard(orphan);
          }
        }
        case DISCARD -> recovery.discard(orphan);
        case KEEP -> { }
      }
    }
    return restored;
  }

  /** What the analyst chose for a recovered comparison. */
  enum RecoveryChoice { RESTORE, SAVE_AS, DISCARD, KEEP }

  /** The answer to the restore question; closing it or pressing Escape keeps the file. */
  static RecoveryChoice choiceOf(Optional<ButtonType> answer) {
    if (answer.isEmpty()) {
      return RecoveryChoice.KEEP;
    }
    return switch (answer.get().getButtonData()) {
      case OK_DONE -> RecoveryChoice.RESTORE;
      case YES -> RecoveryChoice.SAVE_AS;
      case NO -> RecoveryChoice.DISCARD;
      default -> RecoveryChoice.KEEP;
    };
  }

  private RecoveryChoice askAboutRecovery(Session s, Path orphan, boolean oneRestored) {
    Alert a = new Alert(Alert.AlertType.CONFIRMATION);
    a.initOwner(window.stage());
    a.setTitle("Restore unsaved work");
    String when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
        .format(RecoveryStore.savedAt(orphan).atZone(java.time.ZoneId.systemDefault()));
    a.setHeaderText(oneRestored ? "Another window was closed with unsaved work (" + when + ")."
        : "Verbatim was closed with unsaved work (" + when + ").");
    String what = "the comparison of " + Plural.of(s.articles().size(), "article") + " with "
        + Plural.of(s.corrections().size(), "correction") + " and " + Plural.of(s.notes().size(), "note");
    a.setContentText(oneRestored ? "Save " + what + " as a session file? Close this question to be asked again next time."
        : "Restore " + what + "? Close this question to be asked again next time.");
    ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    ButtonType later = new ButtonType("Keep for Later", ButtonBar.ButtonData.CANCEL_CLOSE);
    a.getButtonTypes().setAll(oneRestored ? saveAs : restore, discard, later);
    return choiceOf(a.showAndWait());
  }

  /** The restored work becomes this window's: written to its own recovery file before the orphan goes. */
  private void adopt(Session s, Path orphan) {
    if (orphan.equals(recovery.file())) {
      return;
    }
    try {
      recovery.save(s);
      recovery.discard(orphan);
    } catch (IOException e) {
      // the orphan stays; it is offered again next time rather than lost
    }
  }

  private boolean saveRecoveredAs(Session s) {
    FileChooser fc = chooser("Save the recovered comparison");
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Verbatim session", "*.verbatim"));
    fc.setInitialFileName("recovered.verbatim");
    File f = fc.showSaveDialog(window.stage());
    if (f == null) {
      return false;
    }
    try {
      new SessionFile().write(s, f.toPath());
      return true;
    } catch (IOException e) {
      window.showError("Could not save " + f.getName() + ": " + e.getMessage());
      return false;
    }
  }

  private String setAside(Path orphan) {
    try {
      Path aside = recovery.setAside(orphan);
      return "The unsaved work of an earlier run could not be read; the file was kept as " + aside
          + " rather than deleted.";
    } catch (IOException e) {
      return "The unsaved work of an earlier run could not be read (" + orphan + "); it was left where it is.";
    }
  }

  /** Asks before unsaved work is thrown away; true when it may go. */
  boolean confirmDiscard() {
    if (!workspace.dirtyProperty().get()) {
      return true;
    }
    Alert a = new Alert(Alert.AlertType.CONFIRMATION);
    a.initOwner(window.stage());
    a.setTitle("Unsaved changes");
    a.setHeaderText("Save the changes to this comparison?");
    a.setContentText("Your corrections, notes and added articles will be lost if you don't save them.");
    ButtonType saveB = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType dont = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    a.getButtonTypes().setAll(saveB, dont, ButtonType.CANCEL);
    ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == saveB) {
      return save();
    }
    if (answer == dont) {
      autosave.clear();
      return true;
    }
    return false;
  }

  // --- export --------------------------------------------------------------------------------

  void export(ReportFormat format) {
    export(format, false);
  }

  /** Asks where, then exports; {@code landscape} sets the outlets' wordings side by side. */
  void export(ReportFormat format, boolean landscape) {
    FileChooser fc = exportChooser("Export " + format.label());
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
    fc.setInitialFileName(ExportName.of(workspace.comparison(), format.extension()));
    File f = fc.showSaveDialog(window.stage());
    if (f != null) {
      export(format, f.toPath(), reportOptions(reportSpeaker(), landscape));
    }
  }

  /** The speaker the window shows, or null when that is the engine's focus speaker (or everyone). */
  private String reportSpeaker() {
    String shown = window.speakerFilterId();
    Comparison c = workspace.comparison();
    return shown == null || c == null || shown.equals(c.focusSpeaker()) ? null : shown;
  }

  /**
   * The report's settings: about the speaker the window shows (the engine's focus speaker when it shows
   * everyone), so its figures are the summary line's; landscape on request.
   */
  static ReportOptions reportOptions(String speakerId, boolean landscape) {
    return ReportOptions.defaults().withFocusSpeaker(speakerId)
        .withOrientation(landscape ? ReportOptions.Orientation.LANDSCAPE : ReportOptions.Orientation.PORTRAIT);
  }

  void exportJson() {
    FileChooser fc = exportChooser("Export JSON");
    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Comparison JSON", "*.json"));
    fc.setInitialFileName(ExportName.of(workspace.comparison(), "json"));
    File f = fc.showSaveDialog(window.stage());
    Comparison c = workspace.comparison();
    if (f == null || c == null) {
      return;
    }
    workspace.background("Writing JSON", () -> {
      new ComparisonJson().write(c, f.toPath());
      return f.toPath();
    }, this::exported);
  }

  /** Writes a report off the JavaFX thread with progress in the status bar, then offers to open it. */
  public void export(ReportFormat format, Path target) {
    export(format, target, reportOptions(reportSpeaker(), false));
  }

  /** Writes a report with these settings (see {@link #export(ReportFormat, Path)}). */
  public void export(ReportFormat format, Path target, ReportOptions options) {
    Comparison c = workspace.comparison();
    if (c == null) {
      return;
    }
    ReportAnnotations annotations = annotations(c);
    Task<Path> task = new Task<>() {
      @Override
      protected Path call() throws Exception {
        format.writer().write(c, options, annotations, target, (done, total, step) -> {
          updateProgress(done, total);
          updateMessage(step);
        });
        return target;
      }
    };
    workspace.busyProperty().set(true);
    workspace.progressProperty().bind(task.progressProperty());
    workspace.statusProperty().bind(task.messageProperty());
    Runnable done = () -> {
      workspace.progressProperty().unbind();
      workspace.statusProperty().unbind();
      workspace.busyProperty().set(false);
      workspace.statusProperty().set("");
    };
    task.setOnSucceeded(e -> {
      done.run();
      exported(target);
    });
    task.setOnFailed(e -> {
      done.run();
      Throwable t = task.getException();
      window.showError(t instanceof ExportCancelledException ? "Export cancelled; nothing was written."
          : "Export failed: " + t.getMessage());
    });
    Thread t = new Thread(task, "verbatim-export");
    t.setDaemon(true);
    t.start();
  }

  private void exported(Path target) {
    if (target.toAbsolutePath().getParent() != null) {
      prefs.exportDir(target.toAbsolutePath().getParent()); // the next export is proposed there
      prefs.save();
    }
    var pane = window.notifications();
    window.notify("Exported " + target.getFileName(), new org.controlsfx.control.action.Action("Open", e -> {
      pane.hide();
      DesktopViewer.open(target);
    }));
  }

  /** The analyst's corrections and notes in the report's terms (quotation ids of this comparison). */
  ReportAnnotations annotations(Comparison c) {
    List<ReportAnnotations.CorrectionEntry> corrections = new ArrayList<>();
    List<ReportAnnotations.NoteEntry> notes = new ArrayList<>();
    for (Quote q : c.quotes()) {
      for (Correction k : workspace.correctionsOf(q)) {
        corrections.add(new ReportAnnotations.CorrectionEntry(q.id(), k.kind().label(), null, k.speaker()));
      }
      for (boolean group : new boolean[] {false, true}) {
        Optional<Note> n = workspace.noteOf(q, group);
        if (n.isPresent()) {
          String target = group ? c.alignmentsOf(q.id()).stream().map(a -> a.group()).findFirst().orElse(q.id()) : q.id();
          if (notes.stream().noneMatch(x -> x.targetId().equals(target) && x.text().equals(n.get().text()))) {
            notes.add(new ReportAnnotations.NoteEntry(target, n.get().text()));
          }
        }
      }
    }
    return new ReportAnnotations(corrections, notes);
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A chooser in the folder the last export went to (else where files were last opened). */
  private FileChooser exportChooser(String title) {
    FileChooser fc = chooser(title);
    Path dir = prefs.exportDir();
    if (dir != null && dir.toFile().isDirectory()) {
      fc.setInitialDirectory(dir.toFile());
    }
    return fc;
  }

  private FileChooser chooser(String title) {
    FileChooser fc = new FileChooser();
    fc.setTitle(title);
    Path dir = lastDir != null ? lastDir : prefs.recentFiles().stream().map(Path::getParent).filter(p -> p != null
        && p.toFile().isDirectory()).findFirst().orElse(null);
    if (dir != null) {
      fc.setInitialDirectory(dir.toFile());
    }
    return fc;
  }

  static boolean isSession(Path p) {
    return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".verbatim");
  }

  private synchronized ArticleReader reader() {
    if (reader == null) {
      reader = new ArticleReader();
    }
    return reader;
  }
}
