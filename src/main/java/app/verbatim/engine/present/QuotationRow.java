package app.verbatim.engine.present;

import app.verbatim.model.FidelityClass;
import app.verbatim.model.Quote;
import java.util.List;
import java.util.Map;

/**
 * One line of the quotation list: a linked group (each outlet's wording of one passage) or a quotation
 * only one outlet has.
 *
 * @param key         stable within one comparison: the group id, or the quotation id when unlinked
 * @param group       the group id, or null for an unlinked quotation
 * @param quotes      the quotations, in document order
 * @param speakerId   the speaker's id, or null when unknown
 * @param speakerName the speaker's name, or "unknown"
 * @param wordings    document id → that outlet's wording (several passages joined by " … ")
 * @param relation    what kind of row this is
 * @param relationLabel "identical", "variant", "overlap" or "only in NBC News"
 * @param similarity  0..1 for a group, -1 for an unlinked quotation
 * @param position    where it sits: "headline", "lead", "paragraph 3"; one per outlet when they differ
 * @param fidelity    the fidelity classes of its quotations against the record, most serious first; empty
 *                    when none was measured
 */
public record QuotationRow(
    String key, String group, List<Quote> quotes, String speakerId, String speakerName,
    Map<String, String> wordings, RowRelation relation, String relationLabel, double similarity, String position,
    List<FidelityClass> fidelity) {
  public QuotationRow {
    quotes = List.copyOf(quotes);
    wordings = Map.copyOf(wordings);
    fidelity = List.copyOf(fidelity);
  }

  /** "altered · verbatim", or "" when no quotation of the row was measured against the record. */
  public String fidelityLabel() {
    return String.join(" · ", fidelity.stream().map(FidelityClass::label).toList());
  }

  public boolean linked() {
    return group != null;
  }

  public boolean contains(String quoteId) {
    return quotes.stream().anyMatch(q -> q.id().equals(quoteId));
  }
}
