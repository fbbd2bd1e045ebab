package app.verbatim.engine.text;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary searches over lists kept in text order (by offset): the engine's one lower bound, so a rule
 * that looks up "the first word, mention or part at this offset" costs a logarithm, not a scan.
 */
public final class Sorted {
  private Sorted() {}

  /** The index of the first element whose key is at least {@code value}; the size when none is. */
  public static <T> int firstAtLeast(List<T> sorted, ToIntFunction<T> key, int value) {
    return first(sorted, key, value, 0, false);
  }

  /** The index of the first element from {@code from} on whose key is greater than {@code value}. */
  public static <T> int firstAbove(List<T> sorted, ToIntFunction<T> key, int value, int from) {
    return first(sorted, key, value, from, true);
  }

  public static <T> int firstAbove(List<T> sorted, ToIntFunction<T> key, int value) {
    return first(sorted, key, value, 0, true);
  }

  private static <T> int first(List<T> sorted, ToIntFunction<T> key, int value, int from, boolean strictly) {
    int lo = from;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int k = key.applyAsInt(sorted.get(mid));
      if (strictly ? k <= value : k < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
