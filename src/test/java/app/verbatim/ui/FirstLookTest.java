package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.ui.compare.PaneMarks;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first look shows each article's text from where its pane's first screen starts, and only what fits. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FirstLookTest {
  @TempDir
  static Path home;
  private static Comparison comparison;
  private FirstLook look;

  @Start
  void start(Stage stage) throws Exception {
    comparison = new VerbatimEngine().compare(DefaultArticles.load());
    look = (FirstLook) FirstLook.of(comparison, new Preferences(home.resolve("prefs.properties")));
    stage.setScene(new Scene(look, 1200, 700));
    stage.show();
  }

  @Test
  void eachPaneStartsAtItsFirstScreenAndStopsBelowTheWindow() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    List<String> shown = WaitForAsyncUtils.asyncFx(() -> look.texts().stream().map(n -> ((Text) n).getText()).toList()).get();
    for (Document d : comparison.documents()) {
      String first = d.text().substring(PaneMarks.firstScreenStart(d)).lines().findFirst().orElseThrow();
      assertThat(shown).as(d.outlet()).contains(first);
    }
    String all = String.join("\n", shown);
    assertThat(all.length()).as("no more text than the window shows")
        .isLessThan(comparison.documents().get(0).text().length() + comparison.documents().get(1).text().length());
  }
}
