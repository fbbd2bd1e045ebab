package app.verbatim.engine.quotes;

/**
 * An attribute's value in markup left in the text ({@code <post date="2016-01-02">}): the mark opens
 * right after an equals sign, which no quotation of speech does.
 */
final class MarkupAttributeRule {

  boolean isAttribute(String text, int open) {
    int i = open - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '=';
  }
}
