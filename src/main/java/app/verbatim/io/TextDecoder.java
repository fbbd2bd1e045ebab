package app.verbatim.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into text, deciding the encoding the way a careful person would:
 *
 * <ol>
 *   <li>a byte-order mark names the encoding (UTF-8, UTF-16LE/BE, UTF-32LE/BE) and is removed;
 *   <li>UTF-16 without a mark is recognised by its zero bytes (English text saved as "Unicode");
 *   <li>bytes that look binary are refused;
 *   <li>bytes that are valid UTF-8 are UTF-8 (stray legacy bytes are almost never valid UTF-8);
 *   <li>otherwise Windows-1252, the usual legacy encoding of English and Western European text, in which
 *       0x93/0x94 and 0x91/0x92 are curly quotes — unless the text is largely non-ASCII and
 *       juniversalchardet recognises another encoding (Cyrillic, Greek, CJK …).
 * </ol>
 *
 * Every decoding is strict: bytes that do not fit the chosen encoding are an error, never silently
 * replaced. Line endings are normalised to \n; nothing else in the text is changed. Stateless.
 */
public final class TextDecoder {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** juniversalchardet's names for encodings that Windows-1252 covers or extends. */
  private static final Set<String> WESTERN = Set.of("WINDOWS-1252", "ISO-8859-1", "ISO-8859-15", "US-ASCII");

  /** Below this share of non-ASCII bytes, text is mostly English-like and chardet's guesses are unreliable. */
  private static final double NON_ASCII_SHARE_FOR_GUESS = 0.15;

  /**
   * Decodes a whole file.
   *
   * @param source names the file in error messages
   * @throws ArticleReadException when the bytes are binary or fit no encoding
   */
  public DecodedText decode(byte[] bytes, String source) throws ArticleReadException {
    return decode(bytes, source, null);
  }

  /**
   * Decodes a file that declares its own encoding (a web page's {@code <meta charset>}). The
   * declaration is believed only for bytes that are neither marked nor valid UTF-8: pages re-saved as
   * UTF-8 often keep their old declaration.
   */
  DecodedText decode(byte[] bytes, String source, Charset declared) throws ArticleReadException {
    DecodedText withBom = decodeByByteOrderMark(bytes, source);
    if (withBom != null) {
      return checkedText(withBom, source);
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      String text = strictOrNull(bytes, 0, utf16);
      if (text != null && BinarySniffer.whyNotText(text) == null) {
        return finish(text, utf16);
      }
    }
    String binary = BinarySniffer.whyNotText(bytes);
    if (binary != null) {
      throw new ArticleReadException(source, binary);
    }
    String utf8 = strictOrNull(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return finish(utf8, StandardCharsets.UTF_8);
    }
    if (declared != null) {
      String text = strictOrNull(bytes, 0, declared);
      if (text != null) {
        return finish(text, declared);
      }
    }
    DecodedText mixed = MixedUtf8.decode(bytes, source);
    if (mixed != null) {
      return mixed;
    }
    DecodedText legacy = decodeLegacy(bytes, source);
    return new DecodedText(legacy.text(), legacy.charset(), source + " is not UTF-8; it was read as "
        + legacy.charset().name() + " (a guess from its bytes: check accented letters and quotation marks)");
  }

  /** Replaces \r\n and lone \r with \n. */
  public static String normalizeLineEndings(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static DecodedText decodeByByteOrderMark(byte[] b, String source) throws ArticleReadException {
    // UTF-32LE's mark begins with UTF-16LE's, so it is tried first.
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return strictWithMark(b, 4, UTF_32BE, source);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return strictWithMark(b, 4, UTF_32LE, source);
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return strictWithMark(b, 3, StandardCharsets.UTF_8, source);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return strictWithMark(b, 2, StandardCharsets.UTF_16BE, source);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return strictWithMark(b, 2, StandardCharsets.UTF_16LE, source);
    }
    return null;
  }

  private static DecodedText strictWithMark(byte[] b, int markLength, Charset cs, String source)
      throws ArticleReadException {
    try {
      return finish(strict(b, markLength, cs), cs);
    } catch (CharacterCodingException e) {
      throw new ArticleReadException(source, "the file starts with a " + cs.name()
          + " byte-order mark but is not valid " + cs.name() + " text" + at(e));
    }
  }

  /**
   * English (or any Latin-script) text in UTF-16 has a zero byte in every other position: the high
   * byte of each character. Binary data rarely has that shape, and is caught afterwards anyway.
   */
  private static Charset utf16WithoutMark(byte[] b) {
    int n = Math.min(b.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int zerosEven = 0;
    int zerosOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        zerosEven++;
      }
      if (b[i + 1] == 0) {
        zerosOdd++;
      }
    }
    int pairs = n / 2;
    if (zerosEven >= pairs * 0.6 && zerosOdd == 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (zerosOdd >= pairs * 0.6 && zerosEven == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static DecodedText decodeLegacy(byte[] bytes, String source) throws ArticleReadException {
    Charset guess = detectedCharset(bytes);
    boolean trustGuess = guess != null && nonAsciiShare(bytes) >= NON_ASCII_SHARE_FOR_GUESS;
    if (trustGuess) {
      String text = strictOrNull(bytes, 0, guess);
      if (text != null) {
        return finish(text, guess);
      }
    }
    try {
      return finish(strict(bytes, 0, WINDOWS_1252), WINDOWS_1252);
    } catch (CharacterCodingException notWindows1252) {
      if (guess != null && !trustGuess) {
        String text = strictOrNull(bytes, 0, guess);
        if (text != null) {
          return finish(text, guess);
        }
      }
      throw new ArticleReadException(source, "its text encoding could not be recognised: it is not valid"
          + " UTF-8, UTF-16 or Windows-1252" + at(notWindows1252, bytes));
    }
  }

  /** juniversalchardet's guess, when it names a supported encoding other than a Western one. */
  private static Charset detectedCharset(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null || WESTERN.contains(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException unsupported) {
      return null;
    }
  }

  private static double nonAsciiShare(byte[] bytes) {
    int high = 0;
    for (byte b : bytes) {
      if (b < 0) {
        high++;
      }
    }
    return bytes.length == 0 ? 0 : (double) high / bytes.length;
  }

  private static DecodedText checkedText(DecodedText decoded, String source) throws ArticleReadException {
    String binary = BinarySniffer.whyNotText(decoded.text());
    if (binary != null) {
      throw new ArticleReadException(source, binary);
    }
    return decoded;
  }

  static DecodedText finish(String text, Charset cs) {
    String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new DecodedText(normalizeLineEndings(withoutMark), cs);
  }

  private static String strictOrNull(byte[] bytes, int offset, Charset cs) {
    try {
      return strict(bytes, offset, cs);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      throw new PositionedCodingException(in.position(), e);
    }
  }

  /** Remembers where decoding failed, so the message can point at the byte. */
  private static final class PositionedCodingException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final int offset;

    PositionedCodingException(int offset, CharacterCodingException cause) {
      this.offset = offset;
      initCause(cause);
    }
  }

  private static String at(CharacterCodingException e) {
    return e instanceof PositionedCodingException p ? " (at byte " + p.offset + ")" : "";
  }

  private static String at(CharacterCodingException e, byte[] bytes) {
    if (e instanceof PositionedCodingException p && p.offset < bytes.length) {
      return String.format(Locale.ROOT, " (byte 0x%02X at offset %d)", bytes[p.offset] & 0xFF, p.offset);
    }
    return "";
  }

  private static boolean startsWith(byte[] b, int... prefix) {
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
}
