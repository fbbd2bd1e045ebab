package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a reference, the report opens with a fidelity table per outlet and classes every quotation. */
class ReportFidelityTest {
  @TempDir
  Path dir;

  private static final String RECORD = "Address to the summit\n\nWe reduced our emissions by a third in five years, "
      + "and we did so without closing a single factory. We will not accept new targets while the old promises "
      + "remain unpaid.\n";

  private static Comparison comparison() {
    String faithful = "Minister defiant\n\nThe summit opened on Monday.\n\nMinister Ana Reyes said: \"We will not accept new targets while the old "
        + "promises remain unpaid.\"\n";
    String cut = "Reyes speaks\n\nThe summit opened on Monday.\n\n\"We reduced our emissions by a third without closing a single factory,\" Minister "
        + "Ana Reyes said.\n";
    return new VerbatimEngine().compare(List.of(new Article("Wire", null, null, "en", null, faithful),
        new Article("Post", null, null, "en", null, cut), new Article("Record", null, null, "en", null, RECORD, "")));
  }

  @Test
  void theFidelityTableCountsEachOutletsClassesAndTheRecordIsNoOutletOfTheFigures() throws Exception {
    Path out = dir.resolve("r.html");
    new HtmlReportWriter().write(comparison(), PdfReportWriterTest.OPTIONS, out);
    var doc = Jsoup.parse(Files.readString(out));
    Element table = doc.selectFirst("table.fidelity");
    assertThat(table).isNotNull();
    assertThat(table.select("th")).extracting(Element::text).contains("verbatim", "silent omission", "not in the record");
    assertThat(table.select("tbody tr")).extracting(tr -> tr.child(0).text()).containsExactly("Wire", "Post");
    assertThat(doc.select("table.figures:not(.fidelity) tbody tr")).extracting(tr -> tr.child(0).text())
        .containsExactly("Wire", "Post");
    assertThat(doc.select("p.fidelity")).extracting(Element::text)
        .anyMatch(t -> t.contains("verbatim")).anyMatch(t -> t.contains("silent omission"));
    assertThat(doc.text()).contains("left out without a mark: “in five years, and we did so”");
    assertThat(doc.title()).doesNotContain("Record");
  }

  @Test
  void theCsvCarriesTheClassTheRecordAndTheChanges() {
    String csv = new CsvReportWriter().render(comparison(), PdfReportWriterTest.OPTIONS,
        new ExportProgress(app.verbatim.engine.ProgressListener.NONE));
    assertThat(csv).contains(",fidelity,record,changes").contains("silent omission")
        .contains("left out without a mark: “in five years, and we did so”");
  }
}
