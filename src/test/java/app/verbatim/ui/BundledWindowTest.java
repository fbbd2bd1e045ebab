package app.verbatim.ui;

import app.verbatim.io.DefaultArticles;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The real window on the bundled NBC/TASS pair, with preferences and recovery files under {@link #home}. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class BundledWindowTest {
  @TempDir
  static Path home;

  MainWindow window;
  Workspace workspace;

  /** Called from each test class's own {@code @Start} method (TestFX does not look for it in a superclass). */
  void open(Stage stage) throws Exception {
    WindowUnderTest opened = WindowUnderTest.open(stage, home, DefaultArticles.load());
    window = opened.window();
    workspace = opened.workspace();
  }

  @AfterEach
  void stop() {
    // the recovery file is written before the temporary home is deleted, never while it is
    window.files().flushRecovery();
    workspace.shutdown();
  }

  static void waitUntil(BooleanSupplier condition) throws Exception {
    WindowUnderTest.waitUntil(condition);
  }

  void waitForComparison() throws Exception {
    new WindowUnderTest(window, workspace).waitForComparison();
  }
}
