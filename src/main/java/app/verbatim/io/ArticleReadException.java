package app.verbatim.io;

/**
 * An article could not be read. {@link #getMessage()} is one line that names the file (or other
 * source) and says what is wrong, fit to show as is in a dialog or on the command line.
 */
public final class ArticleReadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  /**
   * @param source what was being read, as the user knows it: a path, or e.g. "the pasted text"
   * @param reason what is wrong, in a few words, without the source
   */
  public ArticleReadException(String source, String reason) {
    this(source, reason, null);
  }

  public ArticleReadException(String source, String reason, Throwable cause) {
    super("Cannot read " + oneLine(source) + ": " + oneLine(reason), cause);
    this.source = oneLine(source);
    this.reason = oneLine(reason);
  }

  /** The file or other source that could not be read. */
  public String source() {
    return source;
  }

  /** What is wrong, without the source. */
  public String reason() {
    return reason;
  }

  // Library messages (Jackson, the file system) may span lines; ours must not.
  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
