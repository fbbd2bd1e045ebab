package app.verbatim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Verbatim writes a file (JSON, session, reports, preferences): through a temporary
 * sibling and a move, so nobody ever sees half a file. What it writes over is safe too:
 * <ul>
 *   <li>only a regular file or a new path is written; a device, FIFO or socket is refused, never
 *       replaced by a file (as root, writing "/dev/full" must not delete the device node);</li>
 *   <li>a symbolic link is followed to its target, which is replaced; the link stays a link;</li>
 *   <li>a replaced file keeps its permissions; a new file gets the umask's, whatever its format;</li>
 *   <li>the temporary file is named {@code .NAME.PID-RANDOM.verbatim.part}: one left by a killed run
 *       (its process gone) is removed by the next write to the same folder.</li>
 * </ul>
 */
public final class AtomicFile {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SUFFIX = ".verbatim.part";
  private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(\\d+)-[0-9a-f]+\\.verbatim\\.part");

  private AtomicFile() {}

  /** Produces a file's content into a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A destination Verbatim will not write: the message says why, in the user's words. */
  public static final class RefusedTarget extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedTarget(String message) {
      super(message);
    }
  }

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /** Streams the content to a temporary file in the target's folder, forces it to disk, then moves it. */
  public static void write(Path target, Content content) throws IOException {
    Path abs = destination(target);
    Path dir = abs.getParent();
    removeLeftovers(dir);
    Path tmp = temporarySibling(abs);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
           OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(abs, tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * The file a write to {@code target} replaces: the target itself, or the file its symbolic links
   * lead to. Refuses a folder, a device, a FIFO or a socket, and a missing folder.
   */
  public static Path destination(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    for (int hops = 0; Files.isSymbolicLink(abs); hops++) {
      if (hops > 40) {
        throw new RefusedTarget(target + " is a loop of symbolic links");
      }
      Path link = Files.readSymbolicLink(abs);
      abs = abs.resolveSibling(link).normalize();
    }
    Path dir = abs.getParent();
    if (dir == null || abs.getFileName() == null) {
      throw new RefusedTarget(target + " is not a file name");
    }
    if (!Files.isDirectory(dir)) {
      throw new RefusedTarget(Files.exists(dir) ? dir + " is not a folder" : "the folder " + dir + " does not exist");
    }
    Optional<String> kind = specialKind(abs);
    if (kind.isPresent()) {
      throw new RefusedTarget(abs + " is " + kind.get() + ", not a regular file; Verbatim writes only files");
    }
    return abs;
  }

  /** "a folder", "a device", "a FIFO (named pipe)"…, or empty for a regular file or a new path. */
  public static Optional<String> specialKind(Path path) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Optional.empty(); // does not exist yet
    }
    if (a.isRegularFile()) {
      return Optional.empty();
    }
    if (a.isDirectory()) {
      return Optional.of("a folder");
    }
    if (a.isSymbolicLink()) {
      return Optional.of("a symbolic link");
    }
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      int type = ((Integer) mode) & 0170000;
      if (type == 0010000) {
        return Optional.of("a FIFO (named pipe)");
      }
      if (type == 0140000) {
        return Optional.of("a socket");
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix view: a device or other special file, said below
    }
    return Optional.of("a device or other special file");
  }

  /** A hidden sibling, created new with the default (umask) permissions, named for its process. */
  private static Path temporarySibling(Path abs) throws IOException {
    String prefix = "." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-";
    for (int attempt = 0; ; attempt++) {
      Path tmp = abs.resolveSibling(prefix + Long.toHexString(RANDOM.nextLong() >>> 1) + SUFFIX);
      try {
        Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw e;
        }
      }
    }
  }

  /** Temporary files of writes whose process is gone (killed mid-write); best effort. */
  static void removeLeftovers(Path dir) {
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path p : parts) {
        Matcher m = LEFTOVER.matcher(p.getFileName().toString());
        if (m.matches() && !alive(m.group(1)) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a folder we cannot list or clean is no reason to fail the write
    }
  }

  private static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not ours to judge
    }
  }

  /** A replaced file keeps its permissions (best effort: not every file system has POSIX ones). */
  private static void keepPermissions(Path abs, Path tmp) {
    try {
      if (Files.exists(abs)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the new file keeps the default permissions instead
    }
  }
}
