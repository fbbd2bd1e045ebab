package app.verbatim.export;

import app.verbatim.engine.ProgressListener;
import app.verbatim.io.AtomicFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

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

  private AtomicExport() {}

  static void write(Path target, Body body) throws ExportException {
    Path abs = check(target);
    try {
      AtomicFile.write(abs, out -> {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
          body.writeTo(buffered);
        } catch (ExportException e) {
          throw new Carried(e);
        }
        buffered.flush();
      });
    } catch (Carried c) {
      throw c.export;
    } catch (AtomicFile.RefusedTarget e) {
      throw new ExportException("cannot write " + target + ": " + e.getMessage());
    } catch (AccessDeniedException e) {
      throw new ExportException("cannot write to the folder " + abs.getParent() + ": it is read-only or not yours");
    } catch (IOException e) {
      throw new ExportException("cannot write " + abs + ": " + reason(e), e);
    }
  }

  /** An export failure carried through {@link AtomicFile}'s stream callback. */
  private static final class Carried extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient ExportException export;

    Carried(ExportException export) {
      super(export.getMessage());
      this.export = export;
    }
  }

  /** Checks the destination up front, so a long render does not end in "cannot write". */
  /** Makes a report's bytes in memory, reporting progress. */
  interface Rendering {
    byte[] render(ExportProgress progress) throws ExportException;
  }

  /**
   * What every report writer does: checks the target, renders in memory, then replaces the file in one
   * step, so a failed or cancelled export never leaves half a report behind.
   */
  static void report(Path target, ProgressListener listener, double savingAt, Rendering rendering)
      throws ExportException {
    check(target);
    ExportProgress progress = new ExportProgress(listener);
    try {
      byte[] bytes = rendering.render(progress);
      progress.at(savingAt, "Saving " + target.getFileName());
      write(target, out -> out.write(bytes));
      progress.at(1, "Done");
    } catch (ExportProgress.Cancelled e) {
      throw new ExportCancelledException();
    }
  }

  static Path check(Path target) throws ExportException {
    if (target == null) {
      throw new ExportException("no destination file given");
    }
    Path abs;
    try {
      abs = AtomicFile.destination(target); // a link's target; never a device, FIFO or folder
    } catch (IOException e) {
      throw new ExportException("cannot write " + target + ": " + e.getMessage());
    }
    Path dir = abs.getParent();
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw new ExportException(abs + " is read-only; it was left as it was");
    }
    if (!Files.isWritable(dir)) {
      throw new ExportException("cannot write to the folder " + dir + ": it is read-only or not yours");
    }
    return abs;
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
