package app.verbatim.model;

/** Something the engine noticed and worked around, e.g. an unbalanced quotation mark. */
public record Warning(String documentId, int offset, String message) {}
