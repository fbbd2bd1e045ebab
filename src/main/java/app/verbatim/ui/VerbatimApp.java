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
    Workspace workspace = new Workspace(new LazyEngine());
    RecoveryStore recovery = RecoveryStore.standard();
    Preferences prefs = Preferences.load();
    window = new MainWindow(stage, workspace, prefs, recovery);
    trace("window built");
    // the bundled comparison has been read and analysed on another thread while the window was built
    boolean defaultNow = files.isEmpty() && (smoke || !recovery.exists());
    if (defaultNow) {
      String problem = openDefault(workspace);
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
    stage.show();
    trace("stage shown");
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

  /** Opens the bundled comparison; returns a message when it cannot be read, else null. */
  private static String openDefault(Workspace workspace) {
    java.util.concurrent.CompletableFuture<Preload.Bundled> pre = Preload.take();
    if (pre != null) {
      try {
        Preload.Bundled b = pre.join();
        workspace.open(Session.of(b.articles()), null, false, b.comparison());
        return null;
      } catch (RuntimeException e) {
        // fall through: read and analyse the ordinary way, which reports the problem
      }
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
