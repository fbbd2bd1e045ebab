package app.verbatim.ui;

import app.verbatim.io.SessionFile;
import app.verbatim.io.SessionReadException;
import app.verbatim.model.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The autosaved copy of unsaved work. Written while the analyst works, deleted when the work is saved
 * or deliberately discarded, so finding one at start-up means the last run ended without that.
 */
public final class RecoveryStore {
  private final Path file;
  private final SessionFile sessions = new SessionFile();

  public RecoveryStore(Path file) {
    this.file = file;
  }

  public static RecoveryStore standard() {
    return new RecoveryStore(AppHome.dir().resolve("recovery.verbatim"));
  }

  public Path file() {
    return file;
  }

  public void save(Session session) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent()); // a first run has no folder yet
    sessions.write(session, file);
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  public Optional<Instant> savedAt() {
    try {
      return Optional.of(Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public Session load() throws SessionReadException {
    return sessions.read(file);
  }

  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      System.err.println("verbatim: could not delete the recovery file: " + e.getMessage());
    }
  }
}
