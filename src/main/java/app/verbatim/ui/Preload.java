package app.verbatim.ui;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads and analyses the bundled comparison on a plain thread while JavaFX starts, so the first frame
 * does not wait for both one after the other. Plain Java: safe to start before the toolkit.
 */
public final class Preload {
  /** The bundled articles and their comparison. */
  public record Bundled(List<Article> articles, Comparison comparison) {}

  private static volatile CompletableFuture<Bundled> started;

  private Preload() {}

  public static void start() {
    FirstFrameProbe.trace("main");
    started = CompletableFuture.supplyAsync(() -> {
      try {
        List<Article> articles = DefaultArticles.load();
        FirstFrameProbe.trace("bundled articles read");
        Bundled b = new Bundled(articles, new VerbatimEngine().compare(articles));
        FirstFrameProbe.trace("preload done");
        return b;
      } catch (Exception e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    });
  }

  /** The preloaded comparison if it was started, else null. */
  static CompletableFuture<Bundled> take() {
    CompletableFuture<Bundled> f = started;
    started = null;
    return f;
  }
}
