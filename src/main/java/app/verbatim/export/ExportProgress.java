package app.verbatim.export;

import app.verbatim.engine.ProgressListener;

/**
 * Reports an export's progress as a share of 1000 units and stops it when its thread is interrupted
 * (how the window's Cancel reaches a running export).
 */
final class ExportProgress {
  static final long TOTAL = 1000;

  /** Thrown inside the writers when the export is cancelled; turned into {@link ExportCancelledException}. */
  static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  private final ProgressListener listener;
  private final double from;
  private final double span;
  private long last = -1;
  private String lastStep;

  ExportProgress(ProgressListener listener) {
    this(listener, 0, 1);
  }

  private ExportProgress(ProgressListener listener, double from, double to) {
    this.listener = listener == null ? ProgressListener.NONE : listener;
    this.from = from;
    this.span = to - from;
  }

  /** The same listener, with this phase's 0..1 mapped onto [from, to] of the whole. */
  ExportProgress scaled(double from, double to) {
    return new ExportProgress(listener, this.from + span * from, this.from + span * to);
  }

  /** Reports {@code fraction} (0..1) done with a status line; throws {@link Cancelled} if interrupted. */
  void at(double fraction, String step) {
    checkCancelled();
    long done = Math.max(0, Math.min(TOTAL, Math.round((from + span * fraction) * TOTAL)));
    if (done != last || !step.equals(lastStep)) {
      last = done;
      lastStep = step;
      listener.progress(done, TOTAL, step);
    }
  }

  /** Progress within a phase that spans [from, to) of the whole. */
  void within(double from, double to, long done, long total, String step) {
    at(from + (to - from) * (total <= 0 ? 1 : (double) done / total), step);
  }

  void checkCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new Cancelled();
    }
  }
}
