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
      // CPU time as well as wall time: on a shared machine the wall clock says more about the load than
      // about the app, the CPU a step used does not
      System.err.println("[trace] " + step + " at " + at + " ms (cpu: process " + cpuMillis("self") + " ms, "
          + Thread.currentThread().getName() + " " + cpuMillis("thread-self") + " ms)");
    }
  }

  /** User + system CPU milliseconds of /proc/self or /proc/thread-self (Linux), or -1. */
  private static long cpuMillis(String which) {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + which + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
      return (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) * 10; // utime, stime: 100 ticks a second
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /** With VERBATIM_TRACE set, the CPU each of this process's threads has used so far (Linux). */
  private static void threadTimes() {
    if (System.getenv("VERBATIM_TRACE") == null) {
      return;
    }
    try (java.nio.file.DirectoryStream<java.nio.file.Path> tasks =
        java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/task"))) {
      for (java.nio.file.Path t : tasks) {
        String stat = java.nio.file.Files.readString(t.resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ms = (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) * 10;
        if (ms > 0) {
          System.err.println("[trace] thread " + name + " " + ms + " ms");
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // no per-thread figures
    }
  }

  /**
   * Call before the stage is shown: prints {@code WHAT: N ms} (milliseconds since launch) at the second
   * pulse after that, which follows the first rendered frame.
   */
  static void printAfterFirstFrame(String what) {
    new AnimationTimer() {
      private int pulses;

      @Override
      public void handle(long now) {
        trace(what + ", pulse " + (pulses + 1));
        if (++pulses == 2) {
          stop();
          System.out.println(what + ": " + millisSinceProcessStart() + " ms");
        }
      }
    }.start();
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
          threadTimes();
          System.out.flush();
          Platform.exit();
          System.exit(0);
        }
      }
    }.start();
  }
}
