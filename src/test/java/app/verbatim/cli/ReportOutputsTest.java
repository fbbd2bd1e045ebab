package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.cli.args.ArgumentParser;
import app.verbatim.cli.args.OptionSpec;
import app.verbatim.cli.args.ParsedArguments;
import app.verbatim.cli.args.UsageException;
import app.verbatim.export.ReportOptions;
import app.verbatim.model.SampleComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputsTest {
  @TempDir
  Path dir;

  private static ParsedArguments parse(String... args) throws UsageException {
    List<OptionSpec> options = new ArrayList<>(List.of(ReportOutputs.PDF, ReportOutputs.HTML, ReportOutputs.CSV,
        CompareCommand.SPEAKER));
    options.addAll(ReportOutputs.LAYOUT);
    return new ArgumentParser("compare", options).parse(List.of(args));
  }

  private static CompareCommand.Output output(OptionSpec option) {
    return ReportOutputs.outputs().stream().filter(o -> o.option().equals(option)).findFirst().orElseThrow();
  }

  @Test
  void theOptionsAreDeclaredWithValueNamesAndHelp() {
    assertThat(ReportOutputs.PDF.synopsis()).isEqualTo("--pdf OUT");
    assertThat(ReportOutputs.HTML.synopsis()).isEqualTo("--html OUT");
    assertThat(ReportOutputs.CSV.synopsis()).isEqualTo("--csv OUT");
    assertThat(ReportOutputs.PAPER.synopsis()).isEqualTo("--paper a4|letter");
    assertThat(ReportOutputs.LANDSCAPE.takesValue()).isFalse();
    assertThat(ReportOutputs.APPENDIX.takesValue()).isFalse();
    assertThat(ReportOutputs.LAYOUT).containsExactly(ReportOutputs.PAPER, ReportOutputs.LANDSCAPE, ReportOutputs.APPENDIX);
  }

  @Test
  void thereIsAnOutputPerReportFileNoneToStandardOutput() {
    List<CompareCommand.Output> outputs = ReportOutputs.outputs();

    assertThat(outputs).extracting(CompareCommand.Output::option)
        .containsExactly(ReportOutputs.PDF, ReportOutputs.HTML, ReportOutputs.CSV);
    assertThat(outputs).extracting(CompareCommand.Output::what)
        .containsExactly("PDF report", "HTML report", "quotation table");
    assertThat(outputs).allSatisfy(o -> assertThat(o.toStdout()).isNull());
  }

  @Test
  void withoutLayoutOptionsTheReportIsA4PortraitWithoutAppendix() throws UsageException {
    ReportOptions o = ReportOutputs.options(parse("--pdf", "out.pdf", "a.txt", "b.txt"));

    assertThat(o.paper()).isEqualTo(ReportOptions.Paper.A4);
    assertThat(o.orientation()).isEqualTo(ReportOptions.Orientation.PORTRAIT);
    assertThat(o.appendix()).isFalse();
    assertThat(o.focusSpeaker()).isNull();
    assertThat(o.version()).isEqualTo(HelpText.version());
  }

  @Test
  void layoutOptionsShapeTheReport() throws UsageException {
    ReportOptions o = ReportOutputs.options(parse("--html", "r.html", "--paper", " LETTER ", "--landscape", "--appendix"));

    assertThat(o.paper()).isEqualTo(ReportOptions.Paper.LETTER);
    assertThat(o.landscape()).isTrue();
    assertThat(o.appendix()).isTrue();
    assertThat(o.settingsLabel()).isEqualTo("Letter landscape, with appendix");
  }

  @Test
  void layoutOptionsWithAPdfOrHtmlAreAccepted() throws UsageException {
    ReportOutputs.validate(parse("--pdf", "r.pdf", "--paper", "a4"));
    ReportOutputs.validate(parse("--html", "r.html", "--landscape"));
    ReportOutputs.validate(parse("--csv", "r.csv"));
    ReportOutputs.validate(parse());
  }

  @Test
  void layoutOptionsWithoutAPdfOrHtmlAreRefused() {
    for (String[] args : List.of(new String[] {"--landscape"}, new String[] {"--csv", "r.csv", "--appendix"},
        new String[] {"--paper", "letter"})) {
      assertThatThrownBy(() -> ReportOutputs.validate(parse(args))).as(String.join(" ", args))
          .isInstanceOf(UsageException.class)
          .hasMessage("--paper, --landscape and --appendix shape a report: add --pdf OUT or --html OUT");
    }
  }

  @Test
  void anUnknownPaperSizeIsRefusedWithTheValueGiven() {
    assertThatThrownBy(() -> ReportOutputs.validate(parse("--pdf", "r.pdf", "--paper", "A3")))
        .isInstanceOf(UsageException.class).hasMessage("--paper takes a4 or letter, not 'A3'");
    assertThatThrownBy(() -> ReportOutputs.options(parse("--pdf", "r.pdf", "--paper", "legal")))
        .isInstanceOf(UsageException.class).hasMessage("--paper takes a4 or letter, not 'legal'");
  }

  @Test
  void theHtmlOutputWritesTheReportWithTheComparisonsFocus() throws Exception {
    Path target = dir.resolve("r.html");

    output(ReportOutputs.HTML).writer().write(SampleComparison.build(), target, parse("--html", target.toString()));

    String html = Files.readString(target);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Elena Marsh").contains("(quoted by the most outlets)");
  }

  @Test
  void withSpeakerTheReportSaysTheAnalystChoseTheFocus() throws Exception {
    Path target = dir.resolve("s.html");

    output(ReportOutputs.HTML).writer().write(SampleComparison.build().withFocus("s2"), target,
        parse("--html", target.toString(), "--speaker", "Varga"));

    String html = Files.readString(target);
    assertThat(html).contains("Tomas Varga").contains("(chosen by the analyst)");
  }

  @Test
  void theCsvOutputWritesARowPerQuotation() throws Exception {
    Path target = dir.resolve("q.csv");

    output(ReportOutputs.CSV).writer().write(SampleComparison.build(), target, parse("--csv", target.toString()));

    String csv = Files.readString(target, StandardCharsets.UTF_8);
    // a byte-order mark, the header, then the five quotations of the sample, one row each
    assertThat(csv).startsWith("\uFEFFquote,group,outlet,speaker,");
    assertThat(csv.replace("\uFEFF", "").lines().filter(l -> l.startsWith("q")).map(l -> l.substring(0, 3)).toList())
        .containsExactly("quo", "q1,", "q2,", "q3,", "q4,", "q5,");
    assertThat(csv).contains("talks continue.").contains("Our growers need markets, not sympathy,");
  }

  @Test
  void thePdfOutputWritesAPdf() throws Exception {
    Path target = dir.resolve("r.pdf");

    output(ReportOutputs.PDF).writer().write(SampleComparison.build(), target, parse("--pdf", target.toString()));

    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(target), 5);
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aReportThatCannotBeWrittenIsAnIOException() throws Exception {
    Path target = dir.resolve("no-such-folder").resolve("r.html");

    assertThatThrownBy(() -> output(ReportOutputs.HTML).writer()
        .write(SampleComparison.build(), target, parse("--html", target.toString())))
        .isInstanceOf(IOException.class);
    assertThat(target).doesNotExist();
  }
}
