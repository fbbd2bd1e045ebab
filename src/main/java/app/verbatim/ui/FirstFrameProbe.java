package app.verbatim.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For {@code --smoke}: waits until the scene has been drawn, prints the milliseconds since the app was
 * launched (measured by the OS, so JVM start-up counts too) and exits 0.
 */
final class FirstFrameProbe {
  private FirstFrameProbe() {}

  /** Milliseconds since the user launched the app (see {@link LaunchClock}). */
  static long millisSinceProcessStart() {
    return LaunchClock.millisSinceLaunch();
  }

  /** With VERBATIM_TRACE set, prints how long after process start a step of start-up was reached. */
  static void trace(String step) {
    String t0 = System.getenv("VERBATIM_TRACE");
    if (t0 != null) {
      // a launch time in epoch milliseconds (date +%s%3N) is exact; the process start time is not
      long at = t0.matches("\\d{13}") ? System.currentTimeMillis() - Long.parseLong(t0) : millisSinceProcessStart();
      System.err.println("[trace] " + step + " at " + at + " ms");
    }
  }

  /** Call after the stage is shown; the second pulse follows the first rendered frame. */
  static void exitAfterFirstFrame() {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        trace("pulse " + (pulses + 1));
        if (++pulses == 2) {
          stop();
          System.out.println("first frame: " + millisSinceProcessStart() + " ms");
          System.out.flush();
          Platform.exit();
          System.exit(0);
        }
      }
    }.start();
  }
}
