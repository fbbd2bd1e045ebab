package app.verbatim.engine.present;

/** A run of a quotation's text with one mark. */
public record Segment(String text, Mark mark) {}
