package app.verbatim.engine.align;

import app.verbatim.model.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links quotations of different documents that render the same passage: identical, variant-only, or
 * overlapping (one quotes more or less, or stitches passages the other quotes apart). Candidates come
 * from shared word triples, so the cost grows with the matches, not with the product of the counts.
 * Quotations of different known speakers are never linked.
 */
public final class QuoteAligner {
  /** Shortest run of words two quotations must share to be compared at all. */
  private static final int SHINGLE = 3;
  /** Share of the shorter quotation that must be found, in order, in the longer one. */
  private static final double MIN_CONTAINMENT = 0.6;

  public List<QuoteLink> align(List<QuoteWords> quotes) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      List<String> k = quotes.get(i).keys();
      Set<String> seen = new HashSet<>();
      for (int j = 0; j + SHINGLE <= k.size(); j++) {
        String sh = String.join(" ", k.subList(j, j + SHINGLE));
        if (seen.add(sh)) {
          index.computeIfAbsent(sh, x -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> tried = new HashSet<>();
    List<QuoteLink> links = new ArrayList<>();
    for (List<Integer> bucket : index.values()) {
      if (bucket.size() > 200) {
        continue; // a stock phrase every quotation shares says nothing
      }
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = Math.min(bucket.get(x), bucket.get(y));
          int j = Math.max(bucket.get(x), bucket.get(y));
          QuoteWords a = quotes.get(i);
          QuoteWords b = quotes.get(j);
          if (a.quote().documentId().equals(b.quote().documentId()) || !tried.add(((long) i << 32) | j)) {
            continue;
          }
          QuoteLink link = compare(a, b);
          if (link != null) {
            links.add(link);
          }
        }
      }
    }
    return links;
  }

  /** The link between two quotations, or null when they do not render the same passage. */
  QuoteLink compare(QuoteWords a, QuoteWords b) {
    String sa = a.quote().speakerId();
    String sb = b.quote().speakerId();
    if (sa != null && sb != null && !Objects.equals(sa, sb)) {
      return null;
    }
    int shorter = Math.min(a.size(), b.size());
    if (shorter < SHINGLE) {
      return null;
    }
    int common = lcs(a.keys(), b.keys());
    double containment = (double) common / shorter;
    double required = sa == null || sb == null ? MIN_CONTAINMENT + 0.15 : MIN_CONTAINMENT;
    if (common < SHINGLE || containment < required) {
      return null;
    }
    double similarity = 2.0 * common / (a.size() + b.size());
    return new QuoteLink(a, b, Math.round(similarity * 1000) / 1000.0, relation(a, b));
  }

  private static Relation relation(QuoteWords a, QuoteWords b) {
    if (a.keys().equals(b.keys())) {
      return surface(a).equals(surface(b)) ? Relation.IDENTICAL : Relation.VARIANT;
    }
    return String.join("", a.keys()).equals(String.join("", b.keys())) ? Relation.VARIANT : Relation.OVERLAP;
  }

  /** The words as printed, ignoring the quotation's final punctuation (a house-style matter). */
  private static String surface(QuoteWords q) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < q.tokens().size(); i++) {
      String t = q.tokens().get(i).surface();
      if (i == q.tokens().size() - 1) {
        t = t.replaceAll("[\\p{Punct}“”‘’«»…]+$", "");
      }
      if (i == 0 && !t.isEmpty()) {
        t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
      }
      s.append(t).append(' ');
    }
    return s.toString();
  }

  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String x = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
