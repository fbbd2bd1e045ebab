package app.verbatim.ui;

import app.verbatim.engine.VerbatimEngine;
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
  private static VerbatimApp running;
  private MainWindow window;

  @Override
  public void start(Stage stage) {
    running = this;
    List<String> raw = getParameters().getRaw();
    boolean smoke = raw.contains("--smoke");
    List<Path> files = new ArrayList<>();
    raw.stream().filter(a -> !a.startsWith("--")).forEach(a -> files.add(Path.of(a)));

    Workspace workspace = new Workspace(new VerbatimEngine());
    Preferences prefs = Preferences.load();
    window = new MainWindow(stage, workspace, prefs, RecoveryStore.standard());
    stage.setOnCloseRequest(e -> {
      if (!window.files().confirmDiscard()) {
        e.consume();
        return;
      }
      workspace.shutdown();
      Platform.exit();
    });
    if (smoke) {
      workspace.comparisonProperty().addListener((o, a, c) -> {
        if (c != null) {
          FirstFrameProbe.exitAfterFirstFrame();
        }
      });
    }
    openInitial(workspace, files, smoke);
    stage.show();
  }

  private void openInitial(Workspace workspace, List<Path> files, boolean smoke) {
    if (!files.isEmpty()) {
      if (files.stream().anyMatch(FileActions::isSession)) {
        window.files().openSession(files.stream().filter(FileActions::isSession).findFirst().orElseThrow());
      } else {
        window.files().open(files, -1);
      }
      return;
    }
    if (!smoke && Platform.isFxApplicationThread()) {
      // after the window is up, so the question has a parent
      Platform.runLater(() -> {
        if (!window.files().offerRecovery()) {
          openDefault(workspace);
        }
      });
      return;
    }
    openDefault(workspace);
  }

  private void openDefault(Workspace workspace) {
    try {
      workspace.open(Session.of(DefaultArticles.load()), null, false);
    } catch (ArticleReadException e) {
      window.showError("The bundled articles could not be read: " + e.getMessage());
    }
  }

  /** Opens an exported file in the desktop's viewer. */
  static void openInDesktop(Path file) {
    if (running != null) {
      running.getHostServices().showDocument(file.toUri().toString());
    }
  }
}
