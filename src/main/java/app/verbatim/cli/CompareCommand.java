package app.verbatim.cli;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.cli.args.UsageException;
import app.verbatim.engine.ComparisonEngine;
import app.verbatim.io.ArticleReadException;
import app.verbatim.io.ArticleReader;
import app.verbatim.io.ComparisonJson;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Warning;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code compare A B [C …] [--speaker NAME] [--reference FILE]… [--json OUT] [--label NAME]… [--pdf OUT] [--html OUT]
 * [--csv OUT] [--paper a4|letter] [--landscape] [--appendix]}: reads the articles, runs the engine,
 * prints the summary and writes the requested files.
 */
final class CompareCommand implements Command {
  static final OptionSpec JSON = OptionSpec.value("--json", "OUT",
      "also write the whole comparison as JSON; OUT - prints it instead of the summary");
  static final OptionSpec SPEAKER = OptionSpec.value("--speaker", "NAME",
      "show only this speaker's quotations (full name or any alias)");
  static final OptionSpec LABEL = OptionSpec.repeated("--label", "NAME",
      "outlet name for a file that names none; one per file, in order");
  static final OptionSpec REFERENCE = OptionSpec.repeated("--reference", "FILE",
      "the record of the speech (official text, transcript): every quotation is measured against it");
  static final OptionSpec HELP = OptionSpec.flag("--help", "this help");

  /**
   * A file written from the comparison. The report writers (--pdf, --html, --csv) join this list.
   *
   * @param toStdout writes the output to stdout for the file name "-", or null when it cannot
   */
  record Output(OptionSpec option, String what, Writer writer, Function<Comparison, String> toStdout) {}

  /** Writes a comparison to a file; must leave no partial file behind when it fails. */
  @FunctionalInterface
  interface Writer {
    void write(Comparison comparison, Path target, ParsedArguments args) throws IOException;
  }

  private static final String STDOUT = "-";

  private final List<Output> outputs = outputs();

  private static List<Output> outputs() {
    List<Output> all = new ArrayList<>();
    all.add(new Output(JSON, "JSON", (c, target, args) -> new ComparisonJson().write(c, target),
        c -> new ComparisonJson().write(c)));
    all.addAll(ReportOutputs.outputs());
    return List.copyOf(all);
  }

  private final ComparisonEngine engine;
  private final PrintStream out;
  private final PrintStream err;

  CompareCommand(ComparisonEngine engine, PrintStream out, PrintStream err) {
    this.engine = engine;
    this.out = out;
    this.err = err;
  }

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public String operands() {
    return "A B [C …] [options]";
  }

  @Override
  public String summary() {
    return "compare two or more articles about one speech";
  }

  @Override
  public List<OptionSpec> options() {
    List<OptionSpec> options = new ArrayList<>(List.of(SPEAKER, LABEL, REFERENCE));
    outputs.forEach(o -> options.add(o.option()));
    options.addAll(ReportOutputs.LAYOUT);
    options.add(HELP);
    return options;
  }

  @Override
  public int run(ParsedArguments args) throws UsageException {
    List<Path> files = paths(args.operands());
    List<Path> references = paths(args.values(REFERENCE));
    if (files.size() + references.size() < 2 || files.isEmpty()) {
      throw new UsageException("needs at least two articles to compare (or one and a --reference), got "
          + files.size());
    }
    List<String> labels = args.values(LABEL);
    if (labels.size() > files.size()) {
      throw new UsageException("more --label names (" + labels.size() + ") than articles (" + files.size() + ")");
    }
    ReportOutputs.validate(args);
    List<Target> targets = targets(args, files);
    try {
      List<Path> inputs = new ArrayList<>(files);
      inputs.addAll(references);
      checkWritable(targets, inputs);
      List<String> notes = new ArrayList<>();
      List<Article> articles = read(files, labels, notes);
      for (Article reference : read(references, List.of(), notes)) {
        // a file that names its speaker keeps it; otherwise the speaker the outlets quote most
        articles.add(reference.withReference(reference.reference() == null ? "" : reference.reference()));
      }
      Comparison comparison = engine.compare(articles);
      comparison = comparison.withWarningsFirst(readingWarnings(comparison, notes));
      String speakerId = null;
      if (args.value(SPEAKER).isPresent()) {
        speakerId = speaker(comparison, args.value(SPEAKER).get());
        comparison = comparison.withFocus(speakerId);  // the JSON says whom the analyst focused on
      }
      Optional<Target> toStdout = targets.stream().filter(Target::toStdout).findFirst();
      if (toStdout.isEmpty()) {
        new SummaryPrinter(out, TextWrapper.terminalWidth()).print(comparison, speakerId);
        out.flush();
      }
      write(comparison, targets, toStdout.isPresent(), args);
      if (toStdout.isPresent()) {
        out.print(toStdout.get().output().toStdout().apply(comparison));
      }
      return ExitCode.OK.status();
    } catch (Failure f) {
      err.println("verbatim: " + f.getMessage());
      return ExitCode.INPUT.status();
    }
  }

