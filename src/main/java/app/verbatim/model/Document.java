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
}
