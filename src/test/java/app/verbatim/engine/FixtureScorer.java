package app.verbatim.engine;

import app.verbatim.engine.GoldAnnotations.Event;
import app.verbatim.engine.GoldAnnotations.Gold;
import app.verbatim.engine.GoldAnnotations.GoldQuote;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port of score-quotes.py's figures that reads a {@link Comparison} directly instead of the
 * command line's JSON: quote precision and recall with the 80% token rule, attribution accuracy,
 * alignment-pair precision and recall. One deliberate difference: a gold speaker "unknown" counts
 * as right only when the engine says null (the Python scorer cannot express null and accepts any
 * name there).
 */
final class FixtureScorer {

  private static final Pattern NON_TOKEN = Pattern.compile("[^0-9a-z\\u00c0-\\uffff]+");

  private FixtureScorer() {}

  /** The scorer's counts for one run, with the findings behind them. */
  record Score(
      int tpQ, int fpQ, int goldQ, int foundQ, int attrOk, int attrN, int tpA, int sysA, int goldA,
      List<String> missedQuotes,
      List<String> extraQuotes,
      List<String> wrongSpeakers,
      List<String> missedAlignments,
      List<String> wrongAlignments,
      Map<String, String> systemToGold) {

    static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0, 0,
        List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    double quotePrecision() {
      return tpQ / (double) Math.max(1, tpQ + fpQ);
    }

    double quoteRecall() {
      return foundQ / (double) Math.max(1, goldQ);
    }

    double attribution() {
      return attrOk / (double) Math.max(1, attrN);
    }

    double alignPrecision() {
      return tpA / (double) Math.max(1, sysA);
    }

    double alignRecall() {
      return tpA / (double) Math.max(1, goldA);
    }

    /** Micro-averaged sum, as score-quotes.py totals its runs. */
    Score plus(Score o) {
      return new Score(tpQ + o.tpQ, fpQ + o.fpQ, goldQ + o.goldQ, foundQ + o.foundQ, attrOk + o.attrOk,
          attrN + o.attrN, tpA + o.tpA, sysA + o.sysA, goldA + o.goldA,
          concat(missedQuotes, o.missedQuotes), concat(extraQuotes, o.extraQuotes),
          concat(wrongSpeakers, o.wrongSpeakers), concat(missedAlignments, o.missedAlignments),
          concat(wrongAlignments, o.wrongAlignments), Map.of());
    }

    /** The same line score-quotes.py prints. */
    String figures() {
      return String.format(Locale.ROOT,
          "quote_precision=%.3f quote_recall=%.3f attribution=%.3f align_precision=%.3f align_recall=%.3f",
          quotePrecision(), quoteRecall(), attribution(), alignPrecision(), alignRecall());
    }

    String counts() {
      return String.format(Locale.ROOT,
          "tp_q=%d fp_q=%d gold_q=%d found_q=%d attr_ok=%d attr_n=%d tp_a=%d sys_a=%d gold_a=%d",
          tpQ, fpQ, goldQ, foundQ, attrOk, attrN, tpA, sysA, goldA);
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return List.copyOf(out);
    }
  }

