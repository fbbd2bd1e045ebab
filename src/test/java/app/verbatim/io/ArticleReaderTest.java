package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir
  Path dir;
  private final ArticleReader reader = new ArticleReader();
  private static final String TEXT = "Headline\n\n“We will,” she said. Don’t.";

  @Test
  void utf8Utf16AndWindows1252WithSmartQuotes() throws Exception {
    Path utf8 = Files.writeString(dir.resolve("a.txt"), TEXT);
    byte[] bom16 = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    Path utf16 = Files.write(dir.resolve("b.txt"), bom16);
    Path cp1252 = Files.write(dir.resolve("c.txt"), TEXT.getBytes(Charset.forName("windows-1252")));
    Path crlf = Files.writeString(dir.resolve("d.txt"), TEXT.replace("\n", "\r\n"));
    for (Path p : List.of(utf8, utf16, cp1252, crlf)) {
      assertThat(reader.read(p, null).text()).as(p.toString()).isEqualTo(TEXT);
    }
  }

  @Test
  void outletFromMetadataElseLabelElseFileName() throws Exception {
    Path txt = Files.writeString(dir.resolve("nbc-news.txt"), TEXT);
    assertThat(reader.read(txt, null).outlet()).isEqualTo("nbc-news");
    assertThat(reader.read(txt, "NBC News").outlet()).isEqualTo("NBC News");
    Path json = Files.writeString(dir.resolve("x.json"), new ArticleJson().write(
        new Article("TASS", "T", "2018-09-29", "en", null, TEXT)));
    Article a = reader.read(json, null);
    assertThat(a.outlet()).isEqualTo("TASS");
    assertThat(a.date()).isEqualTo("2018-09-29");
    assertThat(a.text()).isEqualTo(TEXT);
  }

  @Test
  void savedWebPageGivesHeadlineAndTextWithoutScripts() throws Exception {
    String html = "<!DOCTYPE html><html lang='en'><head><title>Page</title>"
        + "<meta property='og:site_name' content='The Courier'><script>alert('x')</script></head>"
        + "<body><nav><p>All news</p></nav><article><h1>Minister speaks</h1>"
        + "<p>“We will win,” she said.</p><p>Second paragraph.</p></article><footer>© 2024</footer></body></html>";
    Article a = reader.read(Files.writeString(dir.resolve("p.html"), html), null);
    assertThat(a.outlet()).isEqualTo("The Courier");
    assertThat(a.title()).isEqualTo("Minister speaks");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text()).startsWith("Minister speaks\n\n“We will win,” she said.\n\nSecond paragraph.")
        .doesNotContain("alert").doesNotContain("All news").doesNotContain("© 2024");
  }

  @Test
  void badFilesGiveOneLineMessages() throws Exception {
    Path empty = Files.writeString(dir.resolve("e.txt"), "  \n ");
    Path bin = Files.write(dir.resolve("b.txt"), new byte[] {1, 2, 0, 4});
    Path badJson = Files.writeString(dir.resolve("j.json"), "{\"text\": ");
    Path noText = Files.writeString(dir.resolve("k.json"), "{\"outlet\": \"X\"}");
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt"), null)).hasMessageContaining("no such file");
    assertThatThrownBy(() -> reader.read(dir, null)).hasMessageContaining("directory");
    assertThatThrownBy(() -> reader.read(empty, null)).hasMessageContaining("empty");
    assertThatThrownBy(() -> reader.read(bin, null)).hasMessageContaining("binary");
    assertThatThrownBy(() -> reader.read(badJson, null)).hasMessageContaining("not a valid article file")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> reader.read(noText, null)).hasMessageContaining("no \"text\"");
  }

  @Test
  void bundledArticlesKeepTheSeedTextExactly() throws Exception {
    List<Article> bundled = DefaultArticles.load();
    assertThat(bundled).extracting(Article::outlet).containsExactly("NBC News", "TASS");
    assertThat(bundled).allMatch(a -> "2018-09-29".equals(a.date()) && "en".equals(a.language()));
    for (int i = 0; i < 2; i++) {
      String seed = new String(getClass().getResourceAsStream("/fixtures/seeds/"
          + (i == 0 ? "nbc-news.txt" : "tass.txt")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(sha(bundled.get(i).text())).isEqualTo(sha(seed));
    }
  }

  @Test
  void atomicWriteNeverLeavesAPartialFile() throws Exception {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    AtomicFile.write(target, "new");
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/out.json"), "x")).hasMessageContaining("does not exist");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  private static String sha(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
