package app.verbatim.cli;

import app.verbatim.cli.bench.SyntheticArticles;
import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * {@code bench --limits [--quick]}: the cost of the largest inputs an analyst can open, at doubling
 * sizes up to the 20 MB limit: one paragraph of quotation marks with no spaces (the hostile shape that
 * once cost the square of its length) and a long article of ordinary prose. A cost proportional to the
 * size doubles with it; the peak heap says what memory the input needs.
 */
final class LimitsBenchCommand {
  private final PrintStream out;

  LimitsBenchCommand(PrintStream out) {
    this.out = out;
  }

  int run(boolean quick) {
    out.printf(Locale.ROOT, "Verbatim limits bench%s: %d CPUs, Java %s, max heap %d MB%n", quick ? " (quick)" : "",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    if (load >= 0) {
      out.printf(Locale.ROOT, "System load average at start: %.2f%n", load);
    }
    out.println("Each figure: one whole comparison of the input with a short article, after a warm-up.");
    VerbatimEngine engine = new VerbatimEngine();
    Article small = new Article("Short", null, null, null, null,
        "Talks resume\n\n“We will not sign this week,” the minister said.\n");
    engine.compare(List.of(marksWithoutSpaces(100_000), small)); // warm-up
    int[] marks = quick ? new int[] {250_000, 500_000} : new int[] {1_000_000, 2_000_000, 4_000_000};
    series("one paragraph of marks, no spaces", marks, LimitsBenchCommand::marksWithoutSpaces, engine, small);
    int[] prose = quick ? new int[] {1_000_000, 2_000_000} : new int[] {4_750_000, 9_500_000, 19_000_000};
    Article unit = SyntheticArticles.pair(quick ? 5_000 : 50_000, 11).get(0);
    series("an article of prose", prose, chars -> repeated(unit, chars), engine, small);
    recordSeries(quick ? new int[] {6_250, 12_500} : new int[] {12_500, 25_000, 50_000}, engine);
    return ExitCode.OK.status();
  }

  /**
   * Quotations located in a reference: a record of N words and one quotation per 25 of its words (2,000 in
   * a 50,000-word record), each a sentence of the record; a cost that grows with both would quadruple.
   */
  private void recordSeries(int[] words, VerbatimEngine engine) {
    out.println();
    out.println("quotations located in a reference (the record of the speech)");
    out.printf(Locale.ROOT, "  %10s %12s %10s %8s %14s%n", "words", "located", "seconds", "ratio", "peak heap MB");
    double previous = -1;
    for (int n : words) {
      List<Article> pair = recordPair(n);
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      Comparison c = engine.compare(pair);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "  %,10d %,12d %10.1f %8s %,14d%n", n, c.fidelity().size(), seconds,
          previous > 0 ? String.format(Locale.ROOT, "%.2f", seconds / previous) : "", peakHeapMb());
      previous = seconds;
    }
  }

  /** A record of about {@code words} words of varied sentences, and an article quoting one in 25 of its words. */
  static List<Article> recordPair(int words) {
    Random random = new Random(1809);
    String[] vocabulary = ("sanctions talks nation people peace security council treaty promise border trade "
        + "harbour river dialogue pressure future region cooperation weapons threat partner agreement summit "
        + "pledge crisis economy farmers workers schools courts elections reform budget deficit growth energy "
        + "climate water grain ports routes delegates history justice freedom dignity respect").split(" ");
    String[] grammar = "we will not the of our and to in that is for with on by this".split(" ");
    List<String> sentences = new java.util.ArrayList<>();
    StringBuilder record = new StringBuilder("Address to the General Assembly\n\n");
    int count = 0;
    while (count < words) {
      StringBuilder s = new StringBuilder();
      int len = 10 + random.nextInt(15);
      for (int w = 0; w < len; w++) {
        String word = random.nextInt(3) == 0 ? grammar[random.nextInt(grammar.length)]
            : vocabulary[random.nextInt(vocabulary.length)];
        s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
      }
      String sentence = s.toString().strip() + ".";
      sentences.add(sentence);
      record.append(sentence).append(sentences.size() % 5 == 0 ? "\n\n" : " ");
      count += len;
    }
    StringBuilder news = new StringBuilder("Minister addresses the Assembly\n\nForeign Minister Ana Reyes spoke on "
        + "Tuesday.\n\n");
    for (int q = 0; q < words / 25; q++) {
      news.append("\"").append(sentences.get(random.nextInt(sentences.size()))).append("\" Reyes said.\n\n");
    }
    return List.of(new Article("Wire", null, null, "en", null, news.toString()),
        new Article("Record", null, null, "en", null, record.toString(), ""));
  }

  private void series(String what, int[] sizes, IntFunction<Article> make, VerbatimEngine engine, Article small) {
    out.println();
    out.println(what);
    out.printf(Locale.ROOT, "  %10s %12s %10s %8s %14s%n", "characters", "quotations", "seconds", "ratio", "peak heap MB");
    double previous = -1;
    for (int size : sizes) {
      Article big = make.apply(size);
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      Comparison c = engine.compare(List.of(big, small));
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "  %,10d %,12d %10.1f %8s %,14d%n", big.text().length(), c.quotes().size(), seconds,
          previous > 0 ? String.format(Locale.ROOT, "%.2f", seconds / previous) : "", peakHeapMb());
      previous = seconds;
    }
  }

  /** Runs of one to three letters or stops between straight, curly and single marks. */
  static Article marksWithoutSpaces(int length) {
    Random random = new Random(2018);
    String marks = "\"“”'‘’";
    String letters = "abcdefghij.,";
    StringBuilder sb = new StringBuilder(length + 4);
    while (sb.length() < length) {
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        sb.append(letters.charAt(random.nextInt(letters.length())));
      }
      sb.append(marks.charAt(random.nextInt(marks.length())));
    }
    return new Article("Marks", null, null, null, null, sb.toString());
  }

  /** A generated article's paragraphs again and again, to about {@code chars} characters. */
  private static Article repeated(Article unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.text().length());
    while (sb.length() < chars) {
      sb.append(unit.text()).append("\n\n");
    }
    return new Article("Long", null, null, null, null, sb.toString());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}
