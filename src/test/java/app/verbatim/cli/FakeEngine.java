package app.verbatim.cli;

import app.verbatim.engine.ComparisonEngine;
import app.verbatim.engine.ProgressListener;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.SampleComparison;
import java.util.ArrayList;
import java.util.List;

/** Stands in for the engine: records what it was given and answers with the hand-made sample. */
final class FakeEngine implements ComparisonEngine {
  final List<List<Article>> calls = new ArrayList<>();

  @Override
  public Comparison compare(List<Article> articles, ProgressListener progress) {
    calls.add(List.copyOf(articles));
    // the sample's quotations are offsets into the sample texts, so only the outlet names are taken
    return SampleComparison.build(List.of(
        SampleComparison.article1().withOutlet(articles.get(0).outlet()),
        SampleComparison.article2().withOutlet(articles.get(1).outlet())));
  }
}
