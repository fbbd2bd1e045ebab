package app.verbatim.io;

/** A session file that cannot be opened, with a message fit for the analyst. */
public final class SessionReadException extends Exception {
  private static final long serialVersionUID = 1L;

  public SessionReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
