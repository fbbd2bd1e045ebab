package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
    WindowUnderTest opened = WindowUnderTest.open(stage, home, List.of(
        new Article("Gazette", null, null, "en", null, "Harbour\n\nThe meeting ran late.\n\n“" + PASSAGE
            + ",” Mayor Lena Ostrova said."),
        new Article("Courier", null, null, "en", null, "Harbour\n\nThe meeting ran late.\n\n“" + PASSAGE
            + ",” council leader Tomas Varga said.")));
    window = opened.window();
    workspace = opened.workspace();
  }

  @AfterEach
  void stop() {
    workspace.shutdown();
  }

  @Test
  void theMessageBarNamesBothSpeakersOfTheDisputedPassage() throws Exception {
    WindowUnderTest.waitUntil(
        () -> window.notifications().isShowing() && window.notifications().getText() != null
            && window.notifications().getText().contains("disagree"));
    assertThat(window.notifications().getText()).contains("Lena Ostrova").contains("Tomas Varga")
        .contains("Gazette").contains("Courier");
  }
}
