package app.verbatim.cli;

import app.verbatim.cli.args.ArgumentParser;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The whole command line as one picocli model, made from the commands' own option lists: what the shell
 * completion and the man page are generated from, so neither can drift from the parser or the help.
 */
final class CommandTree {
  private CommandTree() {}

  static CommandLine of(List<Command> commands) {
    CommandSpec top = CommandSpec.create().name("verbatim").version("Verbatim " + HelpText.version());
    top.usageMessage()
        .header("compare how news outlets quote the same speaker")
        .description("Without a command, Verbatim opens its comparison window with the article files given,"
            + " else with the bundled example. The commands below compare articles on the command line and"
            + " write reports (PDF, HTML, CSV, JSON).")
        .footerHeading("%nFiles and exit codes%n")
        .footer(HelpText.articles().strip().replace('\n', ' '), "",
            "Exit codes: 0 done, 1 bad input or unwritable output, 2 wrong usage, 3 internal error.");
    CommandLine tree = new CommandLine(top);
    for (Command c : commands) {
      CommandSpec sub = new ArgumentParser(c.name(), c.options()).spec();
      sub.usageMessage().description(c.summary());
      tree.addSubcommand(c.name(), new CommandLine(sub));
    }
    return tree;
  }
}
