package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The help text is built from the commands' own names, summaries and option lists. */
class HelpTextTest {
  /** A made-up command. */
  private record Fake(String name, String operands, String summary, List<OptionSpec> options) implements Command {
    @Override
    public int run(ParsedArguments arguments) {
      return 0;
    }
  }

  private static final Command TIDE = new Fake("tide", "PORT", "print the tide table of a port", List.of(
      OptionSpec.value("--days", "N", "how many days ahead"), OptionSpec.flag("--metric", "heights in metres"),
      OptionSpec.flag("--help", "this help")));
  private static final Command PING = new Fake("ping", "", "check the harbour is there", List.of());

  @Test
  void theFullHelpListsEveryCommandWithItsSummary() {
    String help = HelpText.full(List.of(TIDE, PING));
    assertThat(help).startsWith("Verbatim " + HelpText.version() + " — compare how news outlets quote the same "
        + "speaker.\n");
    assertThat(help).contains(String.format("  %-40s %s%n", "verbatim tide PORT", "print the tide table of a port"))
        .contains(String.format("  %-40s %s%n", "verbatim ping ", "check the harbour is there"))
        .contains(String.format("  %-40s %s%n", "verbatim --help | --version", "this help, or the version"));
    assertThat(help.indexOf("verbatim tide")).isLessThan(help.indexOf("verbatim ping"));
  }

  @Test
  void optionsAreListedPerCommandWithoutHelpItself() {
    String help = HelpText.full(List.of(TIDE, PING));
    assertThat(help).contains("\nOptions of tide:\n" + String.format("  %-20s %s%n", "--days N", "how many days ahead")
        + String.format("  %-20s %s%n", "--metric", "heights in metres"));
    assertThat(help).doesNotContain("this help\n").doesNotContain("Options of ping");
  }

  @Test
  void theFullHelpEndsWithArticlesAndExitCodes() {
    String help = HelpText.full(List.of(PING));
    assertThat(help).contains("\nArticles: plain text (UTF-8, UTF-16, Windows-1252)")
        .contains("; at most " + app.verbatim.io.ArticleReader.MAX_BYTES / (1024 * 1024) + " MB each.\n")
        .endsWith("Exit codes: 0 done, 1 bad input or unwritable output, 2 wrong usage, 3 internal error.\n");
  }

  @Test
  void oneCommandsHelpIsItsUsageSummaryOptionsAndExitCodes() {
    assertThat(HelpText.of(TIDE)).isEqualTo("Usage: verbatim tide PORT\nprint the tide table of a port\n"
        + "\nOptions of tide:\n" + String.format("  %-20s %s%n", "--days N", "how many days ahead")
        + String.format("  %-20s %s%n", "--metric", "heights in metres")
        + "\nExit codes: 0 done, 1 bad input or unwritable output, 2 wrong usage, 3 internal error.\n");
  }

  @Test
  void onlyTheCompareCommandsHelpDescribesArticles() {
    assertThat(HelpText.of(PING)).doesNotContain("Articles:");
    assertThat(HelpText.of(new CompareCommand(new FakeEngine(), System.out, System.err))).contains("\nArticles: ");
  }

  @Test
  void runFromClassesTheVersionIsDev() {
    // tests run from target/classes, where there is no jar manifest
    assertThat(HelpText.version()).isEqualTo("dev");
  }
}
