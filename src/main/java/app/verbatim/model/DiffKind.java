package app.verbatim.model;

/** What a word inside a linked quotation is, relative to the other outlets' renderings. */
public enum DiffKind {
  /** The other outlets have this word too, spelled the same. */
  SAME,
  /** The other outlets have this word in another spelling (U.S. / US, colour / color). */
  VARIANT,
  /** The other outlets have this word spelled the same, with other punctuation beside it (a comma added or dropped). */
  PUNCTUATION,
  /** No other outlet in the group has this word. */
  ONLY,
  /** Not the speaker's words: an editorial [bracket] or ellipsis. */
  EDITORIAL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
