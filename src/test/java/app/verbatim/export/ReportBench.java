package app.verbatim.export;

import app.verbatim.cli.bench.SyntheticArticles;
import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the reports: the seed pair warm (median of repeated runs) and two generated 50,000-word
 * articles, printing progress. Run after {@code mvn -q -o test-compile dependency:build-classpath}:
 * see the README's Reports section. {@code --out DIR} also leaves sample reports in DIR.
 */
public final class ReportBench {
  private ReportBench() {}

  public static void main(String[] args) throws Exception {
    Path out = args.length >= 2 && args[0].equals("--out") ? Path.of(args[1]) : Files.createTempDirectory("verbatim-bench");
    Files.createDirectories(out);
    VerbatimEngine engine = new VerbatimEngine();
    Comparison seed = engine.compare(DefaultArticles.load());
    ReportOptions options = ReportOptions.defaults();
    System.out.printf("Verbatim report bench: %d CPUs, Java %s, %s %s%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));

    PdfReportWriter pdf = new PdfReportWriter();
    Path seedPdf = out.resolve("seed-a4-portrait.pdf");
    for (int i = 0; i < 8; i++) {
      pdf.write(seed, options, seedPdf);
    }
    double[] ms = new double[9];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      pdf.write(seed, options, seedPdf);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("seed report PDF (A4 portrait), warm median: %.0f ms%n", ms[ms.length / 2]);
    long t0 = System.nanoTime();
    pdf.write(seed, options.withOrientation(ReportOptions.Orientation.LANDSCAPE).withAppendix(true)
        .withPaper(ReportOptions.Paper.LETTER), out.resolve("seed-letter-landscape-appendix.pdf"));
    System.out.printf("seed report PDF (Letter landscape, appendix): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    t0 = System.nanoTime();
    new HtmlReportWriter().write(seed, options.withAppendix(true), out.resolve("seed.html"));
    new CsvReportWriter().write(seed, options, out.resolve("seed.csv"));
    System.out.printf("seed report HTML + CSV: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

    if (Arrays.asList(args).contains("--seed-only")) {
      return;
    }
    Comparison big = engine.compare(SyntheticArticles.pair(50_000, 7));
    System.out.printf("two 50,000-word articles: %d quotations, %d linked groups%n",
        big.quotes().size(), big.groups().size());
    for (boolean appendix : new boolean[] {false, true}) {
      long start = System.nanoTime();
      long[] lastPrint = {0};
      pdf.write(big, options.withAppendix(appendix), ReportAnnotations.NONE,
          out.resolve(appendix ? "big-appendix.pdf" : "big.pdf"), (done, total, step) -> {
            long now = System.nanoTime();
            if (now - lastPrint[0] > 2_000_000_000L || done == total) {
              lastPrint[0] = now;
              System.out.printf("  %5.1f%%  %-40s %6.1f s%n", 100.0 * done / total, step, (now - start) / 1e9);
            }
          });
      System.out.printf("50,000-word pair PDF%s: %.1f s, %d KB%n", appendix ? " with appendix" : "",
          (System.nanoTime() - start) / 1e9, Files.size(out.resolve(appendix ? "big-appendix.pdf" : "big.pdf")) / 1024);
    }
    System.out.println("samples in " + out);
  }
}
