package app.verbatim.cli;

import app.verbatim.cli.args.ArgumentParser;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.cli.args.UsageException;
import app.verbatim.engine.ComparisonEngine;
import app.verbatim.engine.VerbatimEngine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of the command line: picks the subcommand, parses its options and runs it. Never
 * throws: every failure ends as one line on stderr and an exit code.
 */
public final class Cli {
  /** Exit statuses, as {@link ExitCode} names them (kept for callers that compare numbers). */
  public static final int OK = ExitCode.OK.status();
  public static final int INPUT = ExitCode.INPUT.status();
  public static final int USAGE = ExitCode.USAGE.status();
  public static final int INTERNAL = ExitCode.INTERNAL.status();

  private static final Set<String> HELP = Set.of("help", "--help", "-h");
  private static final Set<String> VERSION = Set.of("--version", "-V");

  private Cli() {}

  /** Whether the first argument selects the command line rather than the window. */
  public static boolean handles(String firstArg) {
    return HELP.contains(firstArg) || VERSION.contains(firstArg)
        || List.of("compare", "bench", "completion").contains(firstArg);
  }

  /** Runs a command with the real engine; returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintStream o = ConsoleEncoding.forConsole(out);
    PrintStream e = ConsoleEncoding.forConsole(err);
    ComparisonEngine engine;
    try {
      engine = new VerbatimEngine();
    } catch (RuntimeException | LinkageError ex) {
      return internalError(e, ex);
    }
    return run(args, o, e, engine);
  }

  /** Runs a command with the given engine (tests pass a fake); returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err, ComparisonEngine engine) {
    try {
      int code = dispatch(args, out, err, engine);
      // a PrintStream swallows write errors: a full disk or a closed pipe must not look like success
      out.flush();
      if (out.checkError() && code == OK) {
        err.println("verbatim: could not write the output to standard output (disk full, or the reader"
            + " closed it); nothing complete was written");
        return INPUT;
      }
      return code;
    } catch (OutOfMemoryError ex) {
      err.println("verbatim: out of memory; give Java more (java -Xmx4g -jar verbatim.jar …) or compare fewer,"
          + " shorter articles");
      return INPUT;
    } catch (RuntimeException | StackOverflowError | LinkageError ex) {
      return internalError(err, ex);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int dispatch(String[] args, PrintStream out, PrintStream err, ComparisonEngine engine) {
    List<Command> analyses = List.of(new CompareCommand(engine, out, err), new BenchCommand(engine, out, err));
    List<Command> commands = new java.util.ArrayList<>(analyses);
    commands.add(new CompletionCommand(analyses, out));
    if (args.length == 0) {
      err.print(HelpText.full(commands));
      return USAGE;
    }
    String first = args[0];
    if (HELP.contains(first)) {
      Optional<Command> topic = args.length > 1 ? find(commands, args[1]) : Optional.empty();
      out.print(topic.map(HelpText::of).orElseGet(() -> HelpText.full(commands)));
      return OK;
    }
    if (VERSION.contains(first)) {
      out.println("Verbatim " + HelpText.version());
      return OK;
    }
    Optional<Command> command = find(commands, first);
    if (command.isEmpty()) {
      err.println("verbatim: unknown command '" + first + "'; try 'verbatim --help'");
      return USAGE;
    }
    Command c = command.get();
    try {
      ParsedArguments parsed = new ArgumentParser(c.name(), c.options())
          .parse(Arrays.asList(args).subList(1, args.length));
      if (parsed.options().containsKey("--help")) {
        out.print(HelpText.of(c));
        return OK;
      }
      return c.run(parsed);
    } catch (UsageException ex) {
      err.println("verbatim " + c.name() + ": " + ex.getMessage() + "; try 'verbatim help " + c.name() + "'");
      return USAGE;
    }
  }

  private static Optional<Command> find(List<Command> commands, String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  // The last line of defence: one line a user can report, never a stack trace.
  private static int internalError(PrintStream err, Throwable ex) {
    String message = ex.getMessage() == null ? "" : ": " + ex.getMessage().replaceAll("\\s+", " ").strip();
    err.println("verbatim: internal error (" + ex.getClass().getSimpleName() + message + "); please report it");
    return INTERNAL;
  }
}
