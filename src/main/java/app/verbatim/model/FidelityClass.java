package app.verbatim.model;

/**
 * How faithfully a quotation renders the record (the reference transcript), most faithful first. When
 * several apply, a quotation takes the last that applies: the most serious.
 */
public enum FidelityClass {
  /** Word for word a whole sentence or more of the record, spelling variants aside. */
  VERBATIM("verbatim"),
  /** Word for word, a contiguous part that starts or ends inside a sentence of the record. */
  TRIMMED("trimmed"),
  /** Words left out where the outlet marked it with an ellipsis. */
  ELLIPSIS("ellipsis"),
  /** An editorial insertion in brackets, not the speaker's words. */
  BRACKETED("bracketed"),
  /** Words left out with no mark. */
  SILENT_OMISSION("silent omission"),
  /** Words changed, added or reordered. */
  ALTERED("altered"),
  /** Passages that are not adjacent in the record, joined as one quotation. */
  STITCHED("stitched"),
  /** No passage of the record holds these words. */
  NOT_IN_RECORD("not in the record");

  private final String label;

  FidelityClass(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
