package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class CommandTreeTest {
  /** A command that only declares itself. */
  record Stub(String name, String summary, List<OptionSpec> options) implements Command {
    @Override
    public String operands() {
      return "FILE";
    }

    @Override
    public int run(ParsedArguments arguments) {
      return 0;
    }
  }

  static final Stub TIDE = new Stub("tide", "list the tide tables of two harbours", List.of(
      OptionSpec.value("--port", "NAME", "the harbour to start from"),
      OptionSpec.repeated("--boat", "ID", "a boat to follow (repeatable)"),
      OptionSpec.flag("--night", "include the night crossings")));
  static final Stub CREW = new Stub("crew", "print the duty roster", List.of(
      OptionSpec.flag("--brief", "one line per sailor")));

  @Test
  void theTopCommandIsVerbatimWithItsVersionHeaderAndExitCodes() {
    CommandSpec top = CommandTree.of(List.of(TIDE)).getCommandSpec();

    assertThat(top.name()).isEqualTo("verbatim");
    assertThat(top.version()).containsExactly("Verbatim " + HelpText.version());
    assertThat(top.usageMessage().header()).containsExactly("compare how news outlets quote the same speaker");
    assertThat(String.join(" ", top.usageMessage().description())).startsWith("Without a command, Verbatim opens");
    assertThat(top.usageMessage().footer()).contains(
        "Exit codes: 0 done, 1 bad input or unwritable output, 2 wrong usage, 3 internal error.");
    assertThat(top.usageMessage().footer()[0]).contains("Articles: plain text").doesNotContain("\n");
  }

  @Test
  void eachCommandIsASubcommandInOrderDescribedByItsSummary() {
    CommandLine tree = CommandTree.of(List.of(TIDE, CREW));

    assertThat(tree.getSubcommands().keySet()).containsExactly("tide", "crew");
    CommandSpec tide = tree.getSubcommands().get("tide").getCommandSpec();
    assertThat(tide.name()).isEqualTo("tide");
    assertThat(tide.usageMessage().description()).containsExactly("list the tide tables of two harbours");
    assertThat(tree.getSubcommands().get("crew").getCommandSpec().usageMessage().description())
        .containsExactly("print the duty roster");
    assertThat(tide.parent()).isSameAs(tree.getCommandSpec());
  }

  @Test
  void eachOptionCarriesItsHelpTextAndValueName() {
    CommandSpec tide = CommandTree.of(List.of(TIDE)).getSubcommands().get("tide").getCommandSpec();

    assertThat(tide.options()).extracting(CommandLine.Model.OptionSpec::longestName)
        .containsExactly("--port", "--boat", "--night");
    CommandLine.Model.OptionSpec port = tide.findOption("--port");
    assertThat(port.description()).containsExactly("the harbour to start from");
    assertThat(port.paramLabel()).isEqualTo("NAME");
    assertThat(port.arity().min()).isEqualTo(1);
    assertThat(port.isMultiValue()).isFalse();
    CommandLine.Model.OptionSpec boat = tide.findOption("--boat");
    assertThat(boat.description()).containsExactly("a boat to follow (repeatable)");
    assertThat(boat.isMultiValue()).isTrue();
    CommandLine.Model.OptionSpec night = tide.findOption("--night");
    assertThat(night.description()).containsExactly("include the night crossings");
    assertThat(night.arity().max()).isZero();
    assertThat(night.type()).isEqualTo(boolean.class);
  }

  @Test
  void eachCommandTakesFilesAsOperands() {
    CommandSpec crew = CommandTree.of(List.of(CREW)).getSubcommands().get("crew").getCommandSpec();

    assertThat(crew.positionalParameters()).hasSize(1);
    assertThat(crew.positionalParameters().get(0).paramLabel()).isEqualTo("FILE");
  }

  @Test
  void theTreeParsesASubcommandWithItsOptions() {
    CommandLine.ParseResult r = CommandTree.of(List.of(TIDE, CREW))
        .parseArgs("tide", "--port", "Sandvik", "--boat", "B1", "--boat", "B2", "--night", "north.txt");

    CommandLine.ParseResult sub = r.subcommand();
    assertThat(sub.commandSpec().name()).isEqualTo("tide");
    assertThat((String) sub.matchedOptionValue("--port", null)).isEqualTo("Sandvik");
    assertThat((List<String>) sub.matchedOptionValue("--boat", null)).containsExactly("B1", "B2");
    assertThat((Boolean) sub.matchedOptionValue("--night", false)).isTrue();
  }

  @Test
  void withoutCommandsTheTreeHasNoSubcommands() {
    assertThat(CommandTree.of(List.of()).getSubcommands()).isEmpty();
  }

  @Test
  void anOptionDeclaredTwiceIsRefused() {
    Stub twice = new Stub("twice", "x", List.of(OptionSpec.flag("--loud", "a"), OptionSpec.flag("--loud", "b")));

    assertThatThrownBy(() -> CommandTree.of(List.of(twice)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("option declared twice: --loud");
  }

  @Test
  void theRealCommandsAreAllThereWithTheirHelp() {
    List<Command> analyses = List.of(new CompareCommand(new FakeEngine(), System.out, System.err),
        new BenchCommand(new FakeEngine(), System.out, System.err));
    CommandLine tree = CommandTree.of(analyses);

    assertThat(tree.getSubcommands().keySet()).containsExactly("compare", "bench");
    CommandSpec compare = tree.getSubcommands().get("compare").getCommandSpec();
    for (OptionSpec o : analyses.get(0).options()) {
      assertThat(compare.findOption(o.name())).as(o.name()).isNotNull();
      assertThat(compare.findOption(o.name()).description()).containsExactly(o.help());
    }
  }
}
