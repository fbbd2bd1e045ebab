package app.verbatim.cli;

import app.verbatim.io.AtomicFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a file the command is asked to write before any work is done, so a typo in a folder name
 * fails in a second rather than after a long comparison, and never overwrites an input article.
 */
final class OutputTarget {
  private OutputTarget() {}

  /** Why {@code target} cannot be written, or empty when it looks writable. */
  static Optional<String> problem(Path target, List<Path> inputs) {
    Path abs = target.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      return Optional.of("it is a folder");
    }
    if (dir == null || !Files.exists(dir)) {
      return Optional.of("the folder " + (dir == null ? "" : dir + " ") + "does not exist");
    }
    if (!Files.isDirectory(dir)) {
      return Optional.of(dir + " is not a folder");
    }
    try {
      abs = AtomicFile.destination(abs); // a link is written through to its target
      dir = abs.getParent();
    } catch (IOException e) {
      return Optional.of(e.getMessage());
    }
    if (!Files.isWritable(dir)) {
      return Optional.of("the folder " + dir + " is not writable");
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      return Optional.of("the file is read-only");
    }
    for (Path input : inputs) {
      if (same(abs, input)) {
        return Optional.of("it is one of the articles being compared");
      }
    }
    return Optional.empty();
  }

  /** A one-line reason for a failed write, without Java's exception names. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "the folder does not exist";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "the file system refused it" : m.replaceAll("\\s+", " ").strip();
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing names
    }
    return a.equals(b.toAbsolutePath().normalize());
  }
}
