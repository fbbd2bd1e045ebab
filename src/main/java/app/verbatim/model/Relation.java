package app.verbatim.model;

/** How linked quotations relate to each other. */
public enum Relation {
  /** The same words, character for character. */
  IDENTICAL,
  /** The same words up to spelling, punctuation and equivalent forms (U.S./US, good-will/goodwill). */
  VARIANT,
  /** The same passage, but one outlet quotes more, less, or other parts of it. */
  OVERLAP,
  /** The same passage of the record in another translation: found through the reference, not the words. */
  TRANSLATION;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
