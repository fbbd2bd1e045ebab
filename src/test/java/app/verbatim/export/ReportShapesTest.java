package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Comparison;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Relation;
import app.verbatim.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparisons of unusual shape: nothing quoted, a quotation linked twice, engine warnings. */
class ReportShapesTest {
  @TempDir
  Path dir;

  @Test
  void articlesWithoutQuotationsStillMakeAReport() throws Exception {
    HandBuilt.Builder b = new HandBuilt.Builder();
    b.doc("First", null, "Nothing quoted here.\n", "en");
    b.doc("Second", null, "Nor here.\n", "en");
    Comparison c = b.build(null);
    Path pdf = dir.resolve("empty.pdf");
    new PdfReportWriter(new ReportFonts(List.of())).write(c, PdfReportWriterTest.OPTIONS.withAppendix(true), pdf);
    PdfReading text = new PdfReading(pdf);
    assertThat(text.flat).contains("Quotations in First and Second", "Focus speaker: none",
        "No passage is quoted by more than one outlet", "No quotation found in First and Second.", "Nothing quoted here.");
    Path csv = dir.resolve("empty.csv");
    new CsvReportWriter().write(c, PdfReportWriterTest.OPTIONS, csv);
    assertThat(CsvReportWriterTest.parse(Files.readString(csv).substring(1))).hasSize(1);
  }

  @Test
  void aQuotationStitchedFromTwoPassagesShowsBothLinks() throws Exception {
    HandBuilt.Builder b = new HandBuilt.Builder();
    String a = b.doc("Ledger", null,
        "Head\n\nShe said “We will build roads and we will open schools in every town.”\n", "en");
    String v = b.doc("Courier", null,
        "Head\n\nShe said “We will build roads.” Later she said “We will open schools in every town.”\n", "en");
    var s = b.speaker("Ann Other");
    var whole = b.quote(a, s, "She", "said", 1, QuoteKind.DIRECT,
        "We will build roads and we will open schools in every town.");
    var first = b.quote(v, s, "She", "said", 1, QuoteKind.DIRECT, "We will build roads.");
    var second = b.quote(v, s, "she", "said", 1, QuoteKind.DIRECT, "We will open schools in every town.");
    b.align("g1", Relation.OVERLAP, 0.45, List.of(whole, first),
        b.marks(whole, "SAME We will build roads", "ONLY and we will open schools in every town."),
        b.marks(first, "SAME We will build roads."));
    b.align("g1", Relation.OVERLAP, 0.55, List.of(whole, second),
        b.marks(whole, "ONLY We will build roads and", "SAME we will open schools in every town."),
        b.marks(second, "SAME We will open schools in every town."));
    Path html = dir.resolve("stitched.html");
    new HtmlReportWriter().write(b.build(s), PdfReportWriterTest.OPTIONS, html);
    var doc = Jsoup.parse(Files.readString(html));
    assertThat(doc.select(".group")).hasSize(1);
    assertThat(doc.selectFirst(".group .links").text())
        .contains("Ledger (lead) ↔ Courier (lead): overlap, 45%", "overlap, 55%");
    assertThat(doc.select(".group table.wordings td").get(1).select(".wording")).hasSize(2);
    // each word of the stitched quotation is shared with one of the two: none is marked as only Ledger's
    // except the joining "and"
    assertThat(doc.select(".group .m-only")).extracting(e -> e.text().strip()).containsExactly("and");
  }

  @Test
  void engineWarningsAreListedForTheReader() throws Exception {
    Comparison base = HandBuilt.twoOutlets();
    Comparison c = new Comparison(base.documents(), base.speakers(), base.quotes(), base.scareQuotes(),
        base.alignments(), base.coverage(), base.focusSpeaker(),
        List.of(new Warning("d1", 42, "unbalanced quotation mark; bounded at the paragraph")));
    Path html = dir.resolve("w.html");
    new HtmlReportWriter().write(c, PdfReportWriterTest.OPTIONS, html);
    String text = Jsoup.parse(Files.readString(html)).text();
    assertThat(text).contains("Engine warnings: 1 (listed at the end)")
        .contains("Daily Ledger, character 42: unbalanced quotation mark; bounded at the paragraph");
  }
}
