package app.verbatim.cli.args;

/** The command line was not understood; the message is one line fit to print as is. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
