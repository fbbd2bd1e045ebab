package app.verbatim.cli;

import app.verbatim.engine.ComparisonEngine;
import app.verbatim.engine.VerbatimEngine;
import java.io.PrintStream;
import java.util.Set;

/** Entry point of the command line: dispatches subcommands; never throws, returns an exit code. */
public final class Cli {
  /** Exit codes: 0 success, 1 bad input or output, 2 wrong usage. */
  public static final int OK = 0;
  public static final int INPUT = 1;
  public static final int USAGE = 2;

  private static final Set<String> COMMANDS = Set.of("compare", "bench", "help", "--help", "-h", "--version");

  private Cli() {}

  public static boolean handles(String firstArg) {
    return COMMANDS.contains(firstArg);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, new VerbatimEngine());
  }

  public static int run(String[] args, PrintStream out, PrintStream err, ComparisonEngine engine) {
    try {
      if (args.length == 0) {
        err.println(Usage.TEXT);
        return USAGE;
      }
      return switch (args[0]) {
        case "compare" -> new CompareCommand(engine, out, err).run(args);
        case "bench" -> new BenchCommand(out).run(args);
        case "--version" -> {
          out.println("Verbatim " + Usage.version());
          yield OK;
        }
        default -> {
          out.println(Usage.TEXT);
          yield OK;
        }
      };
    } catch (RuntimeException | OutOfMemoryError e) {
      // the last line of defence: one line, never a stack trace
      err.println("verbatim: internal error: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
      return INPUT;
    }
  }
}
