package app.verbatim.engine.quotes;

import app.verbatim.model.Span;

/**
 * A partial quotation: a fragment inside the reporter's sentence rather than a whole utterance. It opens
 * in lower case ("she called it “a betrayal”"), or its mark follows a word or number directly.
 */
final class PartialQuoteRule {

  /**
   * Whether the quotation is partial.
   *
   * @param first  its first quoted part
   * @param before the reporter's words from its sentence start to the opening mark
   */
  boolean isPartial(String text, Span first, String before) {
    char c = text.charAt(first.start());
    String b = before.stripTrailing();
    return Character.isLowerCase(c) || !b.isEmpty() && Character.isLetterOrDigit(b.charAt(b.length() - 1));
  }
}
