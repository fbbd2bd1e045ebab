package app.verbatim.model;

/** What a word inside a linked quotation is, relative to the other outlets' renderings. */
public enum DiffKind {
  /** The other outlets have this word too, spelled the same. */
  SAME,
  /** The other outlets have this word in another spelling or punctuation. */
  VARIANT,
  /** No other outlet in the group has this word. */
  ONLY,
  /** Not the speaker's words: an editorial [bracket] or ellipsis. */
  EDITORIAL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
