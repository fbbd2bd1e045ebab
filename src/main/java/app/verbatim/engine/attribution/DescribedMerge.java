package app.verbatim.engine.attribution;

import app.verbatim.engine.align.QuoteLink;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a speaker the texts only describe into the one another outlet names, from the links between
 * their quotations (see {@link #merges}).
 */
public final class DescribedMerge {
  private DescribedMerge() {}

  /** The quotations and speakers after the merges. */
  public record Result(List<Quote> quotes, List<Speaker> speakers) {}

  public static Result apply(List<QuoteLink> links, List<Quote> quotes, java.util.Set<String> described,
      List<Speaker> speakers) {
    Map<String, String> merged = merges(links, quotes, described, speakers);
    if (merged.isEmpty()) {
      return new Result(quotes, speakers);
    }
    return new Result(withSpeakers(quotes, merged), mergedSpeakers(speakers, merged));
  }

  /**
   * A speaker the texts only describe ("the presidential office") whose quotations link, in other
   * documents, to those of exactly one other speaker ("the Kolvar"), and who never speaks beside that
   * speaker in one document, is that speaker: described id → the other id.
   */
  private static Map<String, String> merges(List<QuoteLink> links, List<Quote> quotes, java.util.Set<String> described,
      List<Speaker> speakers) {
    Map<String, String> names = new HashMap<>();
    speakers.forEach(sp -> names.put(sp.id(), sp.name() == null ? "" : sp.name()));
    // of two described bodies, the fuller description stands ("Ministry of Foreign Affairs" over
    // "foreign ministry"), whichever document came first
    Comparator<String> fuller = Comparator.comparingInt((String id) -> names.getOrDefault(id, "").split("\\s+").length)
        .thenComparingInt(id -> names.getOrDefault(id, "").length())
        .thenComparing(id -> names.getOrDefault(id, ""), Comparator.reverseOrder());
    Map<String, java.util.Set<String>> partners = new HashMap<>();
    for (QuoteLink l : links) {
      String a = l.a().quote().speakerId();
      String b = l.b().quote().speakerId();
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      if (described.contains(a)) {
        partners.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
      }
      if (described.contains(b)) {
        partners.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
      }
    }
    Map<String, java.util.Set<String>> docsOf = new HashMap<>();
    for (Quote q : quotes) {
      if (q.speakerId() != null) {
        docsOf.computeIfAbsent(q.speakerId(), k -> new java.util.HashSet<>()).add(q.documentId());
      }
    }
    Map<String, String> merged = new java.util.TreeMap<>();
    for (Map.Entry<String, java.util.Set<String>> e : new java.util.TreeMap<>(partners).entrySet()) {
      if (e.getValue().size() != 1) {
        continue;
      }
      String other = e.getValue().iterator().next();
      // both described and each the other's only partner: merge one way only, into the first named
      if (merged.containsKey(other) || described.contains(other) && fuller.compare(e.getKey(), other) > 0) {
        continue;
      }
      java.util.Set<String> shared = new java.util.HashSet<>(docsOf.getOrDefault(e.getKey(), java.util.Set.of()));
      shared.retainAll(docsOf.getOrDefault(other, java.util.Set.of()));
      if (shared.isEmpty()) {
        merged.put(e.getKey(), other);
      }
    }
    // chains (a → b → c) end at the last
    for (Map.Entry<String, String> e : merged.entrySet()) {
      String to = e.getValue();
      for (int guard = 0; merged.containsKey(to) && guard < merged.size(); guard++) {
        to = merged.get(to);
      }
      e.setValue(to);
    }
    return merged;
  }

  private static List<Quote> withSpeakers(List<Quote> quotes, Map<String, String> merged) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      String to = q.speakerId() == null ? null : merged.get(q.speakerId());
      out.add(to == null ? q : q.withAttribution(to, q.evidence()));
    }
    return out;
  }

  private static List<Speaker> mergedSpeakers(List<Speaker> speakers, Map<String, String> merged) {
    Map<String, Speaker> byId = new LinkedHashMap<>();
    speakers.forEach(s -> byId.put(s.id(), s));
    for (Map.Entry<String, String> e : merged.entrySet()) {
      Speaker from = byId.get(e.getKey());
      Speaker to = byId.get(e.getValue());
      if (from == null || to == null) {
        continue;
      }
      java.util.Set<String> aliases = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      aliases.addAll(to.aliases());
      aliases.add(from.name());
      aliases.addAll(from.aliases());
      aliases.remove(to.name());
      byId.put(to.id(), new Speaker(to.id(), to.name(), new ArrayList<>(aliases)));
    }
    List<Speaker> out = new ArrayList<>();
    for (Speaker s : byId.values()) {
      if (!merged.containsKey(s.id())) {
        out.add(byId.get(s.id()));
      }
    }
    return out;
  }
}
