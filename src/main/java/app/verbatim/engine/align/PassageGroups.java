package app.verbatim.engine.align;

import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.diff.WordDiffer;
import app.verbatim.model.Alignment;
import app.verbatim.model.Quote;
import app.verbatim.model.QuotePart;
import app.verbatim.model.Relation;
import app.verbatim.model.Span;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns links between quotations into groups, one group per passage of the speech. Linking whole
 * quotations would let one outlet's stitch ("…on the deadlock," he said. "…on sanctions") chain the
 * passage on the deadlock and the one on sanctions into one group once other outlets quote them apart.
 * So a quotation is cut into parts where it is stitched — at a break between its parts or at a marked
 * ellipsis, when other quotations link to the words on each side and none runs across the break — and
 * groups are built over those parts. A quotation that covers several passages is then in each of their
 * groups, with the part that renders it ("part 1 of 2").
 */
public final class PassageGroups {
  private final QuoteAligner aligner;
  private final WordDiffer differ;

  public PassageGroups(QuoteAligner aligner, WordDiffer differ) {
    this.aligner = aligner;
    this.differ = differ;
  }

  /** One node: a quotation's part. */
  private record Node(String quoteId, int part) {
    // equals and hashCode written out, with the values the generated ones give: the generated ones link a
    // call site on their first use, at every start (README, Start-up)
    @Override
    public boolean equals(Object o) {
      return o instanceof Node n && part == n.part && java.util.Objects.equals(quoteId, n.quoteId);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hashCode(quoteId) + part;
    }
  }

