package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {
  @TempDir
  Path dir;

  private org.jsoup.nodes.Document write(Comparison c, ReportOptions options) throws Exception {
    Path out = dir.resolve("r.html");
    new HtmlReportWriter().write(c, options, out);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>");
    return Jsoup.parse(html);
  }

  @Test
  void oneCorrectionIsCountedInTheSingular() throws Exception {
    Comparison c = HandBuilt.twoOutlets();
    Path out = dir.resolve("one.html");
    ReportAnnotations one = new ReportAnnotations(List.of(new ReportAnnotations.CorrectionEntry(c.quotes().get(0).id(),
        "speaker", null, "Someone Else")), List.of());
    new HtmlReportWriter().write(c, PdfReportWriterTest.OPTIONS, one, out, app.verbatim.engine.ProgressListener.NONE);
    String text = Jsoup.parse(Files.readString(out)).body().text();
    assertThat(text).contains("1 analyst correction is applied").doesNotContain("correction(s)");
  }

  @Test
  void isSelfContained() throws Exception {
    var doc = write(HandBuilt.twoOutlets(), PdfReportWriterTest.OPTIONS.withAppendix(true));
    for (Element e : doc.getAllElements()) {
      assertThat(e.hasAttr("src")).as(e.tagName()).isFalse();
      assertThat(e.hasAttr("href")).as(e.tagName()).isFalse();
    }
    assertThat(doc.select("script, link, img, iframe, object")).isEmpty();
    String css = doc.select("style").html();
    assertThat(css).doesNotContain("url(").doesNotContain("@import");
    assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("UTF-8");
  }

  @Test
  void carriesTheSameReportAsThePdf() throws Exception {
    Comparison c = HandBuilt.twoOutlets();
    var doc = write(c, PdfReportWriterTest.OPTIONS.withAppendix(true));
    String text = PdfReading.flatten(doc.body().text());
    for (Document d : c.documents()) {
      assertThat(text).contains(d.outlet()).contains(d.sha256());
    }
    for (Quote q : c.quotes()) {
      for (String w : q.text().split("\\s+")) {
        assertThat(text).contains(w);
      }
    }
    assertThat(doc.select(".groups .m-only")).extracting(Element::text).contains("Our growers deserve better.", "a", "any");
    assertThat(doc.select(".groups .m-variant")).extracting(Element::text).contains("honour", "honor");
    assertThat(doc.select(".groups .m-editorial")).extracting(Element::text).containsExactly("[to Valdoria]");
    assertThat(doc.select(".groups .gap")).extracting(Element::text).contains("Marček said.");
    assertThat(text).contains("Appendix: the full texts", "Generated 2024-03-06 09:30");
    // the HTML file has no page furniture of the PDF
    assertThat(doc.select(".running-header")).isEmpty();
  }

  @Test
  void eachWordingSaysWhyItHasItsSpeaker() throws Exception {
    Comparison c = HandBuilt.twoOutlets();
    c = HandBuilt.withEvidence(c, "q1", new Evidence("cue-after", "Marček said", HandBuilt.at(c, "d1", "Marček said"),
        null, null));
    c = HandBuilt.withEvidence(c, "q5", new Evidence("role", "The minister said", HandBuilt.at(c, "d2", "The minister said"),
        HandBuilt.at(c, "d2", "Zoë Marček"), null));
    var doc = write(c, PdfReportWriterTest.OPTIONS);
    var metas = doc.select(".groups .meta").eachText();
    assertThat(metas).anyMatch(m -> m.contains("named as “Marček” · rule: cue after the quotation, “Marček said” ¶2"));
    assertThat(metas).anyMatch(m -> m.contains(
        "named as “The minister” · rule: role refers back, “The minister said” ¶2; “The minister” → Zoë Marček, named ¶1"));
    // no rule recorded: the line says nothing it does not know
    assertThat(metas).noneMatch(m -> m.contains("rule: none") || m.contains("not recorded"));
  }

  @Test
  void marksAreNotColourAlone() throws Exception {
    var doc = write(HandBuilt.twoOutlets(), PdfReportWriterTest.OPTIONS);
    String css = doc.select("style").html();
    assertThat(css).containsPattern("\\.m-only \\{[^}]*text-decoration: underline")
        .containsPattern("\\.m-only \\{[^}]*font-weight: bold")
        .containsPattern("\\.m-variant \\{[^}]*dashed")
        .containsPattern("\\.m-editorial \\{[^}]*border: [^;]*solid");
  }
}
