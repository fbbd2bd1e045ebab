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
 * @param reference null for a news article; for the record of a speech (a transcript, the official text),
 *                  the name of the speaker whose words it holds, or "" for the speaker the outlets quote most
 *                  (a transcript with speaker turns gives each turn to its own speaker)
 */
public record Article(String outlet, String title, String date, String language, String source, String text,
    String reference) {
  public Article {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
    reference = reference == null ? null : reference.strip();
  }

  /** A news article. */
  public Article(String outlet, String title, String date, String language, String source, String text) {
    this(outlet, title, date, language, source, text, null);
  }

  /** A copy with another outlet name (e.g. from a --label). */
  public Article withOutlet(String newOutlet) {
    return new Article(newOutlet, title, date, language, source, text, reference);
  }

  /** A copy with another source (the file it was read from). */
  public Article withSource(String newSource) {
    return new Article(outlet, title, date, language, newSource, text, reference);
  }

  /** A copy marked as the record of a speaker's words ("" for the speaker quoted most), or not (null). */
  public Article withReference(String speaker) {
    return new Article(outlet, title, date, language, source, text, speaker);
  }

  public boolean referenceDocument() {
    return reference != null;
  }
}
