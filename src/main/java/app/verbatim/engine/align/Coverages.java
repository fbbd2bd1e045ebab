package app.verbatim.engine.align;

import app.verbatim.model.Alignment;
import app.verbatim.model.Coverage;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per document and speaker, the quotations no other document has: those in no alignment. */
public final class Coverages {
  private Coverages() {}

  public static List<Coverage> of(List<Document> documents, List<Quote> quotes, List<Alignment> alignments) {
    Set<String> linked = new HashSet<>();
    for (Alignment a : alignments) {
      linked.addAll(a.quoteIds());
    }
    List<Coverage> out = new ArrayList<>();
    for (Document d : documents) {
      Map<String, List<String>> bySpeaker = new LinkedHashMap<>();
      for (Quote q : quotes) {
        if (q.documentId().equals(d.id()) && !linked.contains(q.id())) {
          bySpeaker.computeIfAbsent(q.speakerId() == null ? "" : q.speakerId(), k -> new ArrayList<>()).add(q.id());
        }
      }
      bySpeaker.forEach((s, ids) -> out.add(new Coverage(d.id(), s.isEmpty() ? null : s, ids)));
    }
    return out;
  }
}
