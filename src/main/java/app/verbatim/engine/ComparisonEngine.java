package app.verbatim.engine;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import java.util.List;

/** The one entry point the viewer, the exports and the command line call. */
public interface ComparisonEngine {

  Comparison compare(List<Article> articles, ProgressListener progress);

  /**
   * Compares with the analyst's corrections applied (they survive every re-analysis). Engines that
   * cannot apply corrections refuse rather than silently ignore them.
   */
  default Comparison compare(List<Article> articles, List<Correction> corrections, ProgressListener progress) {
    if (!corrections.isEmpty()) {
      throw new UnsupportedOperationException("this engine does not apply corrections");
    }
    return compare(articles, progress);
  }

  default Comparison compare(List<Article> articles) {
    return compare(articles, ProgressListener.NONE);
  }
}
