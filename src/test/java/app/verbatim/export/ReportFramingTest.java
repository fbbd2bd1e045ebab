package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each linked passage in the report has a framing table: verb and its tone, how the speaker was named, where. */
class ReportFramingTest {
  @TempDir
  Path dir;

  @Test
  void eachPassageSaysHowEachOutletFramedIt() throws Exception {
    String quote = "We will not accept new targets while the old promises remain unpaid";
    var c = new VerbatimEngine().compare(List.of(
        new Article("Wire", null, null, "en", null, "Summit\n\nThe summit opened.\n\nMinister Ana Reyes said: \""
            + quote + ".\"\n"),
        new Article("Post", null, null, "en", null, "Summit\n\nThe summit opened.\n\nMinister Ana Reyes spoke. \""
            + quote + ",\" she claimed.\n")));
    Path out = dir.resolve("r.html");
    new HtmlReportWriter().write(c, PdfReportWriterTest.OPTIONS, out);
    var doc = Jsoup.parse(Files.readString(out));
    Element table = doc.selectFirst(".group table.framing");
    assertThat(table).isNotNull();
    assertThat(table.select("tbody tr")).hasSize(2);
    assertThat(table.select("tbody tr").get(0).text()).contains("Wire", "“said” · neutral", "name");
    assertThat(table.select("tbody tr").get(1).text()).contains("Post", "“claimed” · loaded", "“she” · pronoun");
    assertThat(table.select("td.tone-loaded")).hasSize(1);
  }
}
