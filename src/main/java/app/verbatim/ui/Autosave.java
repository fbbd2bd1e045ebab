package app.verbatim.ui;

import app.verbatim.model.Session;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes unsaved work to the recovery file on one background thread, at most {@code delay} after an
 * edit. Edits that come faster (keystrokes in a note) share one write of the latest session: the
 * first edit starts the clock and later ones do not push it back, so typing without pause is still
 * saved every few seconds. Clearing runs on the same thread, after any write in progress, so a save
 * or a discard is never undone by a late autosave.
 */
final class Autosave implements AutoCloseable {
  private final RecoveryStore store;
  private final long delayMillis;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "verbatim-autosave");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<Session> latest = new AtomicReference<>();
  private ScheduledFuture<?> pending;

  Autosave(RecoveryStore store, long delayMillis) {
    this.store = store;
    this.delayMillis = delayMillis;
  }

  /** The session changed and is unsaved: it reaches the recovery file within the delay. */
  synchronized void changed(Session session) {
    latest.set(session);
    if (pending == null || pending.isDone()) {
      pending = thread.schedule(this::write, delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** The work was saved or discarded: drop any pending write, then delete the recovery file. */
  synchronized void clear() {
    latest.set(null);
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
    thread.execute(store::clear);
  }

  private void write() {
    Session s = latest.get();
    if (s == null) {
      return;
    }
    try {
      store.save(s);
    } catch (IOException e) {
      System.err.println("verbatim: could not write the recovery file: " + e.getMessage());
    }
  }

  /** Waits for the writes already asked for (tests, and the window's close). */
  void flush() {
    try {
      ScheduledFuture<?> p;
      synchronized (this) {
        p = pending;
      }
      if (p != null && !p.isCancelled()) {
        p.get(30, TimeUnit.SECONDS);
      }
      thread.submit(() -> { }).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      System.err.println("verbatim: the recovery file may be out of date: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
