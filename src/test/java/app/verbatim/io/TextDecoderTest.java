package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();
  private static final String SAMPLE = "Ri said: “We will not disarm first.”\nIt’s the ‘sanctions’ — again.";

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void plainUtf8IsKeptExactly() throws Exception {
    String text = "  Leading spaces, trailing tab\t\nemoji 🇰🇵 and «guillemets» „low“ quotes\n\n";
    DecodedText decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf8WithAFewLegacyBytesKeepsItsUtf8AndSaysWhere() throws Exception {
    // "Café" and curly quotes in UTF-8, then one quotation saved by a legacy editor (0x93 … 0x94)
    byte[] b = concat("Café René: “We will not disarm first,” he said.\n".getBytes(StandardCharsets.UTF_8),
        bytes(0x93), "Never.".getBytes(StandardCharsets.UTF_8), bytes(0x94));
    DecodedText decoded = decoder.decode(b, "mixed.txt");
    assertThat(decoded.text()).isEqualTo("Café René: “We will not disarm first,” he said.\n“Never.”");
    assertThat(decoded.note()).contains("mixed.txt", "UTF-8", "2 bytes", "0x93", "Windows-1252");
  }

  @Test
  void aGuessedLegacyEncodingIsSaid() throws Exception {
    DecodedText decoded = decoder.decode(concat(bytes(0x93), "Never,".getBytes(StandardCharsets.US_ASCII),
        bytes(0x94), " he said.".getBytes(StandardCharsets.US_ASCII)), "old.txt");
    assertThat(decoded.text()).isEqualTo("“Never,” he said.");
    assertThat(decoded.note()).contains("old.txt", "not UTF-8", "windows-1252");
    assertThat(decoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8), "a.txt").note())
        .as("valid UTF-8 is no guess").isNull();
  }

  @Test
  void utf8ByteOrderMarkIsRemoved() throws Exception {
    byte[] b = concat(bytes(0xEF, 0xBB, 0xBF), SAMPLE.getBytes(StandardCharsets.UTF_8));
    DecodedText decoded = decoder.decode(b, "a.txt");
    assertThat(decoded.text()).isEqualTo(SAMPLE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf16LittleEndianWithMark() throws Exception {
    byte[] b = concat(bytes(0xFF, 0xFE), SAMPLE.getBytes(StandardCharsets.UTF_16LE));
    DecodedText decoded = decoder.decode(b, "a.txt");
    assertThat(decoded.text()).isEqualTo(SAMPLE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void utf16BigEndianWithMark() throws Exception {
    byte[] b = concat(bytes(0xFE, 0xFF), SAMPLE.getBytes(StandardCharsets.UTF_16BE));
    DecodedText decoded = decoder.decode(b, "a.txt");
    assertThat(decoded.text()).isEqualTo(SAMPLE);
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void utf16WithoutMarkIsRecognisedByItsZeroBytes() throws Exception {
    assertThat(decoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_16LE), "a.txt").text()).isEqualTo(SAMPLE);
    assertThat(decoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_16BE), "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void utf32WithMarkIsNotMistakenForUtf16() throws Exception {
    byte[] b = concat(bytes(0xFF, 0xFE, 0x00, 0x00), SAMPLE.getBytes(Charset.forName("UTF-32LE")));
    assertThat(decoder.decode(b, "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void windows1252SmartQuotesDecodeToCurlyQuotes() throws Exception {
    // He said “no.” It’s ‘fine’ – café
    byte[] b = concat("He said ".getBytes(StandardCharsets.US_ASCII), bytes(0x93), "no.".getBytes(StandardCharsets.US_ASCII),
        bytes(0x94), " It".getBytes(StandardCharsets.US_ASCII), bytes(0x92), "s ".getBytes(StandardCharsets.US_ASCII),
        bytes(0x91), "fine".getBytes(StandardCharsets.US_ASCII), bytes(0x92, 0x20, 0x96, 0x20),
        "caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9));
    DecodedText decoded = decoder.decode(b, "a.txt");
    assertThat(decoded.text()).isEqualTo("He said “no.” It’s ‘fine’ – café");
    assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
  }

  @Test
  void windows1252ArticleWithManyParagraphs() throws Exception {
    String text = ("The minister said the talks were “over”. Officials didn’t comment.\r\n\r\n").repeat(40);
    byte[] b = text.getBytes(TextDecoder.WINDOWS_1252);
    assertThat(decoder.decode(b, "a.txt").text()).isEqualTo(text.replace("\r\n", "\n"));
  }

  @Test
  void cyrillicLegacyTextIsRecognised() throws Exception {
    String text = "Министр иностранных дел заявил, что санкции углубляют недоверие. "
        + "«Без доверия к США не будет уверенности в нашей национальной безопасности», — сказал он.";
    DecodedText decoded = decoder.decode(text.getBytes(Charset.forName("windows-1251")), "ru.txt");
    assertThat(decoded.text()).isEqualTo(text);
  }

  @Test
  void lineEndingsAreNormalisedAndNothingElse() throws Exception {
    byte[] b = "one\r\ntwo\rthree\n\r\nfour  \t".getBytes(StandardCharsets.UTF_8);
    assertThat(decoder.decode(b, "a.txt").text()).isEqualTo("one\ntwo\nthree\n\nfour  \t");
  }

  @Test
  void bytesValidInNoEncodingAreRefusedWithTheOffendingByte() {
    byte[] b = concat("abc ".getBytes(StandardCharsets.US_ASCII), bytes(0x81, 0x8D), " def".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> decoder.decode(b, "odd.txt"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("odd.txt")
        .hasMessageContaining("0x81")
        .hasMessageContaining("offset 4");
  }

  @Test
  void invalidUtf16AfterAMarkIsRefused() {
    // a lone high surrogate
    byte[] b = concat(bytes(0xFF, 0xFE), "ab".getBytes(StandardCharsets.UTF_16LE), bytes(0x00, 0xD8), "c".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> decoder.decode(b, "bad16.txt"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("bad16.txt")
        .hasMessageContaining("UTF-16LE");
  }

  @Test
  void nulBytesMeanBinary() {
    byte[] b = concat("text".getBytes(StandardCharsets.US_ASCII), bytes(0, 1, 2, 0, 0x7F, 0x10), "more".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> decoder.decode(b, "blob.bin"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void manyControlCharactersMeanBinary() {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 26);
    }
    assertThatThrownBy(() -> decoder.decode(b, "ctl.dat")).hasMessageContaining("control characters");
  }

  @Test
  void aStrayControlCharacterIsTolerated() throws Exception {
    String text = "A long enough paragraph of ordinary article text with one stray \u0007 bell in it.";
    assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(text);
  }

  @Test
  void knownDocumentFormatsAreNamed() {
    assertThatThrownBy(() -> decoder.decode("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "r.pdf"))
        .hasMessageContaining("PDF document");
    assertThatThrownBy(() -> decoder.decode(bytes('P', 'K', 3, 4, 20, 0, 6, 0), "a.docx"))
        .hasMessageContaining("ZIP archive");
  }
}
