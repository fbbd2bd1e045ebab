package app.verbatim.model;

/**
 * A short phrase in quotation marks that is not a quotation of speech
 * (so-called 'technical talks', a term, a title). Shown, never aligned.
 */
public record ScareQuote(String documentId, Span span, String text) {}
