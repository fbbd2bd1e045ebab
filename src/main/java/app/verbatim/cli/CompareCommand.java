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
import app.verbatim.model.Speaker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code compare A B [C …] [--speaker NAME] [--json OUT] [--label NAME]… [--pdf OUT] [--html OUT]
 * [--csv OUT] [--paper a4|letter] [--landscape] [--appendix]}: reads the articles, runs the engine,
 * prints the summary and writes the requested files.
 */
final class CompareCommand implements Command {
  static final OptionSpec JSON = OptionSpec.value("--json", "OUT", "also write the whole comparison as JSON to OUT");
  static final OptionSpec SPEAKER = OptionSpec.value("--speaker", "NAME",
      "show only this speaker's quotations (full name or any alias)");
  static final OptionSpec LABEL = OptionSpec.repeated("--label", "NAME",
      "outlet name for a file that names none; one per file, in order");
  static final OptionSpec HELP = OptionSpec.flag("--help", "this help");

  /** A file written from the comparison. The report writers (--pdf, --html, --csv) join this list. */
  record Output(OptionSpec option, String what, Writer writer) {}

  /** Writes a comparison to a file; must leave no partial file behind when it fails. */
  @FunctionalInterface
  interface Writer {
    void write(Comparison comparison, Path target, ParsedArguments args) throws IOException;
  }

  private final List<Output> outputs = outputs();

  private static List<Output> outputs() {
    List<Output> all = new ArrayList<>();
    all.add(new Output(JSON, "JSON", (c, target, args) -> new ComparisonJson().write(c, target)));
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
    List<OptionSpec> options = new ArrayList<>(List.of(SPEAKER, LABEL));
    outputs.forEach(o -> options.add(o.option()));
    options.addAll(ReportOutputs.LAYOUT);
    options.add(HELP);
    return options;
  }

  @Override
  public int run(ParsedArguments args) throws UsageException {
    List<Path> files = paths(args.operands());
    if (files.size() < 2) {
      throw new UsageException("needs at least two articles to compare, got " + files.size());
    }
    List<String> labels = args.values(LABEL);
    if (labels.size() > files.size()) {
      throw new UsageException("more --label names (" + labels.size() + ") than articles (" + files.size() + ")");
    }
    ReportOutputs.validate(args);
    List<Target> targets = targets(args, files);
    for (Target t : targets) {
      Optional<String> problem = OutputTarget.problem(t.path(), files);
      if (problem.isPresent()) {
        return fail("cannot write " + t.output().what() + " to " + t.path() + ": " + problem.get());
      }
    }

    ArticleReader reader = new ArticleReader();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      try {
        articles.add(reader.read(files.get(i), i < labels.size() ? labels.get(i) : null));
      } catch (ArticleReadException e) {
        return fail(e.getMessage());
      }
    }

    Comparison comparison = engine.compare(articles);
    String speakerId = null;
    if (args.value(SPEAKER).isPresent()) {
      try {
        Speaker s = SpeakerLookup.find(comparison, args.value(SPEAKER).get());
        speakerId = s.id();
        comparison = withFocus(comparison, speakerId);
      } catch (SpeakerLookup.NotFound e) {
        return fail(e.getMessage());
      }
    }

    new SummaryPrinter(out, TextWrapper.terminalWidth()).print(comparison, speakerId);
    out.flush();
    for (Target t : targets) {
      try {
        t.output().writer().write(comparison, t.path(), args);
      } catch (IOException e) {
        return fail("cannot write " + t.output().what() + " to " + t.path() + ": " + OutputTarget.describe(e));
      }
      out.println();
      out.println(t.output().what() + " written to " + t.path());
    }
    return Cli.OK;
  }

  private record Target(Output output, Path path) {}

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

  // With --speaker the JSON says whom the analyst focused on, the way the viewer's filter would.
  private static Comparison withFocus(Comparison c, String speakerId) {
    return new Comparison(c.documents(), c.speakers(), c.quotes(), c.scareQuotes(), c.alignments(), c.coverage(),
        speakerId, c.warnings());
  }

  private int fail(String message) {
    err.println("verbatim: " + message);
    return Cli.INPUT;
  }
}
