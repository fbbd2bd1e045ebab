package app.verbatim.engine.quotes;

import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Quotation spans sorted by start, so "is this offset quoted?" costs a binary search, not a scan. */
public final class SpanIndex {
  private final int[] starts;
  private final int[] ends;

  public SpanIndex(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.naturalOrder());
    starts = new int[sorted.size()];
    ends = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      starts[i] = sorted.get(i).start();
      ends[i] = sorted.get(i).end();
    }
  }

  /** The span containing {@code offset}, or null. */
  public Span at(int offset) {
    return at(offset, floor(offset));
  }

  /**
   * The span containing {@code offset}, given {@code floor(offset)}: a scan that walks through the
   * text keeps the floor as it goes instead of searching for it at every character.
   */
  Span at(int offset, int floor) {
    // spans do not nest, but a few may overlap; look back a little
    for (int i = floor; i >= 0 && i > floor - 4; i--) {
      if (offset >= starts[i] && offset < ends[i]) {
        return new Span(starts[i], ends[i]);
      }
    }
    return null;
  }

  /** The index of the last span starting at or before {@code offset}, or -1. */
  int floor(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** {@link #floor} of {@code offset}, from the floor of a nearby offset. */
  int floor(int offset, int near) {
    int k = near;
    while (k >= 0 && starts[k] > offset) {
      k--;
    }
    while (k + 1 < starts.length && starts[k + 1] <= offset) {
      k++;
    }
    return k;
  }

  /** The first span starting at or after {@code from}, as its start, or {@code otherwise}. */
  public int nextStart(int from, int otherwise) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < starts.length ? Math.min(starts[lo], otherwise) : otherwise;
  }

  /** The latest end at or before {@code before} among spans, or {@code otherwise} if later. */
  public int previousEnd(int before, int otherwise) {
    int best = otherwise;
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < before) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i > lo - 5; i--) {
      if (ends[i] <= before && ends[i] > best) {
        best = ends[i];
      }
    }
    return best;
  }
}
