package app.verbatim.engine.align;

/**
 * A link with, for each word of {@code a} it matches, the word of {@code b}; the first and last matched
 * word of each side, and where the matched words stand around a cut, are worked out once, not once per
 * cut: a quotation of thousands of parts has thousands of cuts.
 */
final class MatchedLink {
  private final QuoteLink link;
  private final int[] aToB;
  private final int[] first = new int[2];
  private final int[] last = new int[2];
  /** Per side: for each cut, the other side's word of the last matched word before it, or -1. */
  private final int[][] lastBefore = new int[2][];
  /** Per side: for each cut, the other side's word of the first matched word from it on, or -1. */
  private final int[][] firstAfter = new int[2][];

  MatchedLink(QuoteLink link, int[] aToB) {
    this.link = link;
    this.aToB = aToB;
    int firstA = Integer.MAX_VALUE;
    int firstB = Integer.MAX_VALUE;
    int lastA = -1;
    int lastB = -1;
    for (int i = 0; i < aToB.length; i++) {
      if (aToB[i] >= 0) {
        firstA = Math.min(firstA, i);
        firstB = Math.min(firstB, aToB[i]);
        lastA = Math.max(lastA, i);
        lastB = Math.max(lastB, aToB[i]);
      }
    }
    first[0] = firstA == Integer.MAX_VALUE ? 0 : firstA;
    first[1] = firstB == Integer.MAX_VALUE ? 0 : firstB;
    last[0] = lastA < 0 ? link.a().size() - 1 : lastA;
    last[1] = lastB < 0 ? link.b().size() - 1 : lastB;
  }

  QuoteLink link() {
    return link;
  }

  int[] aToB() {
    return aToB;
  }

  /** The first matched word of {@code a} (or of {@code b}), 0 when none is. */
  int first(boolean ofA) {
    return first[ofA ? 0 : 1];
  }

  /** The last matched word of {@code a} (or of {@code b}), the last word when none is. */
  int last(boolean ofA) {
    return last[ofA ? 0 : 1];
  }

  /** On the side {@code ofA} names, the other side's word of the last matched word before {@code cut}, or -1. */
  int lastBefore(boolean ofA, int cut) {
    around(ofA);
    int[] at = lastBefore[ofA ? 0 : 1];
    return at[Math.min(cut, at.length - 1)];
  }

  /** On the side {@code ofA} names, the other side's word of the first matched word from {@code cut} on, or -1. */
  int firstAfter(boolean ofA, int cut) {
    around(ofA);
    int[] at = firstAfter[ofA ? 0 : 1];
    return at[Math.min(cut, at.length - 1)];
  }

  private void around(boolean ofA) {
    int side = ofA ? 0 : 1;
    if (lastBefore[side] != null) {
      return;
    }
    int[] toOther = ofA ? aToB : inverse(aToB, link.b().size());
    int n = toOther.length;
    int[] before = new int[n + 1];
    int[] after = new int[n + 1];
    before[0] = -1;
    for (int i = 0; i < n; i++) {
      before[i + 1] = toOther[i] >= 0 ? toOther[i] : before[i];
    }
    after[n] = -1;
    for (int i = n - 1; i >= 0; i--) {
      after[i] = toOther[i] >= 0 ? toOther[i] : after[i + 1];
    }
    lastBefore[side] = before;
    firstAfter[side] = after;
  }

  private static int[] inverse(int[] aToB, int bSize) {
    int[] out = new int[bSize];
    java.util.Arrays.fill(out, -1);
    for (int i = 0; i < aToB.length; i++) {
      if (aToB[i] >= 0) {
        out[aToB[i]] = i;
      }
    }
    return out;
  }
}
