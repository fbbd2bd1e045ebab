package app.verbatim.cli;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import java.io.PrintStream;
import java.util.List;
import picocli.AutoComplete;

/**
 * Prints a bash/zsh completion script, made by picocli from the same option lists the parser and the help
 * use, so completion cannot drift from them either: {@code source <(verbatim completion)}.
 */
final class CompletionCommand implements Command {
  private final List<Command> commands;
  private final PrintStream out;

  CompletionCommand(List<Command> commands, PrintStream out) {
    this.commands = commands;
    this.out = out;
  }

  @Override
  public String name() {
    return "completion";
  }

  @Override
  public String operands() {
    return "";
  }

  @Override
  public String summary() {
    return "print a bash/zsh completion script: source <(verbatim completion)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of();
  }

  @Override
  public int run(ParsedArguments arguments) {
    out.print(script());
    return ExitCode.OK.status();
  }

  String script() {
    return AutoComplete.bash("verbatim", CommandTree.of(commands));
  }
}
