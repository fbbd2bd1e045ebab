package app.verbatim.engine;

/** Receives progress of a long comparison; called from the thread doing the work. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total, step) -> { };

  /**
   * @param done  work units finished
   * @param total work units in all
   * @param step  what is being done, for a status line
   */
  void progress(long done, long total, String step);
}
