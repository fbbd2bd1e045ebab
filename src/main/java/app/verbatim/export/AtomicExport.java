package app.verbatim.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a report through a temporary file in the destination folder and a move, so a failed or
 * cancelled export leaves no half-written file and an existing file is replaced only by a complete one.
 * Every failure becomes an {@link ExportException} with a one-line message.
 */
final class AtomicExport {
  /** Writes the report's bytes to the stream it is given. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException, ExportException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicExport() {}

  static void write(Path target, Body body) throws ExportException {
    Path abs = check(target);
    Path dir = abs.getParent();
    Path tmp;
    try {
      tmp = temporarySibling(abs);
    } catch (AccessDeniedException e) {
      throw new ExportException("cannot write to the folder " + dir + ": it is read-only or not yours");
    } catch (IOException e) {
      throw new ExportException("cannot write to the folder " + dir + ": " + reason(e));
    }
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE), 1 << 16)) {
        body.writeTo(out);
      }
      keepPermissions(abs, tmp);
      move(tmp, abs);
      done = true;
    } catch (IOException e) {
      throw new ExportException("cannot write " + abs + ": " + reason(e), e);
    } finally {
      if (!done) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // the temporary file is hidden and named .part; nothing more can be done here
        }
      }
    }
  }

  /** Checks the destination up front, so a long render does not end in "cannot write". */
  static Path check(Path target) throws ExportException {
    if (target == null) {
      throw new ExportException("no destination file given");
    }
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    if (dir == null || abs.getFileName() == null) {
      throw new ExportException(abs + " is not a file name");
    }
    if (!Files.exists(dir)) {
      throw new ExportException("the folder " + dir + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new ExportException(dir + " is not a folder");
    }
    if (Files.isDirectory(abs)) {
      throw new ExportException(abs + " is a folder, not a file");
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw new ExportException(abs + " is read-only; it was left as it was");
    }
    if (!Files.isWritable(dir)) {
      throw new ExportException("cannot write to the folder " + dir + ": it is read-only or not yours");
    }
    return abs;
  }

  /** A hidden sibling created with the default permissions (not the 0600 of createTempFile). */
  private static Path temporarySibling(Path abs) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
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

  /** A replaced file keeps its permissions (best effort: not every file system has POSIX ones). */
  private static void keepPermissions(Path abs, Path tmp) {
    try {
      if (Files.exists(abs)) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the new file gets the default permissions instead
    }
  }

  private static void move(Path tmp, Path abs) throws IOException {
    try {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
