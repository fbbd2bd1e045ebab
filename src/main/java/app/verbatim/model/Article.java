package app.verbatim.model;

import java.util.Objects;

/**
 * One news article as read from disk or pasted: metadata plus the text exactly as given.
 *
 * @param outlet   the outlet's display name (never blank)
 * @param title    the headline, or null when unknown
 * @param date     publication date as ISO-8601 (yyyy-MM-dd), or null
 * @param language BCP-47 language tag such as "en", or null
 * @param source   where the article came from (URL or file path), or null
 * @param text     the full article text, unmodified
 */
public record Article(String outlet, String title, String date, String language, String source, String text) {
  public Article {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
  }

  /** A copy with another outlet name (e.g. from a --label). */
  public Article withOutlet(String newOutlet) {
    return new Article(newOutlet, title, date, language, source, text);
  }
}
