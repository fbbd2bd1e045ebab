package app.verbatim.io;

import java.nio.charset.StandardCharsets;

/**
 * Tells binary files from text before any decoding is tried, so that a PDF or a Word file gets a
 * message that says what it is instead of "undecodable bytes".
 */
final class BinarySniffer {
  private BinarySniffer() {}

  /** Files people are likely to try instead of a saved article, by their first bytes. */
  private record Signature(byte[] magic, String what) {
    Signature(String magic, String what) {
      this(magic.getBytes(StandardCharsets.ISO_8859_1), what);
    }

    boolean matches(byte[] bytes) {
      if (bytes.length < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if (bytes[i] != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Signature[] SIGNATURES = {
    new Signature("%PDF-", "a PDF document"),
    new Signature("PK\u0003\u0004", "a ZIP archive (a .docx, .odt or .epub file is one)"),
    new Signature("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "a legacy Microsoft Office document"),
    new Signature("{\\rtf", "an RTF document"),
    new Signature("bplist00", "a Safari web archive"),
    new Signature("\u0089PNG", "a PNG image"),
    new Signature("\u00FF\u00D8\u00FF", "a JPEG image"),
    new Signature("GIF8", "a GIF image"),
  };

  /** Why these bytes are not text, or null when they may well be text. */
  static String whyNotText(byte[] bytes) {
    for (Signature s : SIGNATURES) {
      if (s.matches(bytes)) {
        return "it is " + s.what() + ", not article text";
      }
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return "it is a binary file (it contains NUL bytes), not article text";
      }
      if (isStrayControl(b & 0xFF)) {
        controls++;
      }
    }
    if (tooManyControls(controls, bytes.length)) {
      return "it is a binary file (it contains many control characters), not article text";
    }
    return null;
  }

  /** The same test for text already decoded (UTF-16 and UTF-32 files contain NUL bytes legitimately). */
  static String whyNotText(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "it is a binary file (it contains NUL characters), not article text";
      }
      if (isStrayControl(c)) {
        controls++;
      }
    }
    return tooManyControls(controls, text.length())
        ? "it is a binary file (it contains many control characters), not article text"
        : null;
  }

  // Tab, line feed, form feed and carriage return belong in text; other C0 controls and DEL do not.
  private static boolean isStrayControl(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
  }

  // A stray control character or two happens in real articles; binary data has them everywhere.
  private static boolean tooManyControls(int controls, int length) {
    return controls > Math.max(2, length / 100);
  }
}
