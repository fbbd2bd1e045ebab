package app.verbatim.cli;

import app.verbatim.cli.bench.SyntheticArticles;
import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.ArticleReadException;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bench [--quick]}: times whole comparisons of the seed pair and of generated article pairs
 * of doubling size, printing words, quotations and the median milliseconds per size.
 */
final class BenchCommand {
  private final PrintStream out;

  BenchCommand(PrintStream out) {
    this.out = out;
  }

  int run(String[] args) {
    boolean quick = Arrays.asList(args).contains("--quick");
    int runs = quick ? 3 : 11;
    VerbatimEngine engine = new VerbatimEngine();
    out.printf("Verbatim bench: %d CPUs, Java %s, %s %s; median of %d runs after warm-up%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("os.name"), System.getProperty("os.arch"), runs);
    out.printf("%-22s %10s %12s %12s %8s%n", "input", "words/art", "quotes/art", "median ms", "ratio");
    try {
      List<Article> seed = DefaultArticles.load();
      measure(engine, "seed pair (NBC, TASS)", seed, quick ? 50 : 300, runs, -1);
    } catch (ArticleReadException e) {
      out.println("seed pair unavailable: " + e.getMessage());
    }
    double previous = -1;
    int max = quick ? 25_600 : 102_400;
    for (int words = 1_600; words <= max; words *= 2) {
      List<Article> pair = SyntheticArticles.pair(words, 7);
      previous = measure(engine, "generated " + words, pair, quick ? 2 : 5, runs, previous);
    }
    return Cli.OK;
  }

  private double measure(VerbatimEngine engine, String name, List<Article> articles, int warmups, int runs, double previous) {
    Comparison c = null;
    for (int i = 0; i < warmups; i++) {
      c = engine.compare(articles);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      c = engine.compare(articles);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    double median = ms[runs / 2];
    int words = articles.get(0).text().split("\\s+").length;
    int quotes = c.quotesOf(c.documents().get(0).id()).size();
    out.printf("%-22s %10d %12d %12.1f %8s%n", name, words, quotes, median,
        previous > 0 ? String.format("%.2fx", median / previous) : "");
    return median;
  }
}
