package app.verbatim.cli;

/** How a command ends, as the process exit status the README documents. */
public enum ExitCode {
  /** Done. An article without quotations is still done. */
  OK(0),
  /** An article could not be read, a speaker is unknown, or an output cannot be written. */
  INPUT(1),
  /** The command line makes no sense (unknown option, fewer than two articles, …). */
  USAGE(2),
  /** A bug in Verbatim. */
  INTERNAL(3);

  private final int status;

  ExitCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
