package app.verbatim.cli;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.cli.args.UsageException;
import java.util.List;

/** A subcommand: declares its options, runs on parsed arguments and returns an exit code. */
interface Command {

  /** The word that selects it, e.g. "compare". */
  String name();

  /** The operands part of its synopsis, e.g. "A B [C …]". */
  String operands();

  /** One line saying what it does. */
  String summary();

  List<OptionSpec> options();

  /** Runs the command; a {@link UsageException} means the arguments make no sense (exit 2). */
  int run(ParsedArguments arguments) throws UsageException;
}
