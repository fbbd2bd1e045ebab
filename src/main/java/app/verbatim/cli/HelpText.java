package app.verbatim.cli;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.io.ArticleReader;
import java.util.List;

/** The help text, built from the commands' own option lists so it cannot drift from them. */
final class HelpText {
  private HelpText() {}

  static String full(List<Command> commands) {
    StringBuilder b = new StringBuilder();
    b.append("Verbatim ").append(version()).append(" — compare how news outlets quote the same speaker.\n\n");
    b.append("Usage (java -jar verbatim.jar … until installed):\n");
    b.append(String.format("  %-40s %s%n", "verbatim", "open the comparison window"));
    for (Command c : commands) {
      b.append(String.format("  %-40s %s%n", "verbatim " + c.name() + " " + c.operands(), c.summary()));
    }
    b.append(String.format("  %-40s %s%n", "verbatim --help | --version", "this help, or the version"));
    for (Command c : commands) {
      b.append(optionsOf(c));
    }
    b.append(articles()).append(exitCodes());
    return b.toString();
  }

  static String of(Command c) {
    return "Usage: verbatim " + c.name() + " " + c.operands() + "\n" + c.summary() + "\n" + optionsOf(c)
        + (c instanceof CompareCommand ? articles() : "\n") + exitCodes();
  }

  private static String optionsOf(Command c) {
    List<OptionSpec> shown = c.options().stream().filter(o -> !o.name().equals("--help")).toList();
    if (shown.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("\nOptions of " + c.name() + ":\n");
    for (OptionSpec o : shown) {
      b.append(String.format("  %-20s %s%n", o.synopsis(), o.help()));
    }
    return b.toString();
  }

  static String articles() {
    return "\nArticles: plain text (UTF-8, UTF-16, Windows-1252), a saved web page (.html) or a Verbatim\n"
        + "article file (.json); at most " + ArticleReader.MAX_BYTES / (1024 * 1024) + " MB each.\n";
  }

  private static String exitCodes() {
    return "Exit codes: 0 done, 1 bad input or unwritable output, 2 wrong usage, 3 internal error.\n";
  }

  /** The version from the jar's manifest; "dev" when run from classes. */
  static String version() {
    String v = HelpText.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
