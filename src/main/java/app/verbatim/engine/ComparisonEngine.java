package app.verbatim.engine;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.util.List;

/** The one entry point the viewer, the exports and the command line call. */
public interface ComparisonEngine {

  Comparison compare(List<Article> articles, ProgressListener progress);

  default Comparison compare(List<Article> articles) {
    return compare(articles, ProgressListener.NONE);
  }
}
