package app.verbatim.engine.record;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where in the record a quotation's words stand, whatever order the outlet quotes the speech in:
 * word triples the quotation shares with the record vote for an offset; the best offset's stretch of the
 * record is matched word by word (a Myers diff); words left unmatched in runs of three or more are then
 * looked for elsewhere, which finds each passage of a stitch. The cost follows the shared triples and
 * the quotation's length, never the record's.
 */
final class RecordLocator {
  /** Offsets this far apart still vote for the same stretch (words left out or added in between). */
  private static final int SPREAD = 40;
  /** Words of record around the voted stretch also offered to the diff. */
  private static final int MARGIN = 8;

  private RecordLocator() {}

  /** For each key of the quotation, the record word it renders, or -1. */
  static int[] locate(List<String> quote, RecordIndex record) {
    int[] map = new int[quote.size()];
    Arrays.fill(map, -1);
    if (quote.size() < 3) {
      int at = java.util.Collections.indexOfSubList(record.keys, quote);
      for (int i = 0; at >= 0 && i < quote.size(); i++) {
        map[i] = at + i;
      }
      return map;
    }
    matchRun(quote, 0, quote.size(), record, map);
    tighten(map, quote, record);
    dropStrays(map, record);
    // a stitch: a run of the quotation that the first stretch did not hold is another passage
    for (int pass = 0; pass < 3; pass++) {
      int from = -1;
      boolean found = false;
      for (int i = 0; i <= quote.size(); i++) {
        boolean unmatched = i < quote.size() && map[i] < 0;
        if (unmatched && from < 0) {
          from = i;
        } else if (!unmatched && from >= 0) {
          if (i - from >= 3) {
            found |= matchRun(quote, from, i, record, map);
          }
          from = -1;
        }
      }
      tighten(map, quote, record);
      dropStrays(map, record);
      if (!found) {
        break;
      }
    }
    reattachEdges(map, quote, record);
    return map;
  }

  /**
   * At a stitch's seam, a word the diff took across a sentence end of the record ("…their grain. We")
   * belongs to the next passage when that passage's sentence holds it right before its first word
   * ("We will not sign…"): a passage runs within the speaker's sentence, not one word into the next.
   */
  private static void reattachEdges(int[] map, List<String> quote, RecordIndex record) {
    for (int i = 1; i + 1 < map.length; i++) {
      int at = map[i];
      int next = map[i + 1];
      boolean seam = at >= 0 && next > 0 && next != at + 1 && map[i - 1] >= 0;
      if (seam && !record.sentence.get(map[i - 1]).equals(record.sentence.get(at))
          && record.keys.get(next - 1).equals(quote.get(i))
          && record.sentence.get(next - 1).equals(record.sentence.get(next))) {
        map[i] = next - 1;
      }
    }
  }

  /**
   * A lone matched word — one whose record place follows neither the word before it nor leads to the
   * word after it ("the" found elsewhere in the stretch) — is chance, and would cut the run a later pass
   * must look for elsewhere.
   */
  private static void dropStrays(int[] map, RecordIndex record) {
    if (map.length < 4) {
      return;
    }
    boolean[] stray = new boolean[map.length];
    for (int i = 0; i < map.length; i++) {
      boolean before = i > 0 && follows(map[i - 1], map[i], record);
      boolean after = i + 1 < map.length && follows(map[i], map[i + 1], record);
      stray[i] = map[i] >= 0 && !before && !after;
    }
    for (int i = 0; i < map.length; i++) {
      if (stray[i]) {
        map[i] = -1;
      }
    }
  }

  /**
   * A diff may match a word to an equal word further off ("the" of "the old promises" rather than of
   * "the era" just before the next matched word); the nearer one is the rendering.
   */
  private static void tighten(int[] map, List<String> quote, RecordIndex record) {
    for (int i = map.length - 2; i >= 0; i--) {
      int next = map[i + 1];
      if (map[i] >= 0 && next > 0 && next - map[i] > 1 && record.keys.get(next - 1).equals(quote.get(i))) {
        map[i] = next - 1;
      }
    }
  }

  /** Whether record place {@code b} comes shortly after {@code a}: the same passage, a few words left out. */
  private static boolean follows(int a, int b, RecordIndex record) {
    return a >= 0 && b > a && b - a <= 4 && record.stretch.get(a).equals(record.stretch.get(b));
  }

  /** Matches quotation keys [from, to) against the record stretch their triples vote for. */
  private static boolean matchRun(List<String> quote, int from, int to, RecordIndex record, int[] map) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (int i = from; i + 3 <= to; i++) {
      for (int place : record.placesOf(RecordIndex.triple(quote, i))) {
        votes.merge(place - i, 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      return false;
    }
    int best = 0;
    int bestVotes = -1;
    for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
      // most votes; on a tie the earlier place, so the answer never depends on the map's order
      if (v.getValue() > bestVotes || v.getValue() == bestVotes && v.getKey() < best) {
        best = v.getKey();
        bestVotes = v.getValue();
      }
    }
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int i = from; i + 3 <= to; i++) {
      for (int place : record.placesOf(RecordIndex.triple(quote, i))) {
        if (Math.abs(place - i - best) <= SPREAD) {
          lo = Math.min(lo, place);
          hi = Math.max(hi, place + 3);
        }
      }
    }
    int wFrom = Math.max(0, lo - MARGIN);
    int wTo = Math.min(record.size(), hi + MARGIN);
    List<String> q = quote.subList(from, to);
    List<String> r = record.keys.subList(wFrom, wTo);
    int ia = 0;
    int ib = 0;
    boolean any = false;
    for (AbstractDelta<String> d : DiffUtils.diff(q, r).getDeltas()) {
      for (; ia < d.getSource().getPosition(); ia++, ib++) {
        any |= claim(map, from + ia, wFrom + ib);
      }
      ia = d.getSource().getPosition() + d.getSource().size();
      ib = d.getTarget().getPosition() + d.getTarget().size();
    }
    for (; ia < q.size() && ib < r.size(); ia++, ib++) {
      any |= claim(map, from + ia, wFrom + ib);
    }
    return any;
  }

  private static boolean claim(int[] map, int i, int recordIndex) {
    if (map[i] >= 0) {
      return false;
    }
    map[i] = recordIndex;
    return true;
  }
}
