package app.verbatim.io;

/** An article could not be read; the message is one line, fit to show a user. */
public final class ArticleReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public ArticleReadException(String message) {
    super(message);
  }

  public ArticleReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
