package app.verbatim.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A UTF-8 file with a few bytes that are not UTF-8: text pasted together from two sources, or a
 * legacy editor that saved one curly quote as Windows-1252. Decoding the whole file as Windows-1252
 * turns every accent and curly quote of the UTF-8 part into mojibake ("â€œ"); instead the valid
 * UTF-8 is kept and only the stray bytes are read as Windows-1252, and the reader is told where.
 */
final class MixedUtf8 {
  /**
   * Valid multi-byte sequences needed per stray byte. A legacy text almost never holds one by chance
   * ("Ã©" or "â€œ" are mojibake, not prose), so a few prove UTF-8; a text with many strays and one
   * sequence is legacy text.
   */
  private static final double SEQUENCES_PER_STRAY = 0.5;

  private MixedUtf8() {}

  /** The repaired text with a note, or null when the bytes are not mostly UTF-8. */
  static DecodedText decode(byte[] bytes, String source) {
    StringBuilder out = new StringBuilder(bytes.length);
    int sequences = 0;
    int strays = 0;
    int firstStray = -1;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
        sequences++;
        i += length;
      } else {
        out.append(new String(bytes, i, 1, TextDecoder.WINDOWS_1252).replace('\uFFFD', (char) b));
        strays++;
        firstStray = firstStray < 0 ? i : firstStray;
        i++;
      }
    }
    if (strays == 0 || sequences == 0 || sequences < SEQUENCES_PER_STRAY * strays) {
      return null;
    }
    String note = String.format(Locale.ROOT, "%s is UTF-8 except for %d byte%s that %s not (the first, 0x%02X, at"
            + " byte %d); %s read as Windows-1252: check the text around %s",
        source, strays, strays == 1 ? "" : "s", strays == 1 ? "is" : "are", bytes[firstStray] & 0xFF, firstStray,
        strays == 1 ? "it was" : "they were", strays == 1 ? "it" : "them");
    DecodedText text = TextDecoder.finish(out.toString(), StandardCharsets.UTF_8);
    return new DecodedText(text.text(), text.charset(), note);
  }

  /** The length of a well-formed UTF-8 sequence starting at {@code i} (RFC 3629), or 0. */
  private static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    int length;
    int min2;
    int max2 = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      min2 = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      min2 = lead == 0xE0 ? 0xA0 : 0x80;
      max2 = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      min2 = lead == 0xF0 ? 0x90 : 0x80;
      max2 = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > b.length) {
      return 0;
    }
    int second = b[i + 1] & 0xFF;
    if (second < min2 || second > max2) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int c = b[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return length;
  }
}
