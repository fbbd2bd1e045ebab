package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader();

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private Path write(String name, String text) throws Exception {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every failure: an ArticleReadException whose message is one line naming the file. */
  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file) {
    return assertThatThrownBy(() -> reader.read(file, null))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("Cannot read " + file + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"))
        .satisfies(e -> assertThat(((ArticleReadException) e).source()).isEqualTo(file.toString()));
  }

  // --- bad input -------------------------------------------------------------------------------

  @Test
  void missingFile() {
    assertRefused(dir.resolve("nope.txt")).hasMessageEndingWith("no such file");
  }

  @Test
  void directory() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("articles"));
    assertRefused(sub).hasMessageContaining("is a directory");
  }

  @Test
  void emptyFile() throws Exception {
    assertRefused(write("empty.txt", new byte[0])).hasMessageContaining("the file is empty");
  }

  @Test
  void whitespaceOnlyFile() throws Exception {
    assertRefused(write("blank.txt", " \n\t\r\n  ")).hasMessageContaining("only whitespace");
    assertRefused(write("blank.json", "\n\n")).hasMessageContaining("only whitespace");
    assertRefused(write("blank16.txt", "   ".getBytes(StandardCharsets.UTF_16))).hasMessageContaining("only whitespace");
  }

  @Test
  void binaryFile() throws Exception {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    assertRefused(write("blob.txt", bytes)).hasMessageContaining("binary file");
  }

  @Test
  void documentFormatsAreNamed() throws Exception {
    assertRefused(write("report.pdf", "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("PDF document");
  }

  @Test
  void fileOverTheSizeLimit() throws Exception {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(ArticleReader.MAX_BYTES + 1); // sparse: costs no disk
    }
    assertRefused(big).hasMessageContaining("too large").hasMessageContaining("the limit for an article is 20 MB");
    Path slightly = dir.resolve("slightly.txt");
    try (RandomAccessFile f = new RandomAccessFile(slightly.toFile(), "rw")) {
      f.setLength(21_000_000); // 20.03 MB: "20.0 MB" would read as within the limit
    }
    assertRefused(slightly).hasMessageContaining("(20.03 MB;");
  }

  @Test
  void sizeLimitIsConfigurable() throws Exception {
    Path file = write("a.txt", "x".repeat(2048));
    assertThatThrownBy(() -> new ArticleReader(1024).read(file, null)).hasMessageContaining("limit");
    assertThat(new ArticleReader(4096).read(file, null).text()).hasSize(2048);
  }

  @Test
  void undecodableBytes() throws Exception {
    byte[] bytes = "An article with a stray \u0081 byte".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(write("odd.txt", bytes)).hasMessageContaining("encoding could not be recognised");
  }

  @Test
  void corruptJson() throws Exception {
    assertRefused(write("corrupt.json", "{\"format\": \"verbatim-article/1\", \"outlet\": \"O\", \"text\": "))
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void jsonMissingRequiredField() throws Exception {
    assertRefused(write("notext.json", "{\"format\": \"verbatim-article/1\", \"outlet\": \"O\"}"))
        .hasMessageContaining("\"text\" field is missing");
  }

  @Test
  void webArchive() throws Exception {
    assertRefused(write("page.mhtml", "From: <Saved by Blink>\nMIME-Version: 1.0\n")).hasMessageContaining("MHTML");
    assertRefused(write("page.txt", "From: <Saved by Blink>\nContent-Type: multipart/related;\n"))
        .hasMessageContaining("MHTML");
  }

  @Test
  void webPageWithoutText() throws Exception {
    assertRefused(write("empty.html", "<html><body><script>render()</script></body></html>"))
        .hasMessageContaining("no article text");
  }

  @Test
  void hostileInputNeverEscapesAsARawException() throws Exception {
    String deep = "<div>".repeat(20_000) + "<p>deep</p>";
    Article a = reader.read(write("deep.html", deep), null);
    assertThat(a.text()).contains("deep");
    String quotes = "\"".repeat(10_000) + "{[<";
    assertThat(reader.read(write("quotes.txt", quotes), null).text()).isEqualTo(quotes);
  }

  // --- forms -----------------------------------------------------------------------------------

  @Test
  void plainTextIsKeptExactlyWithItsPathAsSource() throws Exception {
    String text = "Headline\n\n\"Quote,\" he said.  \nLast line without newline";
    Path file = write("story.txt", text);
    Article a = reader.read(file, null);
    assertThat(a).isEqualTo(new Article("story", null, null, null, file.toAbsolutePath().toString(), text));
  }

  @Test
  void everyEncodingGivesTheSameText() throws Exception {
    String text = "Headline\n\n“We will,” she said. Don’t.";
    Path utf8 = write("a.txt", text);
    Path utf16 = write("b.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    Path cp1252 = write("c.txt", text.getBytes(TextDecoder.WINDOWS_1252));
    Path crlf = write("d.txt", text.replace("\n", "\r\n"));
    for (Path p : java.util.List.of(utf8, utf16, cp1252, crlf)) {
      assertThat(reader.read(p, null).text()).as(p.toString()).isEqualTo(text);
    }
  }

  @Test
  void savedWebPageGivesHeadlineAndTextWithoutScripts() throws Exception {
    String html = "<!DOCTYPE html><html lang='en'><head><title>Page</title>"
        + "<meta property='og:site_name' content='The Courier'><script>alert('x')</script></head>"
        + "<body><nav><p>All news</p></nav><article><h1>Minister speaks</h1>"
        + "<p>“We will win,” she said.</p><p>Second paragraph.</p></article><footer>© 2024</footer></body></html>";
    Article a = reader.read(write("p.html", html), null);
    assertThat(a.outlet()).isEqualTo("The Courier");
    assertThat(a.title()).isEqualTo("Minister speaks");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text()).isEqualTo("Minister speaks\n\n“We will win,” she said.\n\nSecond paragraph.");
  }

  @Test
  void windows1252FileWithSmartQuotes() throws Exception {
    byte[] bytes = "\u201cWe will not disarm,\u201d Ri said.\r\nIt\u2019s \u2018final\u2019.".getBytes(TextDecoder.WINDOWS_1252);
    assertThat(bytes).contains((byte) 0x93, (byte) 0x94, (byte) 0x91, (byte) 0x92);
    assertThat(reader.read(write("legacy.txt", bytes), null).text())
        .isEqualTo("“We will not disarm,” Ri said.\nIt’s ‘final’.");
  }

  @Test
  void htmlContentIsRecognisedWhateverTheExtension() throws Exception {
    Path file = write("saved", "\n<!DOCTYPE html><html><head><meta property='og:site_name' content='Herald'></head>"
        + "<body><p>Story text here.</p></body></html>");
    Article a = reader.read(file, null);
    assertThat(a.outlet()).isEqualTo("Herald");
    assertThat(a.text()).isEqualTo("Story text here.");
  }

  @Test
  void articleJsonIsRecognisedWhateverTheExtension() throws Exception {
    Path file = write("article.txt", "{\"format\": \"verbatim-article/1\", \"outlet\": \"Herald\", \"text\": \"T\"}");
    assertThat(reader.read(file, null).outlet()).isEqualTo("Herald");
  }

  @Test
  void jsonArticleKeepsItsOwnSourceOrGetsThePath() throws Exception {
    Path with = write("with.json", "{\"format\":\"verbatim-article/1\",\"outlet\":\"O\",\"source\":\"https://x.example/a\",\"text\":\"T\"}");
    Path without = write("without.json", "{\"format\":\"verbatim-article/1\",\"outlet\":\"O\",\"text\":\"T\"}");
    assertThat(reader.read(with, null).source()).isEqualTo("https://x.example/a");
    assertThat(reader.read(without, null).source()).isEqualTo(without.toAbsolutePath().toString());
  }

  @Test
  void utf16JsonFileIsRead() throws Exception {
    String json = "{\"format\":\"verbatim-article/1\",\"outlet\":\"ТАСС\",\"text\":\"“Текст”\"}";
    Path file = write("ru.json", json.getBytes(StandardCharsets.UTF_16)); // with a byte-order mark
    Article a = reader.read(file, null);
    assertThat(a.outlet()).isEqualTo("ТАСС");
    assertThat(a.text()).isEqualTo("“Текст”");
  }

  // --- outlet precedence: metadata, then label, then file name ---------------------------------

  @Test
  void fileNameGivesTheOutletWhenNothingElseDoes() throws Exception {
    assertThat(reader.read(write("nbc-news.txt", "Text."), null).outlet()).isEqualTo("nbc-news");
    assertThat(reader.read(write("the_guardian.txt", "Text."), " ").outlet()).isEqualTo("the guardian");
    assertThat(reader.read(write("report.2018.txt", "Text."), null).outlet()).isEqualTo("report.2018");
    assertThat(reader.read(write("README", "Text."), null).outlet()).isEqualTo("README");
  }

  @Test
  void labelBeatsTheFileName() throws Exception {
    assertThat(reader.read(write("nbc-news.txt", "Text."), "  NBC   News ").outlet()).isEqualTo("NBC News");
    Path page = write("page.html", "<html><body><p>Story text.</p></body></html>");
    assertThat(reader.read(page, "Herald").outlet()).isEqualTo("Herald");
    assertThat(reader.read(page, null).outlet()).isEqualTo("page");
  }

  @Test
  void metadataBeatsTheLabel() throws Exception {
    Path page = write("page.html", "<html><head><meta property='og:site_name' content='The Herald'></head>"
        + "<body><p>Story text.</p></body></html>");
    assertThat(reader.read(page, "Label").outlet()).isEqualTo("The Herald");
    Path json = write("a.json", "{\"format\":\"verbatim-article/1\",\"outlet\":\"Json Outlet\",\"text\":\"T\"}");
    assertThat(reader.read(json, "Label").outlet()).isEqualTo("Json Outlet");
  }

  @Test
  void articleFileWithoutAnOutletTakesTheLabelElseTheFileName() throws Exception {
    Path json = write("tass-2018.json", "{\"format\":\"verbatim-article/1\",\"text\":\"T\"}");
    assertThat(reader.read(json, "TASS").outlet()).isEqualTo("TASS");
    assertThat(reader.read(json, null).outlet()).isEqualTo("tass-2018");
  }

  @Test
  void writtenArticleFileReadsBackUnchanged() throws Exception {
    Article original = new Article("TASS", "T", "2018-09-29", "en", "https://tass.example/1", "Headline\n\n“We will,” she said.");
    Path json = dir.resolve("x.json");
    new ArticleJson().write(original, json);
    assertThat(reader.read(json, "ignored label")).isEqualTo(original);
  }

  @Test
  void outletFromFileNameHandlesOddNames() {
    assertThat(ArticleReader.outletFromFileName(Path.of("/tmp/x/nbc-news.txt"))).isEqualTo("nbc-news");
    assertThat(ArticleReader.outletFromFileName(Path.of(".txt"))).isEqualTo(".txt");
    assertThat(ArticleReader.outletFromFileName(Path.of("___.txt"))).isEqualTo("___.txt");
  }

  // --- pasted text -----------------------------------------------------------------------------

  @Test
  void pastedText() throws Exception {
    Article a = reader.fromText("\uFEFFLine one\r\nLine two ", " Herald ", " Headline ");
    assertThat(a).isEqualTo(new Article("Herald", "Headline", null, null, null, "Line one\nLine two "));
  }

  @Test
  void pastedTextWithoutOutletOrTitle() throws Exception {
    Article a = reader.fromText("Text", null, "  ");
    assertThat(a.outlet()).isEqualTo(ArticleReader.PASTED_OUTLET);
    assertThat(a.title()).isNull();
  }

  @Test
  void emptyPasteIsRefused() {
    assertThatThrownBy(() -> reader.fromText(" \n ", "O", null))
        .isInstanceOf(ArticleReadException.class)
        .hasMessage("Cannot read the pasted text: it is empty");
    assertThatThrownBy(() -> reader.fromText(null, "O", null)).isInstanceOf(ArticleReadException.class);
  }
}
