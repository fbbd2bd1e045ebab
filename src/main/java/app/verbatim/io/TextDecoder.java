package app.verbatim.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into text: a byte-order mark decides (UTF-8, UTF-16LE/BE); else
 * strict UTF-8; else the detector's guess among single-byte encodings, Windows-1252 by default (its
 * 0x93/0x94 are the curly quotes news text is full of). Line endings become \n; nothing else changes.
 */
public final class TextDecoder {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** Decodes, or throws with a one-line reason. */
  public String decode(byte[] bytes, String name) throws ArticleReadException {
    String text;
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(StandardCharsets.UTF_8, bytes, 3, name);
    } else if (starts(bytes, 0xFF, 0xFE)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 2, name);
    } else if (starts(bytes, 0xFE, 0xFF)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 2, name);
    } else {
      if (looksBinary(bytes)) {
        throw new ArticleReadException(name + ": looks like a binary file, not an article");
      }
      try {
        text = decodeStrict(StandardCharsets.UTF_8, bytes, 0);
      } catch (CharacterCodingException notUtf8) {
        text = strict(singleByteCharset(bytes), bytes, 0, name);
      }
    }
    if (text.indexOf('\0') >= 0) {
      throw new ArticleReadException(name + ": looks like a binary file, not an article");
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Charset singleByteCharset(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String guess = detector.getDetectedCharset();
    if (guess != null) {
      try {
        Charset cs = Charset.forName(guess);
        // the detector sometimes names ISO-8859-1 for cp1252 text; cp1252 is the superset
        if (!cs.equals(StandardCharsets.UTF_8) && !cs.name().startsWith("UTF")
            && !cs.equals(StandardCharsets.ISO_8859_1) && !cs.name().equalsIgnoreCase("US-ASCII")) {
          return cs;
        }
      } catch (IllegalArgumentException unknown) {
        // fall through to cp1252
      }
    }
    return CP1252;
  }

  private static String strict(Charset cs, byte[] bytes, int offset, String name) throws ArticleReadException {
    try {
      return decodeStrict(cs, bytes, offset);
    } catch (CharacterCodingException e) {
      throw new ArticleReadException(name + ": the bytes are not valid " + cs.displayName() + " text");
    }
  }

  private static String decodeStrict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes, or many control characters, in the first 8 KB mean this is not text. */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }
}
