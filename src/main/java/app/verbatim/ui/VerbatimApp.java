package app.verbatim.ui;

import app.verbatim.io.ArticleReadException;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window application. Arguments: article files or one {@code .verbatim} session to open (none
 * opens the bundled NBC/TASS comparison), and {@code --smoke} to exit once the first frame is drawn.
 */
public final class VerbatimApp extends Application {
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    DesktopViewer.use(getHostServices());
    List<String> raw = getParameters().getRaw();
    boolean smoke = raw.contains("--smoke");
    List<Path> files = new ArrayList<>();
    raw.stream().filter(a -> !a.startsWith("--")).forEach(a -> files.add(Path.of(a)));

    trace("start");
    Preferences prefs = Preferences.load();
    RecoveryStore recovery = RecoveryStore.standard();
    boolean defaultNow = files.isEmpty() && (smoke || !recovery.exists());
    Preload.Bundled bundled = defaultNow ? Preload.joined() : null;
    if (bundled == null) {
      openWindow(stage, prefs, recovery, defaultNow, null, smoke, files);
      stage.show();
      trace("stage shown");
      return;
    }
    // the bundled comparison was read while JavaFX started: the window appears with its text at once, and
    // the window itself takes that text's place a frame later (FirstLook says why)
    stage.setScene(new javafx.scene.Scene(FirstLook.of(bundled.comparison(), prefs)));
    MainWindow.place(stage);
    stage.setTitle(MainWindow.UNTITLED);
    if (smoke) {
      FirstFrameProbe.printAfterFirstFrame("text shown");
    }
    FirstFrame.after(stage, () -> openWindow(stage, prefs, recovery, true, bundled, smoke, files));
    stage.show();
    trace("first look shown");
  }

  /** Makes the window on {@code stage} and opens what it starts with; the stage may be showing already. */
  private void openWindow(Stage stage, Preferences prefs, RecoveryStore recovery, boolean defaultNow,
      Preload.Bundled bundled, boolean smoke, List<Path> files) {
    Workspace workspace = new Workspace(new LazyEngine());
    window = new MainWindow(stage, workspace, prefs, recovery);
    trace("window built");
    if (defaultNow) {
      String problem = bundled != null ? openBundled(workspace, bundled) : openDefault(workspace);
      if (problem != null) {
        window.showError(problem);
      }
      trace("default opened");
    }
    stage.setOnCloseRequest(e -> {
      if (!window.files().confirmDiscard()) {
        e.consume();
        return;
      }
      workspace.shutdown();
      Platform.exit();
    });
    if (smoke && workspace.comparison() != null) {
      trace("comparison shown");
      FirstFrameProbe.exitAfterFirstFrame();
    } else if (smoke) {
      workspace.comparisonProperty().addListener((o, a, c) -> {
        if (c != null) {
          trace("comparison shown");
          FirstFrameProbe.exitAfterFirstFrame();
        }
      });
    }
    if (!defaultNow) {
      openInitial(workspace, files);
    }
    if (!smoke) {
      // after the first frame, so the guide never delays the comparison
      FirstFrame.after(stage, window::showGuideOnFirstStart);
    }
  }

  private void openInitial(Workspace workspace, List<Path> files) {
    if (!files.isEmpty()) {
      if (files.stream().anyMatch(FileActions::isSession)) {
        window.files().openSession(files.stream().filter(FileActions::isSession).findFirst().orElseThrow());
      } else {
        window.files().open(files, -1);
      }
      return;
    }
    // after the window is up, so the question has a parent
    Platform.runLater(() -> {
      if (!window.files().offerRecovery()) {
        String problem = openDefault(workspace);
        if (problem != null) {
          window.showError(problem);
        }
      }
    });
  }

  /** Opens the preloaded bundled comparison; returns a message when it cannot be read, else null. */
  private static String openBundled(Workspace workspace, Preload.Bundled b) {
    workspace.open(Session.of(b.articles()), null, false, b.comparison());
    return null;
  }

  /** Opens the bundled comparison; returns a message when it cannot be read, else null. */
  private static String openDefault(Workspace workspace) {
    Preload.Bundled pre = Preload.joined();
    if (pre != null) {
      return openBundled(workspace, pre);
    }
    try {
      workspace.open(Session.of(DefaultArticles.load()), null, false);
      return null;
    } catch (ArticleReadException e) {
      return "The bundled articles could not be read: " + e.getMessage();
    }
  }

  private static void trace(String what) {
    FirstFrameProbe.trace(what);
  }
}
