package app.verbatim.engine.attribution;

import app.verbatim.model.Quote;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The speaker a comparison is about, when the analyst has not chosen one. */
public final class FocusSpeaker {
  private FocusSpeaker() {}

  /** The speaker quoted by most documents; ties go to the one with more quotations, then the first seen. */
  public static String of(List<Quote> quotes) {
    Map<String, Set<String>> docs = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Quote q : quotes) {
      if (q.speakerId() != null) {
        docs.computeIfAbsent(q.speakerId(), k -> new HashSet<>()).add(q.documentId());
        counts.merge(q.speakerId(), 1, Integer::sum);
      }
    }
    String best = null;
    for (String s : docs.keySet()) {
      if (best == null || docs.get(s).size() > docs.get(best).size()
          || docs.get(s).size() == docs.get(best).size() && counts.get(s) > counts.get(best)) {
        best = s;
      }
    }
    return best;
  }
}
