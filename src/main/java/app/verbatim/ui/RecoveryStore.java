package app.verbatim.ui;

import app.verbatim.io.SessionFile;
import app.verbatim.io.SessionReadException;
import app.verbatim.model.Session;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The autosaved copies of unsaved work. Each running Verbatim writes its own file
 * ({@code recovery-PID.verbatim}), so two windows never overwrite each other's work; the file is
 * deleted when the work is saved or deliberately discarded. A recovery file whose process is gone is
 * an orphan: the last run of that window ended without saving, and the next start offers it.
 */
public final class RecoveryStore {
  private static final Pattern RECOVERY = Pattern.compile("recovery(?:-(\\d+))?\\.verbatim");

  // SessionFile is made where it is used: its JSON mapper loads Jackson, which a start-up showing a
  // kept comparison needs nowhere else
  private final Path file;

  /** A store whose own file is {@code file}; orphans are the other recovery files in its folder. */
  public RecoveryStore(Path file) {
    this.file = file.toAbsolutePath();
  }

  public static RecoveryStore standard() {
    return new RecoveryStore(AppHome.dir().resolve("recovery-" + ProcessHandle.current().pid() + ".verbatim"));
  }

  /** This instance's own recovery file. */
  public Path file() {
    return file;
  }

  public void save(Session session) throws IOException {
    Files.createDirectories(file.getParent()); // a first run has no folder yet
    new SessionFile().write(session, file);
  }

  /** Whether any earlier run left unsaved work (an orphan, or this store's own file). */
  public boolean exists() {
    return !orphans().isEmpty();
  }

  /**
   * Recovery files left by runs that ended without saving, newest first: this store's own file if it
   * exists at start, and every other recovery file in the folder whose process is not running.
   */
  public List<Path> orphans() {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(file.getParent())) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), "recovery*.verbatim")) {
      for (Path p : files) {
        Matcher m = RECOVERY.matcher(p.getFileName().toString());
        if (Files.isRegularFile(p) && m.matches() && (p.equals(file) || m.group(1) == null || !running(m.group(1)))) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(Comparator.comparing((Path p) -> savedAt(p)).reversed());
    return out;
  }

  private static boolean running(String pid) {
    long id = Long.parseLong(pid);
    return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
  }

  public static Instant savedAt(Path recovery) {
    try {
      return Files.getLastModifiedTime(recovery).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  public Optional<Instant> savedAt() {
    return Files.isRegularFile(file) ? Optional.of(savedAt(file)) : Optional.empty();
  }

  public Session load() throws SessionReadException {
    return new SessionFile().read(file);
  }

  public Session load(Path recovery) throws SessionReadException {
    return new SessionFile().read(recovery);
  }

  /**
   * Keeps a recovery file that cannot be read beside the others, renamed with the date, so nothing
   * is deleted without a word; returns its new name.
   */
  public Path setAside(Path recovery) throws IOException {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));
    Path aside = recovery.resolveSibling("unreadable-recovery-" + stamp + ".verbatim");
    for (int n = 2; Files.exists(aside); n++) {
      aside = recovery.resolveSibling("unreadable-recovery-" + stamp + "-" + n + ".verbatim");
    }
    return Files.move(recovery, aside, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes this instance's own recovery file (the work was saved or discarded). */
  public void clear() {
    discard(file);
  }

  /** Deletes a recovery file the analyst chose to discard. */
  public void discard(Path recovery) {
    try {
      Files.deleteIfExists(recovery);
    } catch (IOException e) {
      System.err.println("verbatim: could not delete the recovery file: " + e.getMessage());
    }
  }
}
