package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip shown over an article's text keeps light words on its dark background. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TooltipStyleTest {
  private VBox article;

  @Start
  void start(Stage stage) {
    article = new VBox(new Label("An article's words"));
    article.getStyleClass().add("article-text");
    Scene scene = new Scene(article, 300, 120);
    scene.getStylesheets().add(VerbatimApp.class.getResource("verbatim.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void aTooltipOverTheArticleDoesNotTakeTheArticlesTextColour() throws Exception {
    Tooltip tip = new Tooltip("Ri Yong Ho · told");
    WaitForAsyncUtils.asyncFx(() -> tip.show(article, 10, 10)).get();
    WaitForAsyncUtils.waitForFxEvents();
    Color fill = WaitForAsyncUtils.asyncFx(() -> {
      tip.getScene().getRoot().applyCss();
      Text words = (Text) tip.getScene().getRoot().lookup(".text");
      return (Color) words.getFill();
    }).get();
    WaitForAsyncUtils.asyncFx(tip::hide).get();
    assertThat(fill.getBrightness()).as("the tooltip's words on its dark background").isGreaterThan(0.8);
  }
}
