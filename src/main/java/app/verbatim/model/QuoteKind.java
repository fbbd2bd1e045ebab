package app.verbatim.model;

/** Whether a quotation is a whole utterance or a fragment woven into the reporter's sentence. */
public enum QuoteKind {
  /** A full sentence or more in the speaker's words. */
  DIRECT,
  /** A fragment inside the reporter's own sentence. */
  PARTIAL
}
