package app.verbatim.export;

import app.verbatim.engine.ProgressListener;
import app.verbatim.model.Comparison;
import java.nio.file.Path;

/** Writes one report format of a comparison to a file, atomically. */
public interface ReportWriter {

  /**
   * Writes the report. Safe to call off the UI thread; interrupting the thread cancels the export.
   *
   * @param comparison  what to report (not modified)
   * @param options     layout and identification
   * @param annotations the analyst's corrections and notes, or {@link ReportAnnotations#NONE}
   * @param target      the file to create or replace
   * @param progress    told how far the export is; may be {@link ProgressListener#NONE}
   * @throws ExportCancelledException when the thread was interrupted; nothing was written
   * @throws ExportException          with a one-line message when the file cannot be written
   */
  void write(Comparison comparison, ReportOptions options, ReportAnnotations annotations, Path target,
      ProgressListener progress) throws ExportException;

  /** Writes the report without annotations or progress. */
  default void write(Comparison comparison, ReportOptions options, Path target) throws ExportException {
    write(comparison, options, ReportAnnotations.NONE, target, ProgressListener.NONE);
  }
}
