package app.verbatim.cli;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.cli.args.UsageException;
import app.verbatim.cli.bench.SyntheticArticles;
import app.verbatim.engine.ComparisonEngine;
import app.verbatim.io.ArticleReadException;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * {@code bench [--quick]}: times whole comparisons (reading aside: articles are in memory) of the
 * bundled seed pair and of generated article pairs of doubling size, and prints per size the words
 * and quotations per article, the median milliseconds and the ratio to the previous size.
 */
final class BenchCommand implements Command {
  static final OptionSpec QUICK = OptionSpec.flag("--quick", "fewer sizes and runs: a check in seconds, not figures");
  static final OptionSpec REPORT = OptionSpec.flag("--report", "time the reports (PDF, HTML, CSV) instead");
  static final OptionSpec LIMITS = OptionSpec.flag("--limits",
      "time the largest inputs instead: marks without spaces, prose up to 19 MB");
  static final OptionSpec HELP = OptionSpec.flag("--help", "this help");

  /** The targets on a 2-core machine. */
  static final double SEED_TARGET_MS = 10;
  static final int LARGE_WORDS = 50_000;
  static final double LARGE_TARGET_MS = 1_000;
  static final double DOUBLING_TARGET = 2.5;
  static final int SCALING_FROM_WORDS = 5_000;

  /**
   * What to measure and how often.
   *
   * @param sizes       words per article of each generated pair, smallest first
   * @param runs        measured runs per size (the median is reported)
   * @param longRuns    measured runs for sizes whose single run takes over half a second
   * @param warmupMs    how long to run comparisons before measuring anything, for the JIT
   * @param seedPair    the seed articles, or null to skip them
   * @param generator   makes the article pair of a size
   */
  record Plan(List<Integer> sizes, int runs, int longRuns, long warmupMs, Supplier<List<Article>> seedPair,
      IntFunction<List<Article>> generator) {

    static Plan full() {
      return new Plan(halvings(LARGE_WORDS * 2, 8), 11, 5, 3_000, BenchCommand::seedPair, w -> SyntheticArticles.pair(w, 20_18));
    }

    static Plan quick() {
      return new Plan(halvings(LARGE_WORDS / 4, 5), 3, 3, 500, BenchCommand::seedPair, w -> SyntheticArticles.pair(w, 20_18));
    }

    // 100,000 / 2^k: the 50,000-word size the targets name is one of them
    private static List<Integer> halvings(int largest, int count) {
      List<Integer> sizes = new ArrayList<>();
      for (int i = count - 1; i >= 0; i--) {
        sizes.add(largest >> i);
      }
      return sizes;
    }
  }

  /** One measured input. */
  record Measurement(String input, int words, int quotes, int links, double medianMs, double minMs) {}

  /** Fast inputs run up to this many times the planned runs, within about this many milliseconds. */
  static final int FAST_RUNS_FACTOR = 5;
  static final double FAST_BUDGET_MS = 300;
  /** A pass over the warm-up inputs with less compiling than this leaves the JIT quiet enough to time. */
  static final long QUIET_JIT_MS = 20;

  /** At most this many untimed runs of an input before its timed runs, while the JIT is still busy with it. */
  static final int SETTLE_RUNS = 4;

  private final ComparisonEngine engine;
  private long warmUpMs;
  private final PrintStream out;
  private final PrintStream err;
  private final Plan fullPlan;
  private final Plan quickPlan;

  BenchCommand(ComparisonEngine engine, PrintStream out, PrintStream err) {
    this(engine, out, err, Plan.full(), Plan.quick());
  }

  BenchCommand(ComparisonEngine engine, PrintStream out, PrintStream err, Plan fullPlan, Plan quickPlan) {
    this.engine = engine;
    this.out = out;
    this.err = err;
    this.fullPlan = fullPlan;
    this.quickPlan = quickPlan;
  }

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String operands() {
    return "[--quick]";
  }

  @Override
  public String summary() {
    return "time whole comparisons of growing size";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(QUICK, REPORT, LIMITS, HELP);
  }

