package app.verbatim.model;

import java.util.List;

/**
 * The part of a quotation that renders one passage, when the quotation covers several (an outlet's
 * stitch, or a split quotation whose halves other outlets quote apart): "part 1 of 2".
 *
 * @param quoteId the quotation
 * @param index   1-based, in text order
 * @param count   how many passages the quotation covers
 * @param spans   the words of this part in the document text
 */
public record QuotePart(String quoteId, int index, int count, List<Span> spans) {
  public QuotePart {
    spans = List.copyOf(spans);
  }

  public String label() {
    return "part " + index + " of " + count;
  }
}
