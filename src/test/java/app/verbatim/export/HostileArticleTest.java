package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article text is data. Markup, entities, a DOCTYPE with an external entity and links to a live local
 * server must come out as the characters they are, and the renderer must not contact the server or
 * read the local file.
 */
class HostileArticleTest {
  @TempDir
  Path dir;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;
  private Path secret;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "body { color: red }".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENTS");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private List<String> hostileLines() {
    return List.of(
        "<img src=\"" + base + "/pixel.png\">",
        "<script>alert('x')</script>",
        "&amp; &nbsp; &xxe; &#60;b&#62;",
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://" + secret + "\">]>",
        "<link rel=\"stylesheet\" href=\"" + base + "/style.css\">",
        "<style>@import url(" + base + "/import.css);</style>",
        "<object data=\"file://" + secret + "\"></object>",
        "]]> <![CDATA[ x ]]> <?xml-stylesheet href=\"" + base + "/x.xsl\"?>");
  }

  private Comparison hostileComparison() {
    String lines = String.join("\n\n", hostileLines());
    String quoted = "“We reject <script>alert('x')</script> and <img src=\"" + base + "/q.png\"> &xxe; today,” the envoy said.";
    Article a = new Article("<b onmouseover=\"alert(1)\">Evil Outlet</b>", "<!DOCTYPE x> Headline <iframe src=\""
        + base + "/frame\">", "2024-01-01", "en", base + "/source?<x>", "Headline\n\n" + quoted + "\n\n" + lines + "\n");
    Article b = new Article("Plain & Simple", "Second", "2024-01-01", "en", "file://" + secret,
        "Second\n\n" + quoted + "\n\n" + lines + "\n");
    return new VerbatimEngine().compare(List.of(a, b));
  }

  @Test
  void pdfShowsMarkupAsTextAndLoadsNothing() throws Exception {
    Comparison c = hostileComparison();
    assertThat(c.quotes()).isNotEmpty();
    Path out = dir.resolve("hostile.pdf");
    PdfReportWriter writer = new PdfReportWriter(new ReportFonts(List.of()));
    writer.write(c, PdfReportWriterTest.OPTIONS.withAppendix(true), out);
    PdfReading pdf = new PdfReading(out);
    for (String line : hostileLines()) {
      assertThat(pdf.flat).contains(PdfReading.flatten(line));
    }
    assertThat(pdf.flat).contains("<b onmouseover=\"alert(1)\">Evil Outlet</b>").contains("Plain & Simple")
        .contains("<script>alert('x')</script>").doesNotContain("TOP-SECRET-CONTENTS");
    assertThat(requests).hasValue(0);
    assertThat(writer.refusedLoads()).isEmpty();
  }

  @Test
  void htmlShowsMarkupAsTextAndHasNoActiveElement() throws Exception {
    Comparison c = hostileComparison();
    Path out = dir.resolve("hostile.html");
    new HtmlReportWriter().write(c, PdfReportWriterTest.OPTIONS.withAppendix(true), out);
    String html = Files.readString(out);
    var doc = Jsoup.parse(html);
    assertThat(doc.select("script, img, iframe, object, embed, link, base, meta[http-equiv], form, svg, video, audio"))
        .isEmpty();
    assertThat(doc.select("[onmouseover], [onerror], [onload]")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.selectFirst("style").data()).doesNotContain("url(").doesNotContain("@import");
    for (String line : hostileLines()) {
      assertThat(PdfReading.flatten(doc.body().text())).contains(PdfReading.flatten(line));
    }
    assertThat(html).doesNotContain("TOP-SECRET-CONTENTS");
    assertThat(requests).hasValue(0);
  }
}
