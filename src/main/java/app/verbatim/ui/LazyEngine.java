package app.verbatim.ui;

import app.verbatim.engine.ComparisonEngine;
import app.verbatim.engine.ProgressListener;
import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.util.List;

/**
 * The engine, made on its first comparison: making one reads the engine's word lists and compiles its
 * patterns, which a start-up showing a kept comparison never needs.
 */
final class LazyEngine implements ComparisonEngine {
  private VerbatimEngine engine;

  private synchronized VerbatimEngine engine() {
    if (engine == null) {
      engine = new VerbatimEngine();
    }
    return engine;
  }

  @Override
  public Comparison compare(List<Article> articles, ProgressListener progress) {
    return engine().compare(articles, progress);
  }

  @Override
  public Comparison compare(List<Article> articles, List<app.verbatim.model.Correction> corrections,
      ProgressListener progress) {
    return engine().compare(articles, corrections, progress);
  }
}
