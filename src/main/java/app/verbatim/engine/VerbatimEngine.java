package app.verbatim.engine;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.util.List;

/** Placeholder wiring; the real pipeline (find, attribute, align, diff) replaces this. */
public final class VerbatimEngine implements ComparisonEngine {
  @Override
  public Comparison compare(List<Article> articles, ProgressListener progress) {
    throw new UnsupportedOperationException("engine not wired yet");
  }
}
