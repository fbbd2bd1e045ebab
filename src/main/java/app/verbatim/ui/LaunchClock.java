package app.verbatim.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * How long ago the user launched Verbatim: the start of this process, or of its parent when this is
 * the tuned child that {@code java -jar} starts (the parent's start is when the user's command ran).
 * On Linux it reads the kernel's tick counts ({@code /proc}), exact to 10 ms; Java's own
 * {@code ProcessHandle.Info.startInstant()} adds the boot time, which Linux gives in whole seconds,
 * so it can be up to a second late. Elsewhere that is the fallback.
 */
final class LaunchClock {
  /** Linux's USER_HZ: /proc counts process start times in these ticks (100 on every mainstream build). */
  private static final double TICKS_PER_SECOND = 100.0;

  private LaunchClock() {}

  static long millisSinceLaunch() {
    ProcessHandle launched = Boolean.getBoolean("verbatim.relaunched")
        ? ProcessHandle.current().parent().orElse(ProcessHandle.current())
        : ProcessHandle.current();
    try {
      return millisSinceStart(launched.pid(), Files.readString(Path.of("/proc/uptime")),
          Files.readString(Path.of("/proc/" + launched.pid() + "/stat")));
    } catch (IOException | RuntimeException e) {
      Instant start = launched.info().startInstant().orElse(Instant.now());
      return Duration.between(start, Instant.now()).toMillis();
    }
  }

  /** From /proc/uptime ("12.34 …", seconds since boot) and /proc/PID/stat (field 22: start in ticks). */
  static long millisSinceStart(long pid, String uptime, String stat) {
    double up = Double.parseDouble(uptime.trim().split("\\s+")[0]);
    // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    long startTicks = Long.parseLong(fields[22 - 3]);
    return Math.round((up - startTicks / TICKS_PER_SECOND) * 1000);
  }
}
