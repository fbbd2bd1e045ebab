package app.verbatim.model;

import java.util.List;

/**
 * Quotations from different documents that render the same passage of the speech.
 * Holds at most one quotation per document; a quotation may sit in several alignments
 * when one outlet stitches together passages another quotes apart.
 *
 * @param id         unique within a comparison, e.g. "a1"
 * @param group      the id shared by alignments that are connected through a common quotation
 * @param quoteIds   the linked quotations, in document order
 * @param relation   identical, variant or overlap
 * @param similarity 0..1, how much of the wording is shared
 * @param diff       word-level marks over every linked quotation
 */
public record Alignment(
    String id, String group, List<String> quoteIds, Relation relation, double similarity, List<DiffSpan> diff) {
  public Alignment {
    quoteIds = List.copyOf(quoteIds);
    diff = List.copyOf(diff);
  }
}
