package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole article file read into memory, or refused with a reason a reader understands. */
class FileBytesTest {
  @TempDir
  Path dir;

  private static String reason(Path file, long max) {
    try {
      FileBytes.read(file, max);
    } catch (ArticleReadException e) {
      assertThat(e.source()).isEqualTo(file.toString());
      return e.reason();
    }
    throw new AssertionError("read " + file);
  }

  @Test
  void aFileWithinTheLimitIsReadWhole() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"), "ten bytes!");
    assertThat(FileBytes.read(f, 10)).isEqualTo("ten bytes!".getBytes());
  }

  @Test
  void aFileOverTheLimitIsRefusedUnread() throws IOException {
    Path f = Files.write(dir.resolve("big.txt"), new byte[3 * 1024 * 1024 / 2]);
    assertThat(reason(f, 1024 * 1024)).isEqualTo("the file is too large (1.5 MB; the limit for an article is 1 MB)");
    assertThat(reason(Files.writeString(dir.resolve("b.txt"), "eleven byte"), 10)).startsWith("the file is too large");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    assertThat(reason(Files.createFile(dir.resolve("empty.txt")), 10)).isEqualTo("the file is empty");
  }

  @Test
  void aDirectoryOrAMissingFileIsRefused() {
    assertThat(reason(dir, 10)).isEqualTo("it is a directory, not an article file");
    assertThat(reason(dir.resolve("gone.txt"), 10)).isEqualTo("no such file");
  }

  @Test
  void aDeviceIsNotARegularFile() {
    Path devNull = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
    assertThat(reason(devNull, 10)).isEqualTo("not a regular file");
  }

  @Test
  void megabytesAreWholeOrToOneDecimal() {
    assertThat(FileBytes.megabytes(20L * 1024 * 1024)).isEqualTo("20 MB");
    assertThat(FileBytes.megabytes(0)).isEqualTo("0 MB");
    assertThat(FileBytes.megabytes(3L * 1024 * 1024 / 2)).isEqualTo("1.5 MB");
    assertThat(FileBytes.megabytes(512 * 1024)).isEqualTo("0.5 MB");
  }

  @Test
  void aSizeThatOneDecimalWouldRoundToTheLimitKeepsTwo() {
    // 20.04 MB would read "20.0 MB" against a 20 MB limit
    assertThat(FileBytes.megabytes(20L * 1024 * 1024 + 42_000)).isEqualTo("20.04 MB");
  }

  @Test
  void aSizeJustOverTheLimitNeverReadsAsTheLimit() {
    assertThat(FileBytes.megabytes(20L * 1024 * 1024 + 100)).isEqualTo("just over 20 MB");
  }
}
