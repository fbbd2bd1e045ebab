package app.verbatim.engine.present;

import app.verbatim.model.DiffKind;

/** How a run of quoted text is marked in a report: the engine's diff kinds plus the runs between them. */
public enum Mark {
  /** Quoted text the engine did not compare (an unlinked quotation). */
  PLAIN,
  SAME,
  VARIANT,
  PUNCTUATION,
  ONLY,
  EDITORIAL,
  /** The reporter's words between two parts of a split quotation ("she said"). */
  GAP;

  public static Mark of(DiffKind kind) {
    return switch (kind) {
      case SAME -> SAME;
      case VARIANT -> VARIANT;
      case PUNCTUATION -> PUNCTUATION;
      case ONLY -> ONLY;
      case EDITORIAL -> EDITORIAL;
    };
  }

  /** When alignments disagree about a word (a quotation linked twice), the stronger mark wins. */
  int strength() {
    return switch (this) {
      case PLAIN, GAP -> 0;
      case ONLY -> 1;
      case PUNCTUATION -> 2;
      case VARIANT -> 3;
      case SAME -> 4;
      case EDITORIAL -> 5;
    };
  }
}
