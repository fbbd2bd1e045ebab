package app.verbatim.io;

import java.nio.charset.Charset;

/**
 * Text decoded from a file's bytes.
 *
 * @param text    the text, byte-order mark removed and line endings normalised to \n
 * @param charset the encoding it was decoded from (for a mixed file, the main one)
 * @param note    what the reader should know about the decoding when it was a guess or a repair
 *                (which encoding, where the doubtful bytes are); null when the bytes named or proved
 *                their encoding
 */
public record DecodedText(String text, Charset charset, String note) {
  public DecodedText(String text, Charset charset) {
    this(text, charset, null);
  }
}
