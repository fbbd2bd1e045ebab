package app.verbatim.engine.present;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One outlet's figures for a speaker: how many quotations, how many linked to another outlet, how many
 * only here.
 */
public record OutletFigures(String documentId, String outlet, int quotations, int shared, int onlyHere) {

  /** Figures per document for one speaker (all speakers when speakerId is null). */
  public static List<OutletFigures> of(Comparison c, String speakerId) {
    List<OutletFigures> out = new ArrayList<>();
    java.util.Set<String> linked = new java.util.HashSet<>();
    c.alignments().forEach(a -> linked.addAll(a.quoteIds()));
    for (Document d : c.documents()) {
      if (d.article().referenceDocument()) {
        continue; // the record quotes nobody
      }
      int n = 0;
      int shared = 0;
      for (Quote q : c.quotesOf(d.id())) {
        if (speakerId != null && !Objects.equals(speakerId, q.speakerId())) {
          continue;
        }
        n++;
        if (linked.contains(q.id())) {
          shared++;
        }
      }
      out.add(new OutletFigures(d.id(), d.outlet(), n, shared, n - shared));
    }
    return out;
  }

  /** "NBC News: 9 quotations, 3 shared, 6 only here". */
  public String describe() {
    return outlet + ": " + quotations + (quotations == 1 ? " quotation, " : " quotations, ") + shared + " shared, "
        + onlyHere + " only here";
  }
}
