package app.verbatim.model;

/** What the analyst changed in the machine's reading. */
public enum CorrectionKind {
  /** The quotation is someone else's: {@code speaker} names who. */
  SPEAKER,
  /** The marked text is not a quotation (a title, a scare quote the engine took for speech…). */
  NOT_A_QUOTE,
  /** The engine missed a quotation: {@code target} is its text, {@code speaker} who said it (or null). */
  MISSED_QUOTE,
  /** {@code target} and {@code other} render the same passage. */
  LINK,
  /** {@code target} is not linked to {@code other} (or, when other is null, to anything). */
  UNLINK;

  /** A short label for lists and reports, e.g. "not a quotation". */
  public String label() {
    return switch (this) {
      case SPEAKER -> "speaker";
      case NOT_A_QUOTE -> "not a quotation";
      case MISSED_QUOTE -> "missed quotation";
      case LINK -> "linked by hand";
      case UNLINK -> "unlinked by hand";
    };
  }
}
