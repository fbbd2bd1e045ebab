package app.verbatim.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Java 17 writes System.out in the locale's charset; under the bare POSIX locale (LANG=C, common in
 * containers and cron) that is ASCII and every curly quote and accented name prints as '?'. As Python
 * does for the C locale (PEP 538), treat ASCII as UTF-8. Any other charset is left as the system set it.
 */
final class ConsoleEncoding {
  private ConsoleEncoding() {}

  static PrintStream forConsole(PrintStream stream) {
    boolean isOut = stream == System.out;
    if (!isOut && stream != System.err) {
      return stream;
    }
    String declared = System.getProperty(isOut ? "sun.stdout.encoding" : "sun.stderr.encoding");
    Charset charset = declared == null || !Charset.isSupported(declared) ? Charset.defaultCharset() : Charset.forName(declared);
    if (!charset.equals(StandardCharsets.US_ASCII)) {
      return stream;
    }
    stream.flush();
    FileOutputStream fd = new FileOutputStream(isOut ? FileDescriptor.out : FileDescriptor.err);
    return isOut
        ? new PrintStream(new BufferedOutputStream(fd, 1 << 16), false, StandardCharsets.UTF_8)
        : new PrintStream(fd, true, StandardCharsets.UTF_8);
  }
}
