package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.cli.BenchCommand.Measurement;
import app.verbatim.cli.BenchCommand.Plan;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.model.SampleComparison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private final FakeEngine engine = new FakeEngine();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<Integer> generated = new ArrayList<>();

  private Plan plan(boolean withSeed) {
    return new Plan(List.of(100, 200, 400), 3, 1, 0,
        withSeed ? () -> List.of(SampleComparison.article1(), SampleComparison.article2()) : null,
        words -> {
          generated.add(words);
          return List.of(SampleComparison.article1(), SampleComparison.article2());
        });
  }

  private int run(Plan plan, boolean quick) throws Exception {
    BenchCommand bench = new BenchCommand(engine, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), plan, plan);
    return bench.run(new ParsedArguments(List.of(), quick ? Map.of("--quick", List.of()) : Map.of()));
  }

  @Test
  void printsOneRowPerSizeWithRatiosAndTheTargets() throws Exception {
    assertThat(run(plan(true), false)).isZero();
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(generated).containsExactly(100, 200, 400);
    assertThat(s).contains("CPUs", "Java ", "median of 3");
    assertThat(s).contains("input", "words/art.", "quotes/art.", "median ms", "ratio");
    assertThat(s).contains("seed pair (Daily Wire, The Broadsheet)");
    assertThat(s.lines().filter(l -> l.startsWith("generated pair, size "))).hasSize(3);
    // 5 quotations over 2 documents, and the sample's word counts
    List<String> row = List.of(s.lines().filter(l -> l.startsWith("generated pair, size 2")).findFirst().orElseThrow()
        .split("\\s{2,}"));
    int words = (BenchCommand.words(SampleComparison.TEXT_1) + BenchCommand.words(SampleComparison.TEXT_2) + 1) / 2;
    assertThat(row.get(1).strip()).isEqualTo(String.valueOf(words));
    assertThat(row.get(2).strip()).isEqualTo("3");
    assertThat(row.get(row.size() - 1)).endsWith("×");
    assertThat(s).contains("Targets (2-core machine):", "seed pair under 10.0 ms warm", "per doubling");
    // 1 warm run + 1 timing run + 3 measured per input, at least
    assertThat(engine.calls.size()).isGreaterThanOrEqualTo(4 * 5);
  }

  @Test
  void goesOnWithoutTheSeedPair() throws Exception {
    Plan broken = new Plan(List.of(100), 1, 1, 0, () -> {
      throw new IllegalStateException("the bundled article is missing");
    }, words -> List.of(SampleComparison.article1(), SampleComparison.article2()));
    assertThat(run(broken, true)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("seed pair is unavailable");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("seed pair under 10.0 ms warm: not measured");
  }

  @Test
  void judgesTheTargets() {
    Measurement seed = new Measurement("seed", 600, 11, 3, 4.0, 3.0);
    List<Measurement> sizes = List.of(
        new Measurement("1", 25_000, 1_000, 500, 300, 290),
        new Measurement("2", 50_000, 2_000, 1_000, 800, 780));
    List<String> lines = BenchCommand.targets(seed, sizes);
    assertThat(lines.get(1)).endsWith("4.0 ms — met");
    assertThat(lines.get(2)).contains("50,000-word", "2,000 quotations").endsWith("800 ms — met");
    assertThat(lines.get(3)).contains("from 5,000 words", "largest ratio 2.7×").endsWith("MISSED");
    // doublings among small sizes (fixed costs, timer noise) are not judged
    List<Measurement> small = List.of(new Measurement("1", 800, 30, 10, 6, 5), new Measurement("2", 1_600, 60, 20, 17, 12),
        new Measurement("3", 3_200, 120, 40, 22, 21), new Measurement("4", 6_400, 240, 80, 48, 45),
        new Measurement("5", 12_800, 480, 160, 95, 90));
    assertThat(BenchCommand.targets(seed, small)).anySatisfy(l -> assertThat(l).contains("largest ratio 2.0×").endsWith("met"));
    assertThat(BenchCommand.targets(new Measurement("seed", 600, 11, 3, 12, 11), sizes.subList(0, 1)))
        .anySatisfy(l -> assertThat(l).contains("seed pair").endsWith("MISSED"))
        .anySatisfy(l -> assertThat(l).contains("not measured"));
  }

  @Test
  void countsWordsBetweenAnyWhitespace() {
    assertThat(BenchCommand.words("")).isZero();
    assertThat(BenchCommand.words("  one\ttwo\n\nthree ")).isEqualTo(3);
  }

  @Test
  void theRealPlansReachTheSizesTheTargetsName() {
    assertThat(Plan.full().sizes()).contains(BenchCommand.LARGE_WORDS).first().satisfies(w -> assertThat(w).isLessThan(1_000));
    List<Integer> sizes = Plan.full().sizes();
    for (int i = 1; i < sizes.size(); i++) {
      assertThat(sizes.get(i)).isBetween(sizes.get(i - 1) * 2, sizes.get(i - 1) * 2 + 1);
    }
    assertThat(Plan.quick().sizes().size()).isLessThan(sizes.size());
    assertThat(Plan.quick().runs()).isLessThan(Plan.full().runs());
  }
}
