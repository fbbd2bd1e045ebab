package app.verbatim.model;

import java.util.List;

/**
 * Quotations from different documents that render the same passage of the speech.
 * A group is one passage: a quotation that covers several passages (one outlet stitches together
 * passages another quotes apart) sits in the group of each, with the part that renders it.
 *
 * @param id         unique within a comparison, e.g. "a1"
 * @param group      the passage: the id shared by alignments of one passage (several when one outlet quotes it twice)
 * @param quoteIds   the linked quotations, in document order
 * @param relation   identical, variant or overlap
 * @param similarity 0..1, how much of the wording is shared
 * @param diff       word-level marks over every linked quotation (over its part only, for a part)
 * @param parts      for quotations that cover several passages, the part that renders this one
 */
public record Alignment(
    String id, String group, List<String> quoteIds, Relation relation, double similarity, List<DiffSpan> diff,
    List<QuotePart> parts) {
  public Alignment {
    quoteIds = List.copyOf(quoteIds);
    diff = List.copyOf(diff);
    parts = List.copyOf(parts);
  }

  /** An alignment of whole quotations. */
  public Alignment(String id, String group, List<String> quoteIds, Relation relation, double similarity,
      List<DiffSpan> diff) {
    this(id, group, quoteIds, relation, similarity, diff, List.of());
  }

  /** The part of this quotation the alignment links, if it links only a part. */
  public java.util.Optional<QuotePart> partOf(String quoteId) {
    return parts.stream().filter(p -> p.quoteId().equals(quoteId)).findFirst();
  }
}
