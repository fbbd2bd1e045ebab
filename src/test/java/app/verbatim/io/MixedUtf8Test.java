package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 with a few stray Windows-1252 bytes: the UTF-8 kept, the strays read as Windows-1252, and said where. */
class MixedUtf8Test {
  /** The bytes of each piece: a String as UTF-8, an Integer as one raw byte. */
  private static byte[] bytes(Object... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : pieces) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }

  @Test
  void oneStrayCurlyQuoteIsReadAsWindows1252AndTheRestAsUtf8() {
    // "Café “open” " is 17 bytes of UTF-8; 0x93 is a left curly quote in Windows-1252
    DecodedText t = MixedUtf8.decode(bytes("Café “open” ", 0x93, "stray"), "notes.txt");
    assertThat(t.text()).isEqualTo("Café “open” “stray");
    assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(t.note()).isEqualTo("notes.txt is UTF-8 except for 1 byte that is not (the first, 0x93, at byte 17);"
        + " it was read as Windows-1252: check the text around it");
  }

  @Test
  void severalStraysAreCountedAndTheFirstIsNamed() {
    DecodedText t = MixedUtf8.decode(bytes("“a” ", 0x93, "b", 0x94, " é"), "f");
    assertThat(t.text()).isEqualTo("“a” “b” é");
    assertThat(t.note()).isEqualTo("f is UTF-8 except for 2 bytes that are not (the first, 0x93, at byte 8);"
        + " they were read as Windows-1252: check the text around them");
  }

  @Test
  void validUtf8AndPlainAsciiAreNotMixed() {
    assertThat(MixedUtf8.decode(bytes("Café “open”"), "f")).isNull();
    assertThat(MixedUtf8.decode(bytes("plain words"), "f")).isNull();
    assertThat(MixedUtf8.decode(new byte[0], "f")).isNull();
  }

  @Test
  void legacyTextWithNoUtf8SequenceIsNotMixed() {
    assertThat(MixedUtf8.decode(bytes("caf", 0xE9, " na", 0xEF, "ve"), "f")).isNull();
  }

  @Test
  void itTakesOneUtf8SequencePerTwoStrays() {
    assertThat(MixedUtf8.decode(bytes("é ", 0xE9, " ", 0xE8), "f")).isNotNull();
    assertThat(MixedUtf8.decode(bytes("é ", 0xE9, " ", 0xE8, " ", 0xE0), "f")).isNull();
  }

  @Test
  void illFormedSequencesAreStrays() {
    // an overlong form (C0 80), a surrogate (ED A0 80) and a sequence cut short at the end
    // (seven strays, so four good sequences are needed)
    DecodedText t = MixedUtf8.decode(bytes("é é é é ", 0xC0, 0x80, " ", 0xED, 0xA0, 0x80, " ", 0xE2, 0x80), "f");
    assertThat(t.note()).contains("7 bytes").contains("the first, 0xC0, at byte 12");
  }

  @Test
  void aByteWindows1252LeavesUndefinedIsKeptAsItsCodePoint() {
    DecodedText t = MixedUtf8.decode(bytes("é ", 0x81), "f");
    assertThat(t.text()).isEqualTo("é \u0081");
  }

  @Test
  void theByteOrderMarkGoesAndLineEndingsBecomeNewlines() {
    DecodedText t = MixedUtf8.decode(bytes("\uFEFFone\r\ntwo ", 0x93, "x\rthree"), "f");
    assertThat(t.text()).isEqualTo("one\ntwo “x\nthree");
  }
}
