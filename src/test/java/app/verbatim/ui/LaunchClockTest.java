package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchClockTest {
  @Test
  void readsTheStartTickAfterACommandNameWithSpacesAndParentheses() {
    // field 22 (start time) is 12345 ticks = 123.45 s after boot; uptime 125.00 s -> 1.55 s ago
    String stat = "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 1 0 12345 1000 100";
    assertThat(LaunchClock.millisSinceStart(4242, "125.00 240.00\n", stat)).isEqualTo(1550);
  }

  @Test
  void thisProcessStartedInThePastAndNotLongerAgoThanTheJvmHasRun() {
    long ms = LaunchClock.millisSinceLaunch();
    long jvmUp = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    assertThat(ms).isGreaterThanOrEqualTo(0).isLessThan(jvmUp + 1_000);
  }
}
