package app.verbatim.cli;

import java.io.PrintStream;
import java.util.Set;

/** Entry point of the command line: dispatches subcommands. */
public final class Cli {
  private static final Set<String> COMMANDS = Set.of("compare", "bench", "help", "--help", "-h", "--version");

  private Cli() {}

  public static boolean handles(String firstArg) {
    return COMMANDS.contains(firstArg);
  }

  /** Runs a command and returns the process exit code; never throws. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    err.println("verbatim: command line not implemented yet");
    return 2;
  }
}
