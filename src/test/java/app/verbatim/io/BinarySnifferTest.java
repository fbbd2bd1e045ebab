package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Files that are not article text, told by their first bytes or their control characters. */
class BinarySnifferTest {
  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "%PDF-1.7 rest       | a PDF document",
      "PK\u0003\u0004 rest | a ZIP archive (a .docx, .odt or .epub file is one)",
      "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1 | a legacy Microsoft Office document",
      "{\\rtf1 rest        | an RTF document",
      "bplist00 rest       | a Safari web archive",
      "\u0089PNG rest      | a PNG image",
      "\u00FF\u00D8\u00FF  | a JPEG image",
      "GIF89a              | a GIF image"})
  void aKnownFormatIsNamed(String start, String what) {
    assertThat(BinarySniffer.whyNotText(latin1(start))).isEqualTo("it is " + what + ", not article text");
  }

  @Test
  void aSignatureCountsOnlyAtTheStart() {
    assertThat(BinarySniffer.whyNotText(latin1("See %PDF- and GIF8 in the text."))).isNull();
    assertThat(BinarySniffer.whyNotText(latin1("%PD"))).isNull(); // shorter than the signature
  }

  @Test
  void oneNulByteMakesABinaryFile() {
    assertThat(BinarySniffer.whyNotText(latin1("words\u0000words")))
        .isEqualTo("it is a binary file (it contains NUL bytes), not article text");
  }

  @Test
  void aFewStrayControlsAreToleratedManyAreNot() {
    // a thousand bytes allow ten control characters
    String ten = "\u0001".repeat(10) + "a".repeat(990);
    String eleven = "\u0001".repeat(11) + "a".repeat(989);
    assertThat(BinarySniffer.whyNotText(latin1(ten))).isNull();
    assertThat(BinarySniffer.whyNotText(latin1(eleven)))
        .isEqualTo("it is a binary file (it contains many control characters), not article text");
    // in a short text, two
    assertThat(BinarySniffer.whyNotText(latin1("\u0001\u0002 short"))).isNull();
    assertThat(BinarySniffer.whyNotText(latin1("\u0001\u0002\u007F short"))).isNotNull();
  }

  @Test
  void tabsLineBreaksAndFormFeedsAreText() {
    assertThat(BinarySniffer.whyNotText(latin1("a\tb\nc\r\nd\fe\t\t\t\n\n\n"))).isNull();
    assertThat(BinarySniffer.whyNotText(new byte[0])).isNull();
  }

  @Test
  void decodedTextIsTestedForNulAndControlCharactersOnly() {
    assertThat(BinarySniffer.whyNotText("words\u0000words"))
        .isEqualTo("it is a binary file (it contains NUL characters), not article text");
    assertThat(BinarySniffer.whyNotText("\u0001\u0002\u0003 words"))
        .isEqualTo("it is a binary file (it contains many control characters), not article text");
    // signatures are for bytes: decoded text that starts like a PDF is text
    assertThat(BinarySniffer.whyNotText("%PDF- is a file type.")).isNull();
    assertThat(BinarySniffer.whyNotText("Café\tau lait\n")).isNull();
  }
}
