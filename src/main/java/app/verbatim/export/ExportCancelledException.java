package app.verbatim.export;

/** The export was cancelled (its thread was interrupted); nothing was written. */
public final class ExportCancelledException extends ExportException {
  public ExportCancelledException() {
    super("export cancelled; nothing was written");
  }
}
