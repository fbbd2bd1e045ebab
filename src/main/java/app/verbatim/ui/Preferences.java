package app.verbatim.ui;

import app.verbatim.io.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The analyst's preferences (font size, theme, wrap, sync scroll, recent files), kept between runs. */
public final class Preferences {
  public static final int MIN_FONT = 9;
  public static final int MAX_FONT = 32;
  private static final int MAX_RECENT = 8;

  private final Path file;
  private final Properties props = new Properties();

  public Preferences(Path file) {
    this.file = file;
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(r);
      } catch (IOException | IllegalArgumentException e) {
        props.clear(); // unreadable preferences fall back to the defaults
      }
    }
  }

  public static Preferences load() {
    return new Preferences(AppHome.dir().resolve("preferences.properties"));
  }

  public int fontSize() {
    return Math.max(MIN_FONT, Math.min(MAX_FONT, intOf("fontSize", 14)));
  }

  public void fontSize(int size) {
    props.setProperty("fontSize", Integer.toString(Math.max(MIN_FONT, Math.min(MAX_FONT, size))));
  }

  public boolean dark() {
    return Boolean.parseBoolean(props.getProperty("dark", "false"));
  }

  public void dark(boolean v) {
    props.setProperty("dark", Boolean.toString(v));
  }

  public boolean wrap() {
    return Boolean.parseBoolean(props.getProperty("wrap", "true"));
  }

  public void wrap(boolean v) {
    props.setProperty("wrap", Boolean.toString(v));
  }

  public boolean syncScroll() {
    return Boolean.parseBoolean(props.getProperty("syncScroll", "false"));
  }

  public void syncScroll(boolean v) {
    props.setProperty("syncScroll", Boolean.toString(v));
  }

  public List<Path> recentFiles() {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT; i++) {
      String p = props.getProperty("recent." + i);
      if (p != null) {
        out.add(Path.of(p));
      }
    }
    return out;
  }

  public void addRecent(Path path) {
    List<Path> recent = new ArrayList<>(recentFiles());
    Path abs = path.toAbsolutePath().normalize();
    recent.remove(abs);
    recent.add(0, abs);
    for (int i = 0; i < MAX_RECENT; i++) {
      if (i < recent.size()) {
        props.setProperty("recent." + i, recent.get(i).toString());
      } else {
        props.remove("recent." + i);
      }
    }
  }

  /** Writes the preferences; failure to save them is not worth interrupting the analyst for. */
  public void save() {
    try {
      StringWriter w = new StringWriter();
      props.store(w, "Verbatim preferences");
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFile.write(file, w.toString());
    } catch (IOException e) {
      System.err.println("verbatim: could not save preferences: " + e.getMessage());
    }
  }

  private int intOf(String key, int fallback) {
    try {
      return Integer.parseInt(props.getProperty(key, Integer.toString(fallback)).trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
