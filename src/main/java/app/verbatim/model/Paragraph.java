package app.verbatim.model;

/**
 * One paragraph (a non-blank line) of a document.
 *
 * @param number  1-based number among BODY paragraphs, 0 for other sections
 * @param span    its range in the document text
 * @param section where it sits
 */
public record Paragraph(int number, Span span, Section section) {}
