package app.verbatim.engine.align;

import app.verbatim.engine.diff.CommonWords;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.text.Sorted;
import app.verbatim.engine.text.Token;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Relation;
import app.verbatim.model.Span;
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
 * Quotations of different named speakers are never linked; a speaker the text only describes ("the
 * presidential office", "the foreign ministry") may be the body another outlet names, so it does not
 * keep a link apart. A quotation of several parts links when it, or one of its parts, renders the
 * other quotation.
 */
public final class QuoteAligner {
  /** Speaker ids of speakers known only by a description, set for one {@link #align} call. */
  private Set<String> described = Set.of();
  /** Pairs seen in the last {@link #align} call that render one passage but name two different speakers. */
  private final List<QuoteLink> conflicts = new ArrayList<>();
  /** Shortest run of words two quotations must share to be compared at all. */
  private static final int SHINGLE = 3;
  /** Share of the shorter quotation that must be found, in order, in the longer one. */
  private static final double MIN_CONTAINMENT = 0.6;
  /** A word triple shared by more quotations than this is a stock phrase, not evidence. */
  private static final int MAX_BUCKET = 60;
  /** Candidates per quotation and other document: one passage is rarely quoted more often than this. */
  private static final int MAX_CANDIDATES = 4;
  /** Shortest quotation (in content words) that may be linked on its words alone. */
  private static final int MIN_CONTENT_WORDS = 2;
  /** A shorter quotation held whole, word for word, in a longer one links on this many words. */
  private static final int HELD_WHOLE_WORDS = 4;
  /** A quotation's closing punctuation, compiled once: it is stripped for every link. */
  private static final java.util.regex.Pattern FINAL_PUNCTUATION = java.util.regex.Pattern.compile("[\\p{Punct}“”‘’«»…]+$");
  /** Above this many DP cells the common-word count comes from a Myers diff instead. */

  public List<QuoteLink> align(List<QuoteWords> quotes) {
    return align(quotes, Set.of());
  }

  /** As {@link #align(List)}, with the ids of speakers the texts describe but never name. */
  public List<QuoteLink> align(List<QuoteWords> quotes, Set<String> describedSpeakers) {
    described = Set.copyOf(describedSpeakers);
    conflicts.clear();
    try {
      return alignAll(quotes);
    } finally {
      described = Set.of();
    }
  }

  private List<QuoteLink> alignAll(List<QuoteWords> quotes) {
    int n = quotes.size();
    // documents numbered, so that pairs across documents are told by an int comparison
    Map<String, Integer> docs = new HashMap<>();
    int[] docOf = new int[n];
    for (int i = 0; i < n; i++) {
      docOf[i] = docs.computeIfAbsent(quotes.get(i).quote().documentId(), d -> docs.size());
    }
    List<List<int[]>> bucketsOf = bucketsOf(shingles(quotes), n);
    // how many word triples each pair of quotations (of different documents) shares, counted per
    // quotation in an array rather than per pair in a map of boxed keys
    int[] count = new int[n];
    int[] touched = new int[n];
    int docCount = docs.size();
    Map<Long, List<long[]>> byQuoteAndDoc = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int t = 0;
      for (int[] members : bucketsOf.get(i)) {
        for (int j : members) {
          if (j > i && docOf[j] != docOf[i]) {
            if (count[j]++ == 0) {
              touched[t++] = j;
            }
          }
        }
      }
      // each quotation is compared only with its best-sharing candidates in each other document
      for (int x = 0; x < t; x++) {
        int j = touched[x];
        long[] cand = {((long) i << 32) | j, count[j]};
        count[j] = 0;
        byQuoteAndDoc.computeIfAbsent((long) i * docCount + docOf[j], k -> new ArrayList<>()).add(cand);
        byQuoteAndDoc.computeIfAbsent((long) j * docCount + docOf[i], k -> new ArrayList<>()).add(cand);
      }
    }
    Set<Long> kept = new HashSet<>();
    for (List<long[]> cands : byQuoteAndDoc.values()) {
      cands.sort((p, q) -> p[1] != q[1] ? Long.compare(q[1], p[1]) : Long.compare(p[0], q[0]));
      for (int c = 0; c < Math.min(MAX_CANDIDATES, cands.size()); c++) {
        kept.add(cands.get(c)[0]);
      }
    }
    List<Long> pairs = new ArrayList<>(kept);
    pairs.sort(null); // deterministic order whatever the hash maps did
    List<QuoteLink> links = new ArrayList<>();
    for (long pair : pairs) {
      QuoteLink link = compare(quotes.get((int) (pair >>> 32)), quotes.get((int) (pair & 0xffffffffL)));
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }

  /** For each quotation, the quotations (indices) of each word triple it has; a stock phrase many share says nothing. */
  private static List<List<int[]>> bucketsOf(Map<String, List<Integer>> index, int n) {
    List<List<int[]>> bucketsOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      bucketsOf.add(new ArrayList<>());
    }
    for (List<Integer> bucket : index.values()) {
      if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
        continue;
      }
      int[] members = bucket.stream().mapToInt(Integer::intValue).toArray();
      for (int m : members) {
        bucketsOf.get(m).add(members);
      }
    }
    return bucketsOf;
  }

  /** The quotations (indices) in which each word triple occurs, grammar-only triples left out. */
  private static Map<String, List<Integer>> shingles(List<QuoteWords> quotes) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      List<String> k = quotes.get(i).keys();
      Set<String> seen = new HashSet<>();
      for (int j = 0; j + SHINGLE <= k.size(); j++) {
        if (FunctionWords.isFunctionWord(k.get(j)) && FunctionWords.isFunctionWord(k.get(j + 1))
            && FunctionWords.isFunctionWord(k.get(j + 2))) {
          continue; // "we will not" is grammar, not evidence
        }
        String sh = k.get(j) + " " + k.get(j + 1) + " " + k.get(j + 2);
        if (seen.add(sh)) {
          index.computeIfAbsent(sh, x -> new ArrayList<>()).add(i);
        }
      }
    }
    return index;
  }

  /**
   * The pairs of the last {@link #align} call that render one passage (by the stricter test used for an
   * unknown speaker) while naming different speakers; never linked.
   */
  public List<QuoteLink> conflicts() {
    return List.copyOf(conflicts);
  }

  /** The link between two quotations, or null when they do not render the same passage. */
  QuoteLink compare(QuoteWords a, QuoteWords b) {
    String sa = a.quote().speakerId();
    String sb = b.quote().speakerId();
    if (sa != null && sb != null && !Objects.equals(sa, sb) && !described.contains(sa) && !described.contains(sb)) {
      // never linked; but two outlets giving one passage to two people is a conflict an analyst must see
      if (renders(a, b, MIN_CONTAINMENT + 0.15)) {
        conflicts.add(new QuoteLink(a, b, 0, Relation.VARIANT));
      }
      return null;
    }
    double required = sa == null || sb == null ? MIN_CONTAINMENT + 0.15 : MIN_CONTAINMENT;
    int[] common = {-1};
    boolean same = renders(a, b, required, common);
    // "“The royalties will not be touched…,” Kovac said. “When my predecessor…”": one part of a split
    // quotation may be what another outlet quotes alone
    for (QuoteWords part : same ? List.<QuoteWords>of() : parts(a)) {
      same = same || renders(part, b, required);
    }
    for (QuoteWords part : same ? List.<QuoteWords>of() : parts(b)) {
      same = same || renders(a, part, required);
    }
    same = same || sa != null && sa.equals(sb) && heldWhole(a, b);
    if (!same) {
      return null;
    }
    // the words in common of the whole pair, counted once: renders may have counted them already
    int inOrder = common[0] >= 0 ? common[0] : CommonWords.inOrder(a.keys(), b.keys());
    double similarity = 2.0 * inOrder / (a.size() + b.size());
    return new QuoteLink(a, b, Math.round(similarity * 1000) / 1000.0, relation(a, b));
  }

  private static boolean renders(QuoteWords a, QuoteWords b, double required) {
    return renders(a, b, required, null);
  }

  /** Whether most of the shorter quotation is found, in order, in the longer, on more than grammar. */
  private static boolean renders(QuoteWords a, QuoteWords b, double required, int[] counted) {
    int shorter = Math.min(a.size(), b.size());
    if (shorter < SHINGLE) {
      return false;
    }
    Set<String> ca = contentWords(a);
    Set<String> cb = contentWords(b);
    int fewer = Math.min(ca.size(), cb.size());
    if (shared(ca, cb) < Math.max(MIN_CONTENT_WORDS, (fewer + 1) / 2)) {
      return false; // sharing only grammar, or one content word, is not the same passage
    }
    int common = CommonWords.inOrder(a.keys(), b.keys());
    if (counted != null) {
      counted[0] = common;
    }
    return common >= SHINGLE && (double) common / shorter >= required;
  }

  /**
   * "out of all proportion" and "… this sentence is out of all proportion": a partial quotation of at
   * least HELD_WHOLE_WORDS words that the other holds word for word, in one run. One content word is
   * then enough, where {@link #renders} asks for two (shared grammar alone links nothing); callers ask it
   * only of two quotations of the same known speaker.
   */
  private static boolean heldWhole(QuoteWords a, QuoteWords b) {
    QuoteWords shorter = a.size() <= b.size() ? a : b;
    QuoteWords longer = shorter == a ? b : a;
    // a partial quotation is short; the bound also keeps the run search cheap on hostile input
    return shorter.size() >= HELD_WHOLE_WORDS && shorter.size() <= 40 && !contentWords(shorter).isEmpty()
        && java.util.Collections.indexOfSubList(longer.keys(), shorter.keys()) >= 0;
  }

  /**
   * The words of each part of a quotation of several parts — split by its attribution, or joined by an
   * ellipsis ("The talks have stalled … we are ready") — none for a quotation of one.
   */
  private static List<QuoteWords> parts(QuoteWords q) {
    List<Span> spans = pieces(q.quote());
    if (spans.size() < 2) {
      return List.of();
    }
    List<QuoteWords> out = new ArrayList<>();
    // tokens and keyed words are in text order: each part's are found by binary search, not by a scan
    // per part, which a multi-paragraph quotation of thousands of parts made quadratic
    for (Span s : spans) {
      int from = Sorted.firstAtLeast(q.tokens(), Token::start, s.start());
      int to = Sorted.firstAtLeast(q.tokens(), Token::start, s.end());
      if (from >= to) {
        continue;
      }
      List<VariantRules.Keyed> keyed = new ArrayList<>();
      for (int k = Sorted.firstAtLeast(q.keyed(), VariantRules.Keyed::from, from); k < q.keyed().size() && q.keyed().get(k).from() < to; k++) {
        VariantRules.Keyed kk = q.keyed().get(k);
        if (kk.to() <= to) {
          keyed.add(new VariantRules.Keyed(kk.key(), kk.from() - from, kk.to() - from));
        }
      }
      out.add(new QuoteWords(q.quote(), q.tokens().subList(from, to), keyed));
    }
    return out;
  }

  /** The quotation's spans, each cut where an editorial mark (an ellipsis, a bracket) stands inside it. */
  private static List<Span> pieces(app.verbatim.model.Quote quote) {
    if (quote.editorial().isEmpty()) {
      return quote.spans();
    }
    List<Span> out = new ArrayList<>();
    for (Span s : quote.spans()) {
      int from = s.start();
      for (Span e : quote.editorial()) {
        if (e.start() >= from && e.end() <= s.end()) {
          if (e.start() > from) {
            out.add(new Span(from, e.start()));
          }
          from = e.end();
        }
      }
      if (from < s.end()) {
        out.add(new Span(from, s.end()));
      }
    }
    return out;
  }

  /** Similarity and relation of two quotations whatever their score (for links the analyst made). */
  public QuoteLink measure(QuoteWords a, QuoteWords b) {
    int common = CommonWords.inOrder(a.keys(), b.keys());
    int total = a.size() + b.size();
    double similarity = total == 0 ? 0 : 2.0 * common / total;
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
        t = FINAL_PUNCTUATION.matcher(t).replaceAll("");
      }
      if (i == 0 && !t.isEmpty()) {
        t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
      }
      s.append(t).append(' ');
    }
    return s.toString();
  }

  private static Set<String> contentWords(QuoteWords q) {
    Set<String> out = new HashSet<>();
    for (String k : q.keys()) {
      if (!FunctionWords.isFunctionWord(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** Distinct content words two quotations have in common, from their content words. */
  private static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String k : small) {
      if (large.contains(k)) {
        n++;
      }
    }
    return n;
  }
}
