package app.verbatim.model;

/**
 * Why a quotation has the speaker it has (or none): the rule that decided and the words it read, so an
 * analyst can check the answer and correct it. Offsets are into the quotation's own document.
 *
 * @param sieve   the deciding rule, one of {@link #SIEVES}, or {@code "correction"} for the analyst's own
 * @param cue     the words the rule read ("Ri told", "he said", "according to the ministry"), or null
 * @param cueSpan where those words stand, or null
 * @param named   where the speaker was named, when the cue only refers back ("he" → "Ri Yong Ho"), or null
 * @param detail  one sentence saying what the rule concluded, in the user's words
 */
public record Evidence(String sieve, String cue, Span cueSpan, Span named, String detail) {
  /** Every rule id the engine may record, in the order the sieves run. */
  public static final java.util.List<String> SIEVES = java.util.List.of(
      "dash", "cue-after", "cue-before", "colon-paragraph", "answer-after", "headline-name", "cue-later",
      "subject", "as-put-it",
      "named", "pronoun", "role", "organisation", "document", "continuation", "repeated", "headline-echo",
      "consensus",
      "none", "correction");

  public Evidence {
    if (sieve == null || sieve.isBlank()) {
      throw new IllegalArgumentException("evidence needs the rule that decided");
    }
  }

  /** No rule found anyone: the text does not say who speaks. */
  public static final Evidence NONE = new Evidence("none", null, null, null, "No speaker: the text does not say who speaks.");
}