  @Override
  public int run(ParsedArguments args) throws UsageException {
    if (!args.operands().isEmpty()) {
      throw new UsageException("takes no operands, got '" + args.operands().get(0) + "'");
    }
    if (args.has(REPORT)) {
      return new ReportBenchCommand(out).run(args.has(QUICK));
    }
    if (args.has(LIMITS)) {
      return new LimitsBenchCommand(out).run(args.has(QUICK));
    }
    Plan plan = args.has(QUICK) ? quickPlan : fullPlan;
    out.printf(Locale.ROOT, "Verbatim %s bench%s: %d CPUs, Java %s (%s), %s %s, max heap %d MB%n", HelpText.version(),
        args.has(QUICK) ? " (quick)" : "", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
        System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    double load = loadAverage();
    if (load >= 0) {
      // other work on the machine slows every figure; say how busy it was
      out.printf(Locale.ROOT, "System load average at start: %.2f%s%n", load,
          load > Runtime.getRuntime().availableProcessors() * 0.75 ? " (busy: figures will be slower)" : "");
    }
    out.println("Each figure: median of " + plan.runs() + " whole comparisons (up to " + plan.runs() * FAST_RUNS_FACTOR
        + " for inputs of a few ms, " + plan.longRuns() + " for the slowest sizes) after a warm-up; 2 articles per comparison.");
    out.println();
    out.flush();

    List<Article> seedArticles = loadSeed(plan);
    List<List<Article>> inputs = new ArrayList<>();
    for (int words : plan.sizes()) {
      inputs.add(plan.generator().apply(words));
    }
    warmUp(plan, seedArticles, inputs);
    out.printf(Locale.ROOT, "Warm-up: %.1f s%n%n", warmUpMs / 1000.0);

    out.printf(Locale.ROOT, "%-26s %12s %12s %7s %11s %9s %7s%n",
        "input", "words/art.", "quotes/art.", "links", "median ms", "min ms", "ratio");
    Measurement seed = seedArticles == null ? null
        : measure("seed pair (" + outlets(seedArticles) + ")", seedArticles, plan, null);
    List<Measurement> generated = new ArrayList<>();
    Measurement previous = null;
    for (int i = 0; i < inputs.size(); i++) {
      Measurement m = measure("generated pair, size " + (i + 1), inputs.get(i), plan, previous);
      generated.add(m);
      previous = m;
    }
    out.println();
    targets(seed, generated).forEach(out::println);
    return ExitCode.OK.status();
  }

  // java.management may be left out of a trimmed runtime image; the figure is a nicety
  private static double loadAverage() {
    try {
      return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    } catch (LinkageError e) {
      return -1;
    }
  }

  private static List<Article> seedPair() {
    try {
      return DefaultArticles.load();
    } catch (ArticleReadException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private List<Article> loadSeed(Plan plan) {
    if (plan.seedPair() == null) {
      return null;
    }
    try {
      return plan.seedPair().get();
    } catch (RuntimeException e) {
      err.println("verbatim bench: the seed pair is unavailable (" + e.getMessage() + "); skipping it");
      return null;
    }
  }

  // Cycles through the seed pair and all but the two largest sizes until the warm-up time is spent and
  // the JIT has gone quiet (under QUIET_JIT_MS of compiling during a whole pass, or four times the time at most): on two
  // busy cores the compiler threads may still be at work after the fixed time, and the first figures
  // then time the compiler, not the engine.
  private void warmUp(Plan plan, List<Article> seed, List<List<Article>> inputs) {
    List<List<Article>> rota = new ArrayList<>(inputs.subList(0, inputs.size() <= 2 ? inputs.size() : inputs.size() - 2));
    if (seed != null) {
      rota.add(seed);
    }
    if (rota.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    long until = start + plan.warmupMs() * 1_000_000;
    long latest = start + 4 * plan.warmupMs() * 1_000_000;
    int index = 0;
    long compiledBefore = compilationMs();
    boolean quiet = false;
    do {
      engine.compare(rota.get(index++ % rota.size()));
      if (index % rota.size() == 0) {
        long compiled = compilationMs();
        quiet = compiled < 0 || compiled - compiledBefore < QUIET_JIT_MS;
        compiledBefore = compiled;
      }
    } while (System.nanoTime() < until || !quiet && System.nanoTime() < latest);
    warmUpMs = (System.nanoTime() - start) / 1_000_000;
  }

  // the JIT's total compiling time so far, or -1 when the runtime does not say
  private static long compilationMs() {
    try {
      java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    } catch (LinkageError e) {
      return -1;
    }
  }

  private Measurement measure(String name, List<Article> articles, Plan plan, Measurement previous) {
    System.gc();
    Comparison c = engine.compare(articles); // one more warm run, and the figures to print
    // a larger input reaches code the warm-up's sizes did not make hot: untimed runs of this input
    // until one compiles little (at most a few), so the first timed runs do not wait for the JIT
    for (int i = 0; i < SETTLE_RUNS; i++) {
      long compiledBefore = compilationMs();
      engine.compare(articles);
      long compiled = compilationMs();
      if (compiledBefore < 0 || compiled - compiledBefore < QUIET_JIT_MS) {
        break;
      }
    }
    long t0 = System.nanoTime();
    engine.compare(articles);
    double oneRunMs = (System.nanoTime() - t0) / 1e6;
    // a few milliseconds a run: more runs, so that one pause of the machine does not make the median
    int runs = oneRunMs > 500 ? plan.longRuns()
        : Math.max(plan.runs(), Math.min(plan.runs() * FAST_RUNS_FACTOR, (int) (FAST_BUDGET_MS / Math.max(oneRunMs, 0.1))) | 1);
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      engine.compare(articles);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    int words = (int) Math.round(articles.stream().mapToInt(a -> words(a.text())).average().orElse(0));
    int quotes = (int) Math.round((double) c.quotes().size() / Math.max(1, c.documents().size()));
    Measurement m = new Measurement(name, words, quotes, c.alignments().size(), median, ms[0]);
    out.printf(Locale.ROOT, "%-26s %,12d %,12d %,7d %11.1f %9.1f %7s%n", m.input(), m.words(), m.quotes(), m.links(),
        m.medianMs(), m.minMs(), previous == null ? "" : String.format(Locale.ROOT, "%.2f×", ratio(previous, m)));
    out.flush();
    return m;
  }

  // The verdict on each of the targets, measured on this machine.
  static List<String> targets(Measurement seed, List<Measurement> generated) {
    List<String> lines = new ArrayList<>();
    lines.add("Targets (2-core machine):");
    if (seed == null) {
      lines.add("  seed pair under " + fmt(SEED_TARGET_MS) + " ms warm: not measured");
    } else {
      lines.add("  seed pair under " + fmt(SEED_TARGET_MS) + " ms warm: " + fmt(seed.medianMs()) + " ms — "
          + verdict(seed.medianMs() < SEED_TARGET_MS));
    }
    Measurement large = generated.stream().filter(m -> m.words() >= LARGE_WORDS * 0.9).findFirst().orElse(null);
    if (large == null) {
      lines.add("  two " + String.format(Locale.ROOT, "%,d", LARGE_WORDS) + "-word articles under 1 s: not measured"
          + " (run without --quick)");
    } else {
      lines.add("  two " + String.format(Locale.ROOT, "%,d", large.words()) + "-word articles ("
          + String.format(Locale.ROOT, "%,d", large.quotes()) + " quotations each) under 1 s: "
          + fmt(large.medianMs()) + " ms — " + verdict(large.medianMs() < LARGE_TARGET_MS));
    }
    // growth is judged from SCALING_FROM_WORDS up: below it a comparison takes a few milliseconds,
    // mostly fixed costs and timer noise, and a doubling there says nothing about the algorithm
    double worst = 0;
    int pairs = 0;
    for (int i = 1; i < generated.size(); i++) {
      if (generated.get(i - 1).words() >= SCALING_FROM_WORDS) {
        worst = Math.max(worst, ratio(generated.get(i - 1), generated.get(i)));
        pairs++;
      }
    }
    String doubling = "  at most " + fmt(DOUBLING_TARGET) + "× per doubling from "
        + String.format(Locale.ROOT, "%,d", SCALING_FROM_WORDS) + " words: ";
    if (pairs > 0) {
      lines.add(doubling + "largest ratio " + fmt(worst) + "× — " + verdict(worst <= DOUBLING_TARGET));
    } else if (generated.size() > 1) {
      lines.add(doubling + "not measured (no size that large; run without --quick)");
    }
    return lines;
  }

  private static double ratio(Measurement previous, Measurement m) {
    return m.medianMs() / Math.max(previous.medianMs(), 1e-3);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.1f", d);
  }

  private static String outlets(List<Article> articles) {
    return String.join(", ", articles.stream().map(Article::outlet).toList());
  }

  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
