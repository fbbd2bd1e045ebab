package app.verbatim.model;

/**
 * A stretch of one article's text. The article is named by the SHA-256 of its text rather than by
 * position or quotation id, so a reference survives reordering panes and re-running the analysis.
 */
public record TextRef(String documentSha, int start, int end) {
  public TextRef {
    if (documentSha == null || documentSha.isBlank()) {
      throw new IllegalArgumentException("a text reference needs its document");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + "," + end + ")");
    }
  }

  public static TextRef of(Document document, Span span) {
    return new TextRef(document.sha256(), span.start(), span.end());
  }

  public static TextRef of(Document document, Quote quote) {
    return new TextRef(document.sha256(), quote.start(), quote.end());
  }

  public boolean overlaps(String sha, int from, int to) {
    return documentSha.equals(sha) && start < to && from < end;
  }
}
