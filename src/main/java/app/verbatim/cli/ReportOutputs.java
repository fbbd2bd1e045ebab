package app.verbatim.cli;

import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.cli.args.UsageException;
import app.verbatim.export.ExportException;
import app.verbatim.export.ReportFormat;
import app.verbatim.export.ReportOptions;
import app.verbatim.model.Comparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report files {@code compare} can write ({@code --pdf}, {@code --html}, {@code --csv}) and the
 * layout options of the PDF and HTML, over {@code app.verbatim.export}.
 */
final class ReportOutputs {
  static final OptionSpec PDF = OptionSpec.value("--pdf", "OUT", "write the PDF report to OUT");
  static final OptionSpec HTML = OptionSpec.value("--html", "OUT", "write the report as one self-contained HTML file");
  static final OptionSpec CSV = OptionSpec.value("--csv", "OUT", "write the quotation table (a row per quotation) as CSV");
  static final OptionSpec PAPER = OptionSpec.value("--paper", "a4|letter", "paper size of the PDF (default a4)");
  static final OptionSpec LANDSCAPE = OptionSpec.flag("--landscape", "PDF/HTML: landscape, outlets side by side");
  static final OptionSpec APPENDIX = OptionSpec.flag("--appendix", "PDF/HTML: add the full texts, quotations marked");

  /** The options that shape the PDF and HTML. */
  static final List<OptionSpec> LAYOUT = List.of(PAPER, LANDSCAPE, APPENDIX);

  private ReportOutputs() {}

  static List<CompareCommand.Output> outputs() {
    return List.of(
        new CompareCommand.Output(PDF, "PDF report",
            (c, target, args) -> write(ReportFormat.PDF, c, target, args), null),
        new CompareCommand.Output(HTML, "HTML report",
            (c, target, args) -> write(ReportFormat.HTML, c, target, args), null),
        new CompareCommand.Output(CSV, "quotation table",
            (c, target, args) -> write(ReportFormat.CSV, c, target, args), null));
  }

  /** Refuses layout options that would have no effect and paper sizes we do not print. */
  static void validate(ParsedArguments args) throws UsageException {
    paper(args);
    boolean layout = LAYOUT.stream().anyMatch(args::has);
    if (layout && !args.has(PDF) && !args.has(HTML)) {
      throw new UsageException("--paper, --landscape and --appendix shape a report: add --pdf OUT or --html OUT");
    }
  }

  private static ReportOptions.Paper paper(ParsedArguments args) throws UsageException {
    Optional<String> p = args.value(PAPER);
    if (p.isEmpty()) {
      return ReportOptions.Paper.A4;
    }
    return switch (p.get().strip().toLowerCase(Locale.ROOT)) {
      case "a4" -> ReportOptions.Paper.A4;
      case "letter" -> ReportOptions.Paper.LETTER;
      default -> throw new UsageException("--paper takes a4 or letter, not '" + p.get() + "'");
    };
  }

  /** The report's options; the focus speaker is the comparison's (set by --speaker). */
  static ReportOptions options(ParsedArguments args) throws UsageException {
    return ReportOptions.defaults()
        .withPaper(paper(args))
        .withOrientation(args.has(LANDSCAPE) ? ReportOptions.Orientation.LANDSCAPE : ReportOptions.Orientation.PORTRAIT)
        .withAppendix(args.has(APPENDIX))
        .withVersion(HelpText.version());
  }

  private static void write(ReportFormat format, Comparison c, Path target, ParsedArguments args) throws IOException {
    try {
      // with --speaker the analyst chose the focus; the report says so
      ReportOptions options = options(args).withFocusSpeaker(args.has(CompareCommand.SPEAKER) ? c.focusSpeaker() : null);
      format.writer().write(c, options, target);
    } catch (UsageException e) {
      throw new IllegalStateException("validated before the comparison ran", e);
    } catch (ExportException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
