package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  @Test
  void atomicWriteNeverLeavesAPartialFile() throws Exception {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    AtomicFile.write(target, "new");
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/out.json"), "x")).hasMessageContaining("does not exist");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    assertThatThrownBy(() -> AtomicFile.write(target, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
    AtomicFile.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void aFifoIsRefusedAndLeftAsItWas() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is not available here");
    assertThatThrownBy(() -> AtomicFile.write(fifo, "x"))
        .isInstanceOf(AtomicFile.RefusedTarget.class)
        .hasMessageContaining("FIFO");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void aDeviceIsRefusedNeverReplaced() throws Exception {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
    // as root, the old writer moved a regular file over the device node
    assertThatThrownBy(() -> AtomicFile.write(device, "x"))
        .isInstanceOf(AtomicFile.RefusedTarget.class)
        .hasMessageContaining("not a regular file");
    assertThat(Files.isRegularFile(device)).isFalse();
  }

  @Test
  void aReplacedFileKeepsItsModeAndANewFileFollowsTheUmask() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path kept = Files.writeString(dir.resolve("kept.json"), "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFile.write(kept, "new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-r-----");

    Path plain = Files.createFile(dir.resolve("made-by-java.txt")); // the umask's permissions
    Path fresh = dir.resolve("fresh.json");
    AtomicFile.write(fresh, "new");
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aTemporaryFileOfAKilledRunIsRemovedByTheNextWrite() throws Exception {
    long dead = deadPid();
    Path leftover = Files.writeString(dir.resolve(".report.pdf." + dead + "-1f2e.verbatim.part"), "half");
    long self = ProcessHandle.current().pid();
    Path running = Files.writeString(dir.resolve(".other.pdf." + self + "-3a4b.verbatim.part"), "busy");
    Path stranger = Files.writeString(dir.resolve(".notes.part"), "not ours");
    AtomicFile.write(dir.resolve("report.pdf"), "whole");
    assertThat(leftover).doesNotExist();
    assertThat(running).exists(); // a write still in progress is left alone
    assertThat(stranger).exists();
  }

  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor(60, TimeUnit.SECONDS);
    long pid = p.pid();
    assumeTrue(ProcessHandle.of(pid).isEmpty() || !ProcessHandle.of(pid).get().isAlive());
    return pid;
  }

  private static boolean mkfifo(Path path) {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