  /** score-quotes.py's toks(): lower-case word set, curly apostrophes folded. */
  static Set<String> tokens(String s) {
    String folded = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String t : NON_TOKEN.split(folded)) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Scores one run: the i-th document of the comparison is the i-th gold document of {@code docs}.
   */
  static Score score(Gold gold, Event event, List<String> docs, Comparison comparison) {
    List<GoldQuote> goldQuotes = event.quotes().stream().filter(q -> docs.contains(q.document())).toList();
    Map<String, Set<String>> goldTokens = new LinkedHashMap<>();
    Map<String, GoldQuote> byId = new HashMap<>();
    for (GoldQuote q : goldQuotes) {
      goldTokens.put(q.id(), tokens(q.joined()));
      byId.put(q.id(), q);
    }
    Map<String, String> docMap = new HashMap<>();
    for (int i = 0; i < comparison.documents().size() && i < docs.size(); i++) {
      docMap.put(comparison.documents().get(i).id(), docs.get(i));
    }

    int tp = 0;
    int fp = 0;
    int attrOk = 0;
    int attrN = 0;
    Map<String, Set<String>> covered = new HashMap<>();
    Map<String, String> systemToGold = new LinkedHashMap<>();
    List<String> extra = new ArrayList<>();
    List<String> wrongSpeaker = new ArrayList<>();
    for (Quote q : comparison.quotes()) {
      Set<String> t = tokens(q.text());
      if (t.size() < 3) {
        continue;
      }
      String doc = docMap.get(q.documentId());
      String best = null;
      int bestOverlap = 0;
      for (Map.Entry<String, Set<String>> g : goldTokens.entrySet()) {
        if (!byId.get(g.getKey()).document().equals(doc)) {
          continue;
        }
        int overlap = intersection(t, g.getValue()).size();
        if (overlap > bestOverlap) {
          best = g.getKey();
          bestOverlap = overlap;
        }
      }
      if (best != null && bestOverlap >= 0.8 * t.size()) {
        tp++;
        systemToGold.put(q.id(), best);
        covered.computeIfAbsent(best, k -> new HashSet<>()).addAll(intersection(t, goldTokens.get(best)));
        attrN++;
        String name = speakerName(comparison, q.speakerId());
        if (gold.speakerMatches(byId.get(best), name)) {
          attrOk++;
        } else {
          wrongSpeaker.add(best + " (" + abbreviate(byId.get(best).joined()) + "): expected "
              + byId.get(best).speaker() + ", engine said " + (name == null ? "null" : "'" + name + "'"));
        }
      } else {
        fp++;
        extra.add(doc + ": " + abbreviate(q.text()));
      }
    }

    List<String> missed = new ArrayList<>();
    int found = 0;
    for (GoldQuote g : goldQuotes) {
      if (covered.getOrDefault(g.id(), Set.of()).size() >= 0.8 * goldTokens.get(g.id()).size()) {
        found++;
      } else {
        missed.add(g.id() + " in " + g.document() + ": " + abbreviate(String.join(" / ", g.parts())));
      }
    }

    Set<Set<String>> goldPairs = new LinkedHashSet<>();
    for (List<String> p : event.pairs()) {
      if (byId.keySet().containsAll(p)) {
        goldPairs.add(Set.copyOf(p));
      }
    }
    Set<Set<String>> systemPairs = new LinkedHashSet<>();
    int bad = 0;
    List<String> wrongAlignments = new ArrayList<>();
    for (Alignment a : comparison.alignments()) {
      List<String> ids = a.quoteIds();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          String gi = systemToGold.get(ids.get(i));
          String gj = systemToGold.get(ids.get(j));
          if (gi != null && gj != null && !byId.get(gi).document().equals(byId.get(gj).document())) {
            systemPairs.add(Set.of(gi, gj));
          } else if (gi == null || !gi.equals(gj)) {
            bad++;
            wrongAlignments.add(a.id() + " links " + describe(comparison, ids.get(i), gi)
                + " with " + describe(comparison, ids.get(j), gj));
          }
        }
      }
    }
    int tpA = 0;
    List<String> missedAlignments = new ArrayList<>();
    for (Set<String> p : goldPairs) {
      if (systemPairs.contains(p)) {
        tpA++;
      } else {
        missedAlignments.add(sorted(p).toString());
      }
    }
    for (Set<String> p : systemPairs) {
      if (!goldPairs.contains(p)) {
        wrongAlignments.add("links " + sorted(p) + ", which render different passages");
      }
    }
    return new Score(tp, fp, goldQuotes.size(), found, attrOk, attrN, tpA, systemPairs.size() + bad,
        goldPairs.size(), List.copyOf(missed), List.copyOf(extra), List.copyOf(wrongSpeaker),
        List.copyOf(missedAlignments), List.copyOf(wrongAlignments), Collections.unmodifiableMap(systemToGold));
  }

  /** The Python scorer compares against the speaker's name (not its aliases). */
  static String speakerName(Comparison comparison, String speakerId) {
    return comparison.speaker(speakerId).map(Speaker::name).orElse(null);
  }

  private static String describe(Comparison c, String quoteId, String goldId) {
    String text = c.quote(quoteId).map(Quote::text).orElse("?");
    return (goldId == null ? "an unmatched quote" : goldId) + " '" + abbreviate(text) + "'";
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.retainAll(b);
    return out;
  }

  private static List<String> sorted(Set<String> s) {
    List<String> out = new ArrayList<>(s);
    Collections.sort(out);
    return out;
  }

  static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 70 ? one : one.substring(0, 67) + "...";
  }
}
