package app.verbatim.ui;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a stage, over its own workspace and a test's home folder (one setup for every window test). */
record WindowUnderTest(MainWindow window, Workspace workspace) {

  /** Opens the window on {@code stage} with these articles, preferences and recovery file under {@code home}. */
  static WindowUnderTest open(Stage stage, Path home, List<Article> articles) throws Exception {
    System.setProperty("verbatim.home", home.toString());
    Workspace workspace = new Workspace(new VerbatimEngine());
    MainWindow window = new MainWindow(stage, workspace, new Preferences(home.resolve("prefs.properties")),
        new RecoveryStore(home.resolve("recovery.verbatim")));
    workspace.open(Session.of(articles), null, false);
    stage.show();
    return new WindowUnderTest(window, workspace);
  }

  /** Waits for a condition (never for a fixed time), then for the JavaFX events it set off. */
  static void waitUntil(BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the analysis of the open articles is shown, and the bars that join after the first frame. */
  void waitForComparison() throws Exception {
    waitUntil(() -> workspace.comparison() != null && !workspace.busyProperty().get()
        && !window.topBars().getChildren().isEmpty());
  }
}
