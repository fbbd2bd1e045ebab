package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text no layout expects still makes a complete PDF: no crash, nothing silently dropped. */
class RobustReportTest {
  @TempDir
  Path dir;

  @Test
  void longWordsControlCharactersRightToLeftAndEmojiMakeAPdf() throws Exception {
    String noSpaces = "x".repeat(6_000);
    String text = "Head\n\n“" + noSpaces + ",” she said.\n\n"
        + "He said “مرحبا بالعالم שלום עולם and \u0000\u0007\uFFFF\uD800 broken 🙂 bytes.”\n\n"
        + "\"".repeat(2_000) + "\n\n“Ünïcödé ‘nested’ «guillemets» „low“,” the minister said.\n";
    Article a = new Article("Left", "Head", null, "en", null, text);
    Article b = new Article("Right", "Head", null, "en", null, text.replace("minister", "official"));
    Comparison c = new VerbatimEngine().compare(List.of(a, b));
    Path pdf = dir.resolve("robust.pdf");
    new PdfReportWriter(new ReportFonts(List.of())).write(c,
        PdfReportWriterTest.OPTIONS.withOrientation(ReportOptions.Orientation.LANDSCAPE).withAppendix(true), pdf);
    PdfReading read = new PdfReading(pdf);
    assertThat(read.pages).isGreaterThan(1);
    assertThat(read.flat.replaceAll("\\s", "")).contains(noSpaces);
    assertThat(read.flat).contains("Ünïcödé ‘nested’ «guillemets» „low“").contains(TextPolicy.INVALID)
        .contains("right-to-left text (Arabic, Hebrew)");
    assertThat(Files.size(pdf)).isPositive();
  }
}
