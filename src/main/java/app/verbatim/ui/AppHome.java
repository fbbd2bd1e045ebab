package app.verbatim.ui;

import java.nio.file.Path;

/**
 * Where Verbatim keeps its preferences, recent files and recovery file: {@code $XDG_DATA_HOME/verbatim}
 * (or {@code ~/.local/share/verbatim}); the system property {@code verbatim.home} overrides it, which
 * the tests use to stay out of the user's home.
 */
public final class AppHome {
  private AppHome() {}

  public static Path dir() {
    String override = System.getProperty("verbatim.home");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("verbatim");
  }
}