  public List<Alignment> of(List<QuoteLink> links, List<Quote> quotes, Map<String, QuoteWords> words) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      order.put(quotes.get(i).id(), i);
    }
    List<MatchedLink> matched = new ArrayList<>();
    for (QuoteLink l : links) {
      matched.add(new MatchedLink(l, mapping(l.a().keys(), l.b().keys())));
    }
    Map<String, int[]> cuts = cuts(matched, words);
    Map<Node, Node> parent = new LinkedHashMap<>();
    Map<Node, List<QuoteLink>> linksOf = new HashMap<>();
    for (MatchedLink m : matched) {
      join(m, cuts, parent, linksOf);
    }
    Map<Node, List<Node>> components = new LinkedHashMap<>();
    for (Node n : parent.keySet()) {
      components.computeIfAbsent(find(parent, n), r -> new ArrayList<>()).add(n);
    }
    Comparator<Node> byText = Comparator.comparingInt((Node n) -> order.getOrDefault(n.quoteId(), 0))
        .thenComparingInt(Node::part);
    List<List<Node>> groups = new ArrayList<>();
    for (List<Node> members : components.values()) {
      members.sort(byText);
      groups.add(members);
    }
    groups.sort(Comparator.comparing((List<Node> g) -> g.get(0), byText));
    List<Alignment> out = new ArrayList<>();
    int g = 0;
    for (List<Node> members : groups) {
      out.addAll(alignments("g" + (++g), members, out.size(), words, cuts, linksOf, parent, matched));
    }
    return out;
  }

  /** The alignments of one passage's group: one, or one per link when an outlet quotes the passage twice. */
  private List<Alignment> alignments(String group, List<Node> members, int before, Map<String, QuoteWords> words,
      Map<String, int[]> cuts, Map<Node, List<QuoteLink>> linksOf, Map<Node, Node> parent, List<MatchedLink> matched) {
    List<Alignment> out = new ArrayList<>();
    Map<String, QuoteWords> slices = new LinkedHashMap<>();
    List<QuotePart> parts = new ArrayList<>();
    for (Node n : members) {
      QuoteWords whole = words.get(n.quoteId());
      int[] c = cuts.getOrDefault(n.quoteId(), new int[0]);
      int from = n.part() == 0 ? 0 : c[n.part() - 1];
      int to = n.part() == c.length ? whole.size() : c[n.part()];
      slices.put(n.quoteId() + "#" + n.part(), whole.slice(from, to));
      if (c.length > 0) {
        parts.add(new QuotePart(n.quoteId(), n.part() + 1, c.length + 1, whole.spansOf(from, to)));
      }
    }
    boolean onePerDocument = members.stream().map(n -> words.get(n.quoteId()).quote().documentId()).distinct()
        .count() == members.size();
    List<Node[]> pairs = linkedPairs(members, linksOf, parent, cuts, matched);
    if (onePerDocument) {
      Relation rel = Relation.IDENTICAL;
      double sim = 0;
      for (Node[] p : pairs) {
        QuoteLink l = aligner.measure(slices.get(key(p[0])), slices.get(key(p[1])));
        rel = weaker(rel, l.relation());
        sim += l.similarity();
      }
      sim = pairs.isEmpty() ? 0 : Math.round(sim / pairs.size() * 1000) / 1000.0;
      out.add(alignment(before + out.size() + 1, group, members, slices, parts, rel, sim));
    } else {
      // one outlet quotes the passage twice: each link is its own alignment within the group
      for (Node[] p : pairs) {
        QuoteLink l = aligner.measure(slices.get(key(p[0])), slices.get(key(p[1])));
        List<Node> two = List.of(p[0], p[1]);
        List<QuotePart> twoParts = parts.stream()
            .filter(qp -> qp.quoteId().equals(p[0].quoteId()) && qp.index() == p[0].part() + 1
                || qp.quoteId().equals(p[1].quoteId()) && qp.index() == p[1].part() + 1)
            .toList();
        out.add(alignment(before + out.size() + 1, group, two, slices, twoParts, l.relation(), l.similarity()));
      }
    }
    return out;
  }

  /** Joins, for one link, each part of one quotation with the part of the other that renders it. */
  private static void join(MatchedLink m, Map<String, int[]> cuts, Map<Node, Node> parent,
      Map<Node, List<QuoteLink>> linksOf) {
    String a = m.link().a().quote().id();
    String b = m.link().b().quote().id();
    int[] ca = cuts.getOrDefault(a, new int[0]);
    int[] cb = cuts.getOrDefault(b, new int[0]);
    int[][] count = new int[ca.length + 1][cb.length + 1];
    for (int i = 0; i < m.aToB().length; i++) {
      if (m.aToB()[i] >= 0) {
        count[partAt(ca, i)][partAt(cb, m.aToB()[i])]++;
      }
    }
    int bestA = 0;
    int bestB = 0;
    for (int pa = 0; pa < count.length; pa++) {
      for (int pb = 0; pb < count[pa].length; pb++) {
        if (count[pa][pb] > count[bestA][bestB]) {
          bestA = pa;
          bestB = pb;
        }
      }
    }
    for (int pa = 0; pa < count.length; pa++) {
      for (int pb = 0; pb < count[pa].length; pb++) {
        // a stray shared word across parts ("the") joins nothing; a real rendering shares a run
        if (pa == bestA && pb == bestB || count[pa][pb] >= 3) {
          Node na = new Node(a, pa);
          Node nb = new Node(b, pb);
          union(parent, na, nb);
          linksOf.computeIfAbsent(na, k -> new ArrayList<>()).add(m.link());
        }
      }
    }
  }

  private Alignment alignment(int n, String group, List<Node> members, Map<String, QuoteWords> slices,
      List<QuotePart> parts, Relation rel, double sim) {
    List<QuoteWords> qw = members.stream().map(m -> slices.get(key(m))).toList();
    return new Alignment("a" + n, group, members.stream().map(Node::quoteId).toList(), rel, sim, differ.diff(qw),
        parts);
  }

  private static String key(Node n) {
    return n.quoteId() + "#" + n.part();
  }

  /** The linked pairs of parts within one group, in text order, each pair once. */
  private static List<Node[]> linkedPairs(List<Node> members, Map<Node, List<QuoteLink>> linksOf,
      Map<Node, Node> parent, Map<String, int[]> cuts, List<MatchedLink> matched) {
    java.util.Set<Node> in = new java.util.HashSet<>(members);
    TreeSet<String> seen = new TreeSet<>();
    List<Node[]> out = new ArrayList<>();
    for (Node n : members) {
      for (QuoteLink l : linksOf.getOrDefault(n, List.of())) {
        String other = l.a().quote().id().equals(n.quoteId()) ? l.b().quote().id() : l.a().quote().id();
        int parts = cuts.getOrDefault(other, new int[0]).length + 1;
        for (int p = 0; p < parts; p++) {
          Node o = new Node(other, p);
          if (in.contains(o) && seen.add(key(n) + "|" + key(o)) && seen.add(key(o) + "|" + key(n))) {
            out.add(members.indexOf(n) < members.indexOf(o) ? new Node[] {n, o} : new Node[] {o, n});
          }
        }
      }
    }
    out.sort(Comparator.comparingInt((Node[] p) -> members.indexOf(p[0])).thenComparingInt(p -> members.indexOf(p[1])));
    return out;
  }

  /**
   * Where each quotation is cut into parts (key indices, ascending): at a break between its parts or a
   * marked ellipsis, when links reach words on both sides and every link across it comes from a
   * quotation with a break at the same words (the same stitch in another outlet).
   */
  private static Map<String, int[]> cuts(List<MatchedLink> matched, Map<String, QuoteWords> words) {
    Map<String, TreeSet<Integer>> candidates = new HashMap<>();
    for (QuoteWords q : words.values()) {
      TreeSet<Integer> c = breaks(q);
      if (!c.isEmpty()) {
        candidates.put(q.quote().id(), c);
      }
    }
    // each quotation's links, found once: a scan of every link per cut made large articles quadratic
    Map<String, List<MatchedLink>> linksOf = new HashMap<>();
    for (MatchedLink m : matched) {
      String a = m.link().a().quote().id();
      String b = m.link().b().quote().id();
      if (candidates.containsKey(a)) {
        linksOf.computeIfAbsent(a, k -> new ArrayList<>()).add(m);
      }
      if (candidates.containsKey(b) && !b.equals(a)) {
        linksOf.computeIfAbsent(b, k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, int[]> out = new HashMap<>();
    for (Map.Entry<String, TreeSet<Integer>> e : candidates.entrySet()) {
      String id = e.getKey();
      List<Integer> active = new ArrayList<>();
      List<MatchedLink> own = linksOf.getOrDefault(id, List.of());
      for (int cut : e.getValue()) {
        boolean before = false;
        boolean after = false;
        boolean across = false;
        for (MatchedLink m : own) {
          boolean isA = m.link().a().quote().id().equals(id);
          int first = m.first(isA);
          int last = m.last(isA);
          before |= last < cut;
          after |= first >= cut;
          if (first < cut && last >= cut) {
            String other = isA ? m.link().b().quote().id() : m.link().a().quote().id();
            across |= !breaksAt(m, isA, cut, candidates.get(other));
          }
        }
        if (before && after && !across) {
          active.add(cut);
        }
      }
      if (!active.isEmpty()) {
        out.put(id, active.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return out;
  }

  /** Whether the other quotation of a link has a break where this one's words before the cut end. */
  private static boolean breaksAt(MatchedLink m, boolean isA, int cut, TreeSet<Integer> otherBreaks) {
    if (otherBreaks == null) {
      return false;
    }
    int lastBefore = m.lastBefore(isA, cut);
    int firstAfter = m.firstAfter(isA, cut);
    if (lastBefore < 0 || firstAfter < 0) {
      return true;
    }
    Integer b = otherBreaks.ceiling(lastBefore + 1);
    return b != null && b <= firstAfter;
  }

  /** Key indices where a new part of the quotation starts, or words follow an editorial mark (an ellipsis). */
  static TreeSet<Integer> breaks(QuoteWords q) {
    TreeSet<Integer> out = new TreeSet<>();
    List<Span> spans = q.quote().spans();
    List<Span> editorial = q.quote().editorial();
    if (spans.size() < 2 && editorial.isEmpty()) {
      return out;
    }
    // sorted starts (and, for editorial marks, the least end from each start on) answer "is there a mark
    // between these two words" by binary search: a scan of every part per word was quadratic
    int[] partStarts = new int[Math.max(0, spans.size() - 1)];
    for (int s = 1; s < spans.size(); s++) {
      partStarts[s - 1] = spans.get(s).start();
    }
    java.util.Arrays.sort(partStarts);
    List<Span> marks = new ArrayList<>(editorial);
    marks.sort(Comparator.comparingInt(Span::start));
    int[] markStarts = new int[marks.size()];
    int[] leastEndFrom = new int[marks.size()];
    for (int e = marks.size() - 1; e >= 0; e--) {
      markStarts[e] = marks.get(e).start();
      leastEndFrom[e] = e + 1 < marks.size() ? Math.min(marks.get(e).end(), leastEndFrom[e + 1]) : marks.get(e).end();
    }
    for (int k = 1; k < q.size(); k++) {
      int prevEnd = q.tokens().get(q.keyed().get(k - 1).to() - 1).end();
      int start = q.tokens().get(q.keyed().get(k).from()).start();
      int p = firstAtLeast(partStarts, prevEnd);
      boolean mark = p < partStarts.length && partStarts[p] <= start;
      int e = firstAtLeast(markStarts, prevEnd - 1);
      mark = mark || e < markStarts.length && leastEndFrom[e] <= start + 1;
      if (mark) {
        out.add(k);
      }
    }
    return out;
  }

  /** The part a key index falls in: how many cuts (ascending) are at or before it. */
  private static int partAt(int[] cuts, int index) {
    return firstAtLeast(cuts, index + 1);
  }

  /** The first position of an ascending array whose value is at least {@code value}, or its length. */
  private static int firstAtLeast(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** For each key of {@code a}, the key of {@code b} it is matched with in their longest common run, or -1. */
  static int[] mapping(List<String> a, List<String> b) {
    int[] out = new int[a.size()];
    java.util.Arrays.fill(out, -1);
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      for (; ia < d.getSource().getPosition(); ia++, ib++) {
        out[ia] = ib;
      }
      ia = d.getSource().getPosition() + d.getSource().size();
      ib = d.getTarget().getPosition() + d.getTarget().size();
    }
    for (; ia < a.size() && ib < b.size(); ia++, ib++) {
      out[ia] = ib;
    }
    // a lone shared word ("the") matched far from the run it belongs to would reach across a stitch
    int[] kept = out.clone();
    for (int i = 0; i < out.length; i++) {
      boolean before = i > 0 && out[i] >= 0 && out[i - 1] == out[i] - 1;
      boolean after = i + 1 < out.length && out[i] >= 0 && out[i + 1] == out[i] + 1;
      if (!before && !after) {
        kept[i] = -1;
      }
    }
    return kept;
  }

  private static Relation weaker(Relation a, Relation b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  private static Node find(Map<Node, Node> parent, Node n) {
    parent.putIfAbsent(n, n);
    Node root = n;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    // path compression, iteratively: a chain of thousands of quotations must not overflow the stack
    for (Node x = n; !x.equals(root); ) {
      Node next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<Node, Node> parent, Node a, Node b) {
    Node ra = find(parent, a);
    Node rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}
