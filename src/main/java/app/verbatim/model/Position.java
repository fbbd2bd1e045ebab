package app.verbatim.model;

/**
 * Where a quotation sits in its article.
 *
 * @param section   headline, subheading or body
 * @param paragraph 1-based body paragraph number (0 outside the body)
 */
public record Position(Section section, int paragraph) {
  /** A short label such as "headline", "subheading", "paragraph 3". */
  public String label() {
    return switch (section) {
      case HEADLINE -> "headline";
      case SUBHEADING -> "subheading";
      case CAPTION -> "caption";
      case BOILERPLATE -> "boilerplate";
      case BODY -> paragraph == 1 ? "lead" : "paragraph " + paragraph;
    };
  }
}