  /** Bad input or an unwritable output: one line for the user, exit code 1. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  // Before any work: a typo in a folder name should fail in a second, not after a long comparison.
  private static void checkWritable(List<Target> targets, List<Path> files) throws Failure {
    for (Target t : targets) {
      if (!t.toStdout()) {
        Optional<String> problem = OutputTarget.problem(t.path(), files);
        if (problem.isPresent()) {
          throw new Failure("cannot write " + t.output().what() + " to " + t.path() + ": " + problem.get());
        }
      }
    }
  }

  /** Reads the articles; {@code notes} gets, per article in order, its decoding note or null. */
  private static List<Article> read(List<Path> files, List<String> labels, List<String> notes) throws Failure {
    ArticleReader reader = new ArticleReader();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        ArticleReader.Noted noted = reader.readNoted(files.get(i), i < labels.size() ? labels.get(i) : null);
        articles.add(noted.article());
        notes.add(noted.note());
      } catch (ArticleReadException e) {
        throw new Failure(e.getMessage());
      }
    }
    return articles;
  }

  /** A warning of the article's document for each decoding note: an encoding guessed or repaired. */
  private static List<Warning> readingWarnings(Comparison comparison, List<String> notes) {
    List<Warning> out = new ArrayList<>();
    for (int i = 0; i < notes.size() && i < comparison.documents().size(); i++) {
      if (notes.get(i) != null) {
        out.add(new Warning(comparison.documents().get(i).id(), 0, notes.get(i)));
      }
    }
    return out;
  }

  private static String speaker(Comparison comparison, String name) throws Failure {
    try {
      return SpeakerLookup.find(comparison, name).id();
    } catch (SpeakerLookup.NotFound e) {
      throw new Failure(e.getMessage());
    }
  }

  private void write(Comparison comparison, List<Target> targets, boolean stdoutTaken, ParsedArguments args)
      throws Failure {
    for (Target t : targets) {
      if (t.toStdout()) {
        continue;
      }
      try {
        t.output().writer().write(comparison, t.path(), args);
      } catch (IOException e) {
        throw new Failure("cannot write " + t.output().what() + " to " + t.path() + ": " + OutputTarget.describe(e));
      }
      String done = t.output().what() + " written to " + t.path();
      if (stdoutTaken) {
        err.println("verbatim: " + done); // stdout carries the data
      } else {
        out.println();
        out.println(done);
      }
    }
  }

  /** An output and its file, or a null path for stdout. */
  private record Target(Output output, Path path) {
    boolean toStdout() {
      return path == null;
    }
  }

  private List<Target> targets(ParsedArguments args, List<Path> files) throws UsageException {
    List<Target> targets = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Output o : outputs) {
      Optional<String> value = args.value(o.option());
      if (value.isEmpty()) {
        continue;
      }
      if (value.get().isBlank()) {
        throw new UsageException(o.option().name() + " needs a file name");
      }
      if (value.get().equals(STDOUT)) {
        if (o.toStdout() == null) {
          throw new UsageException(o.option().name() + " cannot write to stdout; give a file name");
        }
        if (targets.stream().anyMatch(Target::toStdout)) {
          throw new UsageException("only one output can go to stdout");
        }
        targets.add(new Target(o, null));
        continue;
      }
      Path p = paths(List.of(value.get())).get(0);
      if (!seen.add(p.toAbsolutePath().normalize())) {
        throw new UsageException("two outputs name the same file " + p);
      }
      targets.add(new Target(o, p));
    }
    return targets;
  }

  private static List<Path> paths(List<String> names) throws UsageException {
    List<Path> paths = new ArrayList<>();
    for (String n : names) {
      try {
        paths.add(Path.of(n));
      } catch (InvalidPathException e) {
        throw new UsageException("'" + n + "' is not a valid file name");
      }
    }
    return paths;
  }


}
