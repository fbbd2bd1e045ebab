package app.verbatim.model;

/** A run of words of one {@link DiffKind} in one document's text, ready to paint. */
public record DiffSpan(DiffKind kind, String documentId, Span span) {}
