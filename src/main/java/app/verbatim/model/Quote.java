package app.verbatim.model;

import java.util.List;

/**
 * One quotation found in one document. A quotation split by its attribution
 * ("Let me be clear," she said. "We will…") is one Quote with two spans.
 *
 * @param id           unique within a comparison, e.g. "q3"
 * @param documentId   the document it was found in
 * @param spans        the quoted words (inside the marks) in document order, offsets into the text
 * @param text         the quoted words, parts joined by a single space
 * @param kind         direct or partial
 * @param speakerId    the resolved speaker, or null when the text does not say
 * @param speakerLabel how this outlet named the speaker at this quote ("Ri", "the minister", "he"), or null
 * @param verb         the reporting verb ("said", "told", "according to"), or null
 * @param position     headline, subheading or paragraph
 * @param editorial    spans inside the quotation that are not the speaker's words: [brackets], ellipses
 */
public record Quote(
    String id,
    String documentId,
    List<Span> spans,
    String text,
    QuoteKind kind,
    String speakerId,
    String speakerLabel,
    String verb,
    Position position,
    List<Span> editorial) {
  public Quote {
    spans = List.copyOf(spans);
    editorial = List.copyOf(editorial);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a quote needs at least one span");
    }
  }

  public int start() {
    return spans.get(0).start();
  }

  public int end() {
    return spans.get(spans.size() - 1).end();
  }

  /** A copy with another speaker (used when applying the analyst's corrections). */
  public Quote withSpeaker(String newSpeakerId, String newLabel) {
    return new Quote(id, documentId, spans, text, kind, newSpeakerId, newLabel, verb, position, editorial);
  }
}
