package app.verbatim.io;

import java.nio.charset.Charset;

/**
 * Text decoded from a file's bytes.
 *
 * @param text    the text, byte-order mark removed and line endings normalised to \n
 * @param charset the encoding it was decoded from
 */
public record DecodedText(String text, Charset charset) {}
