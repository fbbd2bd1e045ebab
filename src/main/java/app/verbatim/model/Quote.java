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
 * @param evidence     why it has this speaker (or none): the rule and the words it read; never null
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
    List<Span> editorial,
    Evidence evidence) {
  public Quote {
    evidence = evidence == null ? Evidence.NONE : evidence;
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
    return new Quote(id, documentId, spans, text, kind, newSpeakerId, newLabel, verb, position, editorial,
        new Evidence("correction", null, null, null, "The analyst's correction."));
  }

  /** A copy with another speaker id and evidence, keeping everything else. */
  public Quote withAttribution(String newSpeakerId, Evidence newEvidence) {
    return new Quote(id, documentId, spans, text, kind, newSpeakerId, speakerLabel, verb, position, editorial,
        newEvidence);
  }

  /** The same quotation seen through one of its parts (the words of a stitch that render one passage). */
  public Quote part(List<Span> partSpans) {
    List<Span> inside = editorial.stream().filter(e -> partSpans.stream().anyMatch(p -> p.overlaps(e))).toList();
    return new Quote(id, documentId, partSpans, text, kind, speakerId, speakerLabel, verb, position, inside, evidence);
  }

  /** A copy with another id (quotations are renumbered after corrections). */
  public Quote withId(String newId) {
    return new Quote(newId, documentId, spans, text, kind, speakerId, speakerLabel, verb, position, editorial,
        evidence);
  }
}
