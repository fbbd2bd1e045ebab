package app.verbatim.cli;

import app.verbatim.engine.ComparisonEngine;
import app.verbatim.io.ArticleReadException;
import app.verbatim.io.ArticleReader;
import app.verbatim.io.ComparisonJson;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Speaker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code compare A B [C …] [--json OUT] [--speaker NAME] [--label NAME]…}. */
final class CompareCommand {
  private final ComparisonEngine engine;
  private final PrintStream out;
  private final PrintStream err;

  CompareCommand(ComparisonEngine engine, PrintStream out, PrintStream err) {
    this.engine = engine;
    this.out = out;
    this.err = err;
  }

  /** Parsed arguments. */
  record Options(List<Path> files, List<String> labels, Path json, String speaker) {}

  int run(String[] args) {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("verbatim: " + e.getMessage());
      err.println("Try 'verbatim --help'.");
      return Cli.USAGE;
    }
    List<Article> articles = new ArrayList<>();
    ArticleReader reader = new ArticleReader();
    for (int i = 0; i < o.files().size(); i++) {
      String label = i < o.labels().size() ? o.labels().get(i) : null;
      try {
        articles.add(reader.read(o.files().get(i), label));
      } catch (ArticleReadException e) {
        err.println("verbatim: " + e.getMessage());
        return Cli.INPUT;
      }
    }
    Comparison c = engine.compare(articles);
    String speakerId = null;
    if (o.speaker() != null) {
      Optional<Speaker> s = findSpeaker(c, o.speaker());
      if (s.isEmpty()) {
        err.println("verbatim: no speaker named '" + o.speaker() + "' is quoted in these articles");
        return Cli.INPUT;
      }
      speakerId = s.get().id();
    }
    new SummaryPrinter(out).print(c, speakerId);
    if (o.json() != null) {
      try {
        new ComparisonJson().write(c, o.json());
      } catch (IOException e) {
        err.println("verbatim: cannot write " + o.json() + ": " + e.getMessage());
        return Cli.INPUT;
      }
    }
    return Cli.OK;
  }

  static Options parse(String[] args) {
    List<Path> files = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Path json = null;
    String speaker = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--json" -> json = Path.of(value(args, ++i, a));
        case "--speaker" -> speaker = value(args, ++i, a);
        case "--label" -> labels.add(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          files.add(Path.of(a));
        }
      }
    }
    if (files.size() < 2) {
      throw new IllegalArgumentException("compare needs at least two articles (got " + files.size() + ")");
    }
    if (labels.size() > files.size()) {
      throw new IllegalArgumentException("more --label options than articles");
    }
    return new Options(files, labels, json, speaker);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  static Optional<Speaker> findSpeaker(Comparison c, String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
    return c.speakers().stream()
        .filter(s -> s.name().toLowerCase(Locale.ROOT).replace('-', ' ').equals(n)
            || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).replace('-', ' ').equals(n))
            || s.name().toLowerCase(Locale.ROOT).replace('-', ' ').contains(n))
        .findFirst();
  }
}
