package app.verbatim.export;

/**
 * A report could not be written. The message is one line a user can act on
 * ("the folder /x does not exist", "/x/report.pdf is read-only"); any existing file is untouched.
 */
public class ExportException extends Exception {
  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
