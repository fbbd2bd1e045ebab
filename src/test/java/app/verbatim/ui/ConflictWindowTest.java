package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two outlets that give one passage to two people: the window says so in its message bar (headless). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConflictWindowTest {
  private static final String PASSAGE = "We will never give up the harbour to anyone, whatever the council decides";

  @TempDir
  static Path home;

  private MainWindow window;
  private Workspace workspace;

  @Start
  void start(Stage stage) throws Exception {
    System.setProperty("verbatim.home", home.toString());
    workspace = new Workspace(new VerbatimEngine());
    window = new MainWindow(stage, workspace, new Preferences(home.resolve("prefs.properties")),
        new RecoveryStore(home.resolve("recovery.verbatim")));
    workspace.open(Session.of(List.of(
        new Article("Gazette", null, null, "en", null, "Harbour\n\nThe meeting ran late.\n\n“" + PASSAGE
            + ",” Mayor Lena Ostrova said."),
        new Article("Courier", null, null, "en", null, "Harbour\n\nThe meeting ran late.\n\n“" + PASSAGE
            + ",” council leader Tomas Varga said."))), null, false);
    stage.show();
  }

  @AfterEach
  void stop() {
    workspace.shutdown();
  }

  @Test
  void theMessageBarNamesBothSpeakersOfTheDisputedPassage() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> window.notifications().isShowing() && window.notifications().getText() != null
            && window.notifications().getText().contains("disagree"));
    assertThat(window.notifications().getText()).contains("Lena Ostrova").contains("Tomas Varga")
        .contains("Gazette").contains("Courier");
  }
}
