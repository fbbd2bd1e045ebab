package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.ComparisonEngine;
import org.junit.jupiter.api.Test;

/** Picking the command, help, version, and the last line of defence. */
class CliTest {
  private final FakeEngine engine = new FakeEngine();

  @Test
  void handlesOnlyItsOwnFirstArguments() {
    assertThat(Cli.handles("compare")).isTrue();
    assertThat(Cli.handles("bench")).isTrue();
    assertThat(Cli.handles("--help")).isTrue();
    assertThat(Cli.handles("help")).isTrue();
    assertThat(Cli.handles("--version")).isTrue();
    // anything else is left to the window (e.g. JavaFX's own --arguments)
    assertThat(Cli.handles("article.txt")).isFalse();
    assertThat(Cli.handles("--fullscreen")).isFalse();
  }

  @Test
  void helpListsEveryCommandAndOption() {
    for (String help : new String[] {"help", "--help", "-h"}) {
      CliRun run = CliRun.of(engine, help);
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("verbatim compare A B [C …]", "verbatim bench", "--json OUT", "--speaker NAME",
          "--label NAME", "--quick", "Exit codes", "20 MB");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void helpOfOneCommand() {
    CliRun run = CliRun.of(engine, "help", "compare");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: verbatim compare").contains("--json OUT").doesNotContain("--quick");
    CliRun viaOption = CliRun.of(engine, "compare", "--help");
    assertThat(viaOption.exit()).isZero();
    assertThat(viaOption.out()).isEqualTo(run.out());
    assertThat(CliRun.of(engine, "bench", "--help").out()).contains("--quick");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void version() {
    CliRun run = CliRun.of(engine, "--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Verbatim ");
  }

  @Test
  void noArgumentsIsAUsageError() {
    CliRun run = CliRun.of(engine);
    assertThat(run.exit()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("Usage", "verbatim compare A B");
  }

  @Test
  void unknownCommandAndOptionsAreUsageErrors() {
    CliRun.of(engine, "compose", "a", "b").failsWith(Cli.USAGE);
    CliRun bad = CliRun.of(engine, "compare", "a.txt", "b.txt", "--jsn", "x.json").failsWith(Cli.USAGE);
    assertThat(bad.err()).contains("--jsn").contains("did you mean --json?");
    CliRun.of(engine, "compare", "a.txt", "b.txt", "--json").failsWith(Cli.USAGE);
    CliRun.of(engine, "bench", "--quick", "extra").failsWith(Cli.USAGE);
    CliRun.of(engine, "bench", "--slow").failsWith(Cli.USAGE);
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void anEngineBugEndsInOneLineAndExitThree() {
    ComparisonEngine broken = (articles, progress) -> {
      throw new IllegalStateException("index 7 out of bounds\n\tat somewhere");
    };
    CliRun run = CliRun.of(broken, "compare", fixture("harbor-herald.txt"), fixture("alder-gazette.json"));
    assertThat(run.exit()).isEqualTo(Cli.INTERNAL);
    assertThat(run.err().strip()).startsWith("verbatim: internal error").contains("index 7 out of bounds")
        .doesNotContain("\n").doesNotContain("\tat");
  }

  @Test
  void aStackOverflowInTheEngineIsCaughtToo() {
    ComparisonEngine deep = (articles, progress) -> {
      throw new StackOverflowError();
    };
    CliRun run = CliRun.of(deep, "compare", fixture("harbor-herald.txt"), fixture("alder-gazette.json"));
    assertThat(run.exit()).isEqualTo(Cli.INTERNAL);
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  static String fixture(String name) {
    try {
      return java.nio.file.Path.of(CliTest.class.getResource("/fixtures/cli/" + name).toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void completionScriptOffersEveryCommandsOptions() {
    assertThat(Cli.handles("completion")).isTrue();
    CliRun run = CliRun.of(engine, "completion");
    assertThat(run.exit()).isZero();
    // picocli's script, made from the same option lists as the parser and the help
    assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_verbatim")
        .contains("compare", "bench", "--pdf", "--reference", "--landscape", "--quick");
  }

  @Test
  void aMistypedOptionIsRefusedWithTheClosestOne() {
    CliRun run = CliRun.of(engine, "compare", "a.txt", "b.txt", "--lanscape");
    assertThat(run.exit()).isEqualTo(Cli.USAGE);
    assertThat(run.err().strip()).isEqualTo(
        "verbatim compare: unknown option '--lanscape' (did you mean --landscape?); try 'verbatim help compare'");
  }
}
