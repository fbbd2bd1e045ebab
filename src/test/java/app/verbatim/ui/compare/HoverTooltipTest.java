package app.verbatim.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A pane's tooltips are made on the first hover, then say what they said when made up front. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HoverTooltipTest {
  private Button button;
  private Region ruler;

  @Start
  void start(Stage stage) {
    button = new Button("x");
    ruler = new Region();
    stage.setScene(new Scene(new VBox(button, ruler), 200, 100));
    stage.show();
  }

  @Test
  void aControlsTooltipIsMadeOnTheFirstHoverAndFollowsItsText() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      HoverTooltip.set(button, "Remove this article");
      assertThat(button.getTooltip()).isNull();
      assertThat(button.getAccessibleHelp()).isEqualTo("Remove this article");
      HoverTooltip.set(button, "Remove TASS"); // shown again before any hover: the latest text counts
      enter(button);
      assertThat(button.getTooltip().getText()).isEqualTo("Remove TASS");
      HoverTooltip.set(button, "Remove NBC News");
      assertThat(button.getTooltip().getText()).isEqualTo("Remove NBC News");
      HoverTooltip.set(button, null);
      assertThat(button.getTooltip()).isNull();
      enter(button);
      assertThat(button.getTooltip()).isNull();
      HoverTooltip.set(button, "Back");
      enter(button);
      assertThat(button.getTooltip().getText()).isEqualTo("Back");
    }).get();
  }

  @Test
  void aNodesTooltipIsInstalledOnceOnTheFirstHover() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      HoverTooltip.install(ruler, "The whole article", 420);
      assertThat(ruler.getProperties()).doesNotContainKey(javafx.scene.control.Tooltip.class);
      enter(ruler);
      enter(ruler);
      assertThat(ruler.getProperties()).containsKey(javafx.scene.control.Tooltip.class);
    }).get();
  }

  private static void enter(javafx.scene.Node node) {
    Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
        false, false, false, false, false, false, false, false, false, false, null));
  }
}
