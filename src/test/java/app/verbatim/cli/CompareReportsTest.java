package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare … --pdf --html --csv} with the layout options. */
class CompareReportsTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path seed(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/seeds/" + name)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  @Test
  void writesAllThreeReports() throws Exception {
    Path pdf = dir.resolve("r.pdf");
    Path html = dir.resolve("r.html");
    Path csv = dir.resolve("r.csv");
    int code = run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(),
        "--label", "NBC News", "--label", "TASS", "--pdf", pdf.toString(), "--html", html.toString(),
        "--csv", csv.toString(), "--paper", "letter", "--landscape", "--appendix", "--speaker", "Pompeo");
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("PDF report written to " + pdf);
    try (var doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("quoted Mike Pompeo", "(chosen by the analyst)", "Letter landscape, with appendix", "Appendix: the full texts");
    }
    assertThat(Files.readString(html)).contains("NBC News", "TASS");
    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).contains("quote,group,outlet,speaker");
  }

  @Test
  void anUnwritableReportIsOneLineAndExitCodeOne() throws Exception {
    int code = run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(),
        "--pdf", dir.resolve("missing/r.pdf").toString());
    assertThat(code).isEqualTo(Cli.INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n").contains("does not exist");
  }

  @Test
  void layoutOptionsWithoutAReportAreAUsageError() throws Exception {
    assertThat(run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(), "--appendix"))
        .isEqualTo(Cli.USAGE);
    assertThat(run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(), "--pdf", "x.pdf",
        "--paper", "a3")).isEqualTo(Cli.USAGE);
    assertThat(run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(), "--pdf"))
        .isEqualTo(Cli.USAGE);
  }
}
