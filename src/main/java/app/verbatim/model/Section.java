package app.verbatim.model;

/** The part of an article a paragraph belongs to. */
public enum Section {
  HEADLINE,
  SUBHEADING,
  BODY,
  /** Photo captions and credits: shown, never searched for quotations. */
  CAPTION,
  /** Page furniture saved along with the article ("IE 11 is not supported…", "All news"). */
  BOILERPLATE
}
