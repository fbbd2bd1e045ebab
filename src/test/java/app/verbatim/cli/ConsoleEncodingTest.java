package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Under an ASCII console (LANG=C) the console streams are replaced by UTF-8 ones; anything else is left
 * alone. The console's charset is what the JVM declares in sun.stdout.encoding / sun.stderr.encoding,
 * which these tests set and restore. (The replacement streams are never written to or closed here: they
 * write to the process's own file descriptors.)
 */
class ConsoleEncodingTest {
  private String out;
  private String err;

  @BeforeEach
  void remember() {
    out = System.getProperty("sun.stdout.encoding");
    err = System.getProperty("sun.stderr.encoding");
  }

  @AfterEach
  void restore() {
    set("sun.stdout.encoding", out);
    set("sun.stderr.encoding", err);
  }

  private static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void aStreamThatIsNotTheConsoleIsLeftAlone() {
    System.setProperty("sun.stdout.encoding", "US-ASCII");
    PrintStream mine = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.US_ASCII);
    assertThat(ConsoleEncoding.forConsole(mine)).isSameAs(mine);
  }

  @Test
  void aConsoleThatIsNotAsciiIsLeftAlone() {
    System.setProperty("sun.stdout.encoding", "UTF-8");
    System.setProperty("sun.stderr.encoding", "ISO-8859-1");
    assertThat(ConsoleEncoding.forConsole(System.out)).isSameAs(System.out);
    assertThat(ConsoleEncoding.forConsole(System.err)).isSameAs(System.err);
  }

  @Test
  void anAsciiConsoleGetsANewStream() {
    System.setProperty("sun.stdout.encoding", "US-ASCII");
    System.setProperty("sun.stderr.encoding", "US-ASCII");
    assertThat(ConsoleEncoding.forConsole(System.out)).isNotSameAs(System.out);
    assertThat(ConsoleEncoding.forConsole(System.err)).isNotSameAs(System.err);
  }

  @Test
  void eachStreamGoesByItsOwnDeclaration() {
    System.setProperty("sun.stdout.encoding", "UTF-8");
    System.setProperty("sun.stderr.encoding", "US-ASCII");
    assertThat(ConsoleEncoding.forConsole(System.out)).isSameAs(System.out);
    assertThat(ConsoleEncoding.forConsole(System.err)).isNotSameAs(System.err);
  }

  @Test
  void anUnknownDeclarationFallsBackToTheDefaultCharset() {
    System.setProperty("sun.stdout.encoding", "no-such-charset");
    boolean ascii = Charset.defaultCharset().equals(StandardCharsets.US_ASCII);
    assertThat(ConsoleEncoding.forConsole(System.out) == System.out).isEqualTo(!ascii);
  }
}
