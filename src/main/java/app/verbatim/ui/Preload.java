package app.verbatim.ui;

import app.verbatim.io.AnalysisCache;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads and analyses the bundled comparison on a plain thread while JavaFX starts, so the first frame
 * does not wait for both one after the other; when the same files were analysed by this same
 * application before, the comparison kept in the user's cache is read instead ({@link AnalysisCache}).
 * Plain Java: safe to start before the toolkit.
 */
public final class Preload implements Runnable {
  /** The bundled articles and their comparison. */
  public record Bundled(List<Article> articles, Comparison comparison) {}

  private static volatile CompletableFuture<Bundled> started;

  private final CompletableFuture<Bundled> result;
  private final AnalysisCache cache;

  private Preload(CompletableFuture<Bundled> result, AnalysisCache cache) {
    this.result = result;
    this.cache = cache;
  }

  public static void start() {
    start(null);
  }

  /** Starts with this cache, or the user's when null (tests pass their own folder). */
  static void start(AnalysisCache cache) {
    FirstFrameProbe.trace("main");
    CompletableFuture<Bundled> f = new CompletableFuture<>();
    started = f;
    Thread t = new Thread(new Preload(f, cache), "verbatim-preload");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void run() {
    DefaultArticles.Analysed a;
    try {
      a = DefaultArticles.loadAnalysed(new LazyEngine(), cache != null ? cache : AnalysisCache.standard());
    } catch (Exception | Error e) {
      result.completeExceptionally(e);
      return;
    }
    FirstFrameProbe.trace(a.fromCache() ? "preload done (kept comparison)" : "preload done");
    result.complete(new Bundled(a.articles(), a.comparison()));
    a.keep(); // after the window has it: the next start reads it
  }

  /**
   * The preloaded comparison, waited for, if one was started and it could be read; else null (the caller
   * reads and analyses the ordinary way, which reports the problem). Taken once.
   */
  static Bundled joined() {
    CompletableFuture<Bundled> f = take();
    if (f == null) {
      return null;
    }
    try {
      return f.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The preloaded comparison if it was started, else null. */
  private static CompletableFuture<Bundled> take() {
    CompletableFuture<Bundled> f = started;
    started = null;
    return f;
  }
}
