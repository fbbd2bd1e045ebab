package app.verbatim.export;

/** A run of a quotation's text with one mark. */
record Segment(String text, Mark mark) {}
