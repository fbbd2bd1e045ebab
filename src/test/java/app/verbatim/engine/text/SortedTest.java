package app.verbatim.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class SortedTest {
  private static final List<Integer> OFFSETS = List.of(3, 5, 5, 9);
  private static final ToIntFunction<Integer> SELF = Integer::intValue;

  @Test
  void firstAtLeastIsTheLowerBound() {
    assertThat(Sorted.firstAtLeast(OFFSETS, SELF, 0)).isZero();
    assertThat(Sorted.firstAtLeast(OFFSETS, SELF, 5)).isEqualTo(1); // the first of equal keys
    assertThat(Sorted.firstAtLeast(OFFSETS, SELF, 6)).isEqualTo(3);
    assertThat(Sorted.firstAtLeast(OFFSETS, SELF, 10)).isEqualTo(4);
    assertThat(Sorted.firstAtLeast(List.<Integer>of(), SELF, 1)).isZero();
  }

  @Test
  void firstAboveIsTheUpperBoundFromAStart() {
    assertThat(Sorted.firstAbove(OFFSETS, SELF, 5)).isEqualTo(3); // after every equal key
    assertThat(Sorted.firstAbove(OFFSETS, SELF, 2)).isZero();
    assertThat(Sorted.firstAbove(OFFSETS, SELF, 9)).isEqualTo(4);
    assertThat(Sorted.firstAbove(OFFSETS, SELF, 0, 2)).as("never before the start").isEqualTo(2);
  }
}
