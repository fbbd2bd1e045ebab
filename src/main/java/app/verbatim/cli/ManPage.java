package app.verbatim.cli;

import app.verbatim.engine.VerbatimEngine;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages' AsciiDoc sources (verbatim.adoc, verbatim-compare.adoc, …) from the command line's
 * own model; {@code packaging/build.sh} renders them with asciidoctor into the .deb. A build tool, not a
 * command: picocli-codegen is on the build's class path only.
 */
public final class ManPage {
  private ManPage() {}

  /** {@code java -cp … app.verbatim.cli.ManPage OUT_DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ManPage OUT_DIR");
      System.exit(ExitCode.USAGE.status());
    }
    write(new File(args[0]));
  }

  /** Writes one AsciiDoc man page per command into {@code dir}; returns picocli's status (0 on success). */
  static int write(File dir) throws IOException {
    PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
    VerbatimEngine engine = new VerbatimEngine();
    List<Command> analyses = List.of(new CompareCommand(engine, quiet, quiet), new BenchCommand(engine, quiet, quiet));
    List<Command> commands = new ArrayList<>(analyses);
    commands.add(new CompletionCommand(analyses, quiet));
    return ManPageGenerator.generateManPage(dir, null, new boolean[0], true, CommandTree.of(commands).getCommandSpec());
  }
}
