package app.verbatim.cli;

import app.verbatim.cli.bench.SyntheticArticles;
import app.verbatim.engine.VerbatimEngine;
import app.verbatim.export.CsvReportWriter;
import app.verbatim.export.ExportException;
import app.verbatim.export.HtmlReportWriter;
import app.verbatim.export.PdfReportWriter;
import app.verbatim.export.ReportAnnotations;
import app.verbatim.export.ReportOptions;
import app.verbatim.io.ArticleReadException;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code bench --report [--quick]}: times the reports. The seed pair's PDF warm (median of repeated
 * runs), its HTML and CSV, and the PDF of two generated 50,000-word articles with progress, with and
 * without the appendix. Files go to a temporary folder that is removed afterwards.
 */
final class ReportBenchCommand {
  private final PrintStream out;

  ReportBenchCommand(PrintStream out) {
    this.out = out;
  }

  int run(boolean quick) {
    Path made = null;
    try {
      made = Files.createTempDirectory("verbatim-report-bench");
      Path dir = made;
      out.printf("Verbatim report bench: %d CPUs, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
      VerbatimEngine engine = new VerbatimEngine();
      Comparison seed = engine.compare(DefaultArticles.load());
      ReportOptions options = ReportOptions.defaults().withVersion(HelpText.version());
      PdfReportWriter pdf = new PdfReportWriter();
      Path seedPdf = dir.resolve("seed.pdf");
      int warmups = quick ? 3 : 15;
      int runs = quick ? 3 : 11;
      for (int i = 0; i < warmups; i++) {
        pdf.write(seed, options, seedPdf);
      }
      out.printf("seed pair PDF, A4 portrait          median %6.0f ms of %d warm runs, %d KB%n",
          median(runs, () -> pdf.write(seed, options, seedPdf)), runs, Files.size(seedPdf) / 1024);
      ReportOptions wide = options.withOrientation(ReportOptions.Orientation.LANDSCAPE).withAppendix(true);
      out.printf("seed pair PDF, landscape + appendix median %6.0f ms%n",
          median(runs, () -> pdf.write(seed, wide, seedPdf)));
      out.printf("seed pair HTML + CSV                median %6.0f ms%n", median(runs, () -> {
        new HtmlReportWriter().write(seed, wide, dir.resolve("seed.html"));
        new CsvReportWriter().write(seed, options, dir.resolve("seed.csv"));
      }));
      int words = quick ? 12_500 : 50_000;
      Comparison big = engine.compare(SyntheticArticles.pair(words, 7));
      out.printf("two generated %,d-word articles: %,d quotations, %,d linked passages%n",
          words, big.quotes().size(), big.groups().size());
      for (boolean appendix : new boolean[] {false, true}) {
        Path target = dir.resolve(appendix ? "big-appendix.pdf" : "big.pdf");
        long start = System.nanoTime();
        long[] shown = {-1};
        pdf.write(big, options.withAppendix(appendix), ReportAnnotations.NONE, target, (done, total, step) -> {
          long tenth = done * 10 / total;
          if (tenth != shown[0]) {
            shown[0] = tenth;
            out.printf("    %3d%%  %-34s %6.1f s%n", done * 100 / total, step, (System.nanoTime() - start) / 1e9);
          }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("  PDF%s: %.1f s, %,d pages, %,d KB%n", appendix ? " with appendix" : "",
            seconds, PdfReportWriter.countPages(target), Files.size(target) / 1024);
      }
      return ExitCode.OK.status();
    } catch (ArticleReadException | ExportException | IOException | RuntimeException e) {
      out.println("report bench failed: " + e.getMessage());
      return ExitCode.INPUT.status();
    } finally {
      delete(made);
    }
  }

  /** A timed piece of work. */
  private interface Work {
    void run() throws ExportException;
  }

  private static double median(int runs, Work work) throws ExportException {
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
