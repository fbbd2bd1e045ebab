package app.verbatim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole article file into memory, refusing what cannot be an article before reading it. */
final class FileBytes {
  private FileBytes() {}

  static byte[] read(Path file, long maxBytes) throws ArticleReadException {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new ArticleReadException(source, "it is a directory, not an article file");
    }
    if (!Files.exists(file)) {
      throw new ArticleReadException(source, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ArticleReadException(source, "not a regular file");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(source, size, maxBytes);
      }
      // Read at most one byte past the limit, in case the file grew since we asked its size.
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw tooLarge(source, bytes.length, maxBytes);
      }
      if (bytes.length == 0) {
        throw new ArticleReadException(source, "the file is empty");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new ArticleReadException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ArticleReadException(source, "permission denied", e);
    } catch (IOException e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ArticleReadException(source, "the file could not be read (" + detail + ")", e);
    }
  }

  private static ArticleReadException tooLarge(String source, long size, long maxBytes) {
    return new ArticleReadException(source, "the file is too large (" + megabytes(size)
        + "; the limit for an article is " + megabytes(maxBytes) + ")");
  }

  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    if (mb == Math.rint(mb)) {
      return String.format(Locale.ROOT, "%.0f MB", mb);
    }
    // "20.0 MB; the limit is 20 MB" reads as no excess: keep a second decimal when one rounds away the difference
    String one = String.format(Locale.ROOT, "%.1f", mb);
    if (Double.parseDouble(one) != Math.rint(mb)) {
      return one + " MB";
    }
    String two = String.format(Locale.ROOT, "%.2f", mb);
    // a few bytes over: no decimal shows it, words do
    return Double.parseDouble(two) != Math.rint(mb) ? two + " MB"
        : (mb > Math.rint(mb) ? "just over " : "just under ") + String.format(Locale.ROOT, "%.0f MB", mb);
  }
}
