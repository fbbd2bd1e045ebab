package app.verbatim.engine.attribution;

import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the people of several documents into shared speakers: Ri Yong Ho = Ri Yong-ho = Ri, Pompeo =
 * Mike Pompeo. The speaker's name is the fullest form seen; every other form becomes an alias.
 */
public final class SpeakerDirectory {
  private final List<Cluster> clusters = new ArrayList<>();

  private static final class Cluster {
    final Set<String> keys = new LinkedHashSet<>();
    final List<List<String>> names = new ArrayList<>();
    final Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    String description;
    int firstSeen = Integer.MAX_VALUE;
    String id;
  }

  /** The cluster index for a person of one document. */
  public int add(DocumentQuotes.LocalPerson p, int order) {
    Cluster c = find(p);
    if (c == null) {
      c = new Cluster();
      clusters.add(c);
    }
    if (p.name().isEmpty()) {
      c.description = p.description();
    } else {
      c.names.add(p.name());
      c.keys.addAll(keys(p.name()));
    }
    c.labels.addAll(p.labels());
    c.firstSeen = Math.min(c.firstSeen, order);
    return clusters.indexOf(c);
  }

  private Cluster find(DocumentQuotes.LocalPerson p) {
    if (p.name().isEmpty()) {
      for (Cluster c : clusters) {
        if (c.names.isEmpty() && p.description().equalsIgnoreCase(c.description)) {
          return c;
        }
      }
      return null;
    }
    Set<String> k = keys(p.name());
    Cluster subset = null;
    int subsets = 0;
    for (Cluster c : clusters) {
      if (c.keys.isEmpty()) {
        continue;
      }
      if (c.keys.equals(k)) {
        return c;
      }
      if (c.keys.containsAll(k) || k.containsAll(c.keys)) {
        subset = c;
        subsets++;
      }
    }
    return subsets == 1 ? subset : null;
  }

  private static Set<String> keys(List<String> name) {
    return NameKeys.keysOf(name);
  }

  /** Speakers ordered by first appearance; assigns ids s1, s2, … */
  public List<Speaker> speakers() {
    List<Cluster> ordered = new ArrayList<>(clusters);
    ordered.sort(Comparator.comparingInt(c -> c.firstSeen));
    List<Speaker> out = new ArrayList<>();
    for (Cluster c : ordered) {
      c.id = "s" + (out.size() + 1);
      String name = fullest(c);
      Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (List<String> n : c.names) {
        aliases.add(String.join(" ", n));
      }
      aliases.addAll(c.labels);
      aliases.remove(name);
      out.add(new Speaker(c.id, name, new ArrayList<>(aliases)));
    }
    return out;
  }

  /** Ids of the speakers known only by a description ("the foreign ministry"), after {@link #speakers()}. */
  public java.util.Set<String> describedIds() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Cluster c : clusters) {
      if (c.names.isEmpty() && c.id != null) {
        out.add(c.id);
      }
    }
    return out;
  }

  public String idOf(int cluster) {
    return clusters.get(cluster).id;
  }

  private static String fullest(Cluster c) {
    if (c.names.isEmpty()) {
      return c.description;
    }
    return c.names.stream()
        .map(n -> String.join(" ", n))
        .max(Comparator.comparingInt((String s) -> s.split("\\s+").length)
            .thenComparingInt(String::length)
            .thenComparing(Comparator.<String>reverseOrder()))
        .orElseThrow();
  }
}
