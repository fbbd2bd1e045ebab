package app.verbatim.cli;

import app.verbatim.export.ExportException;
import app.verbatim.export.ReportFormat;
import app.verbatim.export.ReportOptions;
import app.verbatim.model.Comparison;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report options of {@code compare}: {@code --pdf OUT --html OUT --csv OUT}, with
 * {@code --paper a4|letter}, {@code --landscape} and {@code --appendix} for the PDF and HTML.
 */
final class ReportArguments {
  private final Map<ReportFormat, Path> targets = new EnumMap<>(ReportFormat.class);
  private ReportOptions.Paper paper = ReportOptions.Paper.A4;
  private boolean landscape;
  private boolean appendix;
  private boolean layoutGiven;

  /** How many arguments the option at {@code i} takes, 0 when it is not a report option. */
  int accept(String[] args, int i) {
    String a = args[i];
    switch (a) {
      case "--pdf", "--html", "--csv" -> {
        ReportFormat f = ReportFormat.valueOf(a.substring(2).toUpperCase(Locale.ROOT));
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException(a + " needs a file name");
        }
        targets.put(f, Path.of(args[i + 1]));
        return 2;
      }
      case "--paper" -> {
        String v = i + 1 < args.length ? args[i + 1].toLowerCase(Locale.ROOT) : "";
        paper = switch (v) {
          case "a4" -> ReportOptions.Paper.A4;
          case "letter" -> ReportOptions.Paper.LETTER;
          default -> throw new IllegalArgumentException("--paper takes a4 or letter");
        };
        layoutGiven = true;
        return 2;
      }
      case "--landscape" -> {
        landscape = true;
        layoutGiven = true;
        return 1;
      }
      case "--appendix" -> {
        appendix = true;
        layoutGiven = true;
        return 1;
      }
      default -> {
        return 0;
      }
    }
  }

  /** Checks the combination once all arguments are read. */
  void validate() {
    if (layoutGiven && !targets.containsKey(ReportFormat.PDF) && !targets.containsKey(ReportFormat.HTML)) {
      throw new IllegalArgumentException("--paper, --landscape and --appendix need --pdf or --html");
    }
  }

  ReportOptions options(String focusSpeakerId) {
    return ReportOptions.defaults()
        .withPaper(paper)
        .withOrientation(landscape ? ReportOptions.Orientation.LANDSCAPE : ReportOptions.Orientation.PORTRAIT)
        .withAppendix(appendix)
        .withFocusSpeaker(focusSpeakerId)
        .withVersion(Usage.version());
  }

  /** Writes every requested report; returns the exit code (each failure is one line on err). */
  int write(Comparison c, String focusSpeakerId, PrintStream out, PrintStream err) {
    int code = Cli.OK;
    ReportOptions options = options(focusSpeakerId);
    for (Map.Entry<ReportFormat, Path> t : targets.entrySet()) {
      try {
        t.getKey().writer().write(c, options, t.getValue());
        out.println("Wrote " + t.getKey().label() + ": " + t.getValue());
      } catch (ExportException e) {
        err.println("verbatim: cannot write " + t.getValue() + ": " + e.getMessage());
        code = Cli.INPUT;
      }
    }
    return code;
  }
}
