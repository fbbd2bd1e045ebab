package app.verbatim.model;

import java.util.List;

/**
 * One quotation measured against the record.
 *
 * @param quoteId     the quotation
 * @param referenceId the document holding the record
 * @param kind        how faithful it is
 * @param record      the record's words it renders, as spans of the reference text (for a quotation not in
 *                    the record: the closest passage, when there is one, else empty)
 * @param omitted     the record's words inside those passages that the outlet left out or changed
 * @param changes     what differs from the record, one readable line each ("left out without a mark: …")
 * @param likely      for a quotation not in the record, what it most likely is ("a paraphrase of …"), else null
 */
public record Fidelity(String quoteId, String referenceId, FidelityClass kind, List<Span> record, List<Span> omitted,
    List<String> changes, String likely) {
  public Fidelity {
    record = List.copyOf(record);
    omitted = List.copyOf(omitted);
    changes = List.copyOf(changes);
  }

  /** Where the record passage starts, or -1 when there is none. */
  public int recordStart() {
    return record.isEmpty() ? -1 : record.get(0).start();
  }
}
