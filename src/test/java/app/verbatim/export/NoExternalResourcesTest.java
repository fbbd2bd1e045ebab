package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoExternalResourcesTest {
  @TempDir
  Path dir;

  private static byte[] render(NoExternalResources guard, String html) throws Exception {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    guard.install(builder);
    builder.withHtmlContent(html, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    builder.toStream(out);
    builder.run();
    return out.toByteArray();
  }

  @Test
  void aFreshGuardHasRefusedNothing() {
    assertThat(new NoExternalResources().refused()).isEmpty();
  }

  @Test
  void openingAUrlIsRefusedWithASecurityExceptionAndRecorded() {
    NoExternalResources guard = new NoExternalResources();

    assertThatThrownBy(() -> guard.getUrl("https://harbour.example/logo.png"))
        .isInstanceOf(SecurityException.class)
        .hasMessage("Verbatim reports load no external resource: https://harbour.example/logo.png");
    assertThatThrownBy(() -> guard.getUrl("file:///tmp/ferry.css")).isInstanceOf(SecurityException.class);

    assertThat(guard.refused())
        .containsExactly("open https://harbour.example/logo.png", "open file:///tmp/ferry.css");
  }

  @Test
  void theRefusedListIsASnapshot() {
    NoExternalResources guard = new NoExternalResources();
    List<String> before = guard.refused();
    assertThatThrownBy(() -> guard.getUrl("http://quay.example/a")).isInstanceOf(SecurityException.class);

    assertThat(before).isEmpty();
    assertThat(guard.refused()).hasSize(1);
    assertThatThrownBy(() -> guard.refused().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRenderReachesNoServerAndRecordsEachAttempt() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      NoExternalResources guard = new NoExternalResources();
      byte[] pdf = render(guard, "<html><head><link rel=\"stylesheet\" href=\"" + base + "/style.css\"/></head><body>"
          + "<p>The ferry <img src=\"" + base + "/ferry.png\"/> sails at noon.</p></body></html>");

      assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(requests.get()).isZero();
      assertThat(guard.refused()).isNotEmpty();
      assertThat(String.join("\n", guard.refused())).contains("/ferry.png").contains("/style.css");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aRenderReadsNoLocalFile() throws Exception {
    Path image = dir.resolve("quay.png");
    Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path css = dir.resolve("quay.css");
    Files.writeString(css, "p { color: red }");
    NoExternalResources guard = new NoExternalResources();

    render(guard, "<html><head><link rel=\"stylesheet\" href=\"" + css.toUri() + "\"/></head><body>"
        + "<p>Quay <img src=\"" + image.toUri() + "\"/> closed.</p></body></html>");

    assertThat(String.join("\n", guard.refused())).contains("quay.png").contains("quay.css");
  }

  @Test
  void aPageWithNothingToLoadRecordsNothing() throws Exception {
    NoExternalResources guard = new NoExternalResources();

    byte[] pdf = render(guard, "<html><body><p>Only words about the lighthouse.</p></body></html>");

    assertThat(pdf.length).isGreaterThan(100);
    assertThat(guard.refused()).isEmpty();
  }
}
