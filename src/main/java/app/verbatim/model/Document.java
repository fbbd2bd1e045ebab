package app.verbatim.model;

import java.util.List;

/**
 * An article as analysed: an id, the article, the SHA-256 of its text and its paragraphs.
 */
public record Document(String id, Article article, String sha256, List<Paragraph> paragraphs) {
  public Document {
    paragraphs = List.copyOf(paragraphs);
  }

  public String text() {
    return article.text();
  }

  public String outlet() {
    return article.outlet();
  }

  /** The article's title, else the headline the engine found in its text, else null. */
  public String title() {
    if (article.title() != null) {
      return article.title();
    }
    for (Paragraph p : paragraphs) {
      if (p.section() == Section.HEADLINE) {
        return p.span().of(text());
      }
    }
    return null;
  }
}
