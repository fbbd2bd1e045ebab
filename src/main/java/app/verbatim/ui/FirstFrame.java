package app.verbatim.ui;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Work that the window's first frame does not need, run once that frame has been drawn. */
final class FirstFrame {
  private FirstFrame() {}

  /**
   * Runs {@code action} on the JavaFX thread at the second pulse after {@code stage} is first shown: the
   * first pulse draws the first frame, so what the action adds appears in the next one.
   */
  static void after(Stage stage, Runnable action) {
    if (stage.isShowing()) {
      afterTwoPulses(action); // already shown: its WINDOW_SHOWN is past
      return;
    }
    stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<WindowEvent>() {
      @Override
      public void handle(WindowEvent e) {
        stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
        afterTwoPulses(action);
      }
    });
  }

  private static void afterTwoPulses(Runnable action) {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        if (++pulses == 2) {
          stop();
          action.run();
        }
      }
    }.start();
  }
}
