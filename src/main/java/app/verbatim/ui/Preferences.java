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
  /** The articles take three quarters of the space under the toolbar: 60 % of the window or more. */
  public static final double DEFAULT_TEXT_SPLIT = 0.76;

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

  /** Where the divider between the articles and the list below them sits (0..1 of the height). */
  public double textSplit() {
    return fractionOf("split.text", DEFAULT_TEXT_SPLIT);
  }

  public void textSplit(double v) {
    props.setProperty("split.text", Double.toString(v));
  }

  /** Where the divider between the quotation list and the detail view sits (0..1 of the width). */
  public double listSplit() {
    return fractionOf("split.list", 0.7);
  }

  public void listSplit(double v) {
    props.setProperty("split.list", Double.toString(v));
  }

  public boolean showList() {
    return Boolean.parseBoolean(props.getProperty("show.list", "true"));
  }

  public void showList(boolean v) {
    props.setProperty("show.list", Boolean.toString(v));
  }

  public boolean showDetail() {
    return Boolean.parseBoolean(props.getProperty("show.detail", "true"));
  }

  public void showDetail(boolean v) {
    props.setProperty("show.detail", Boolean.toString(v));
  }

  /** Whether the guide has been shown (it opens by itself on the first start only). */
  public boolean guideShown() {
    return Boolean.parseBoolean(props.getProperty("guide.shown", "false"));
  }

  public void guideShown(boolean v) {
    props.setProperty("guide.shown", Boolean.toString(v));
  }

  /** The folder the last export went to, or null. */
  public Path exportDir() {
    String p = props.getProperty("export.dir");
    return p == null ? null : Path.of(p);
  }

  public void exportDir(Path dir) {
    props.setProperty("export.dir", dir.toAbsolutePath().normalize().toString());
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

  /** A divider position kept away from the very edges, where a pane could no longer be found again. */
  private double fractionOf(String key, double fallback) {
    try {
      double v = Double.parseDouble(props.getProperty(key, Double.toString(fallback)).trim());
      return Double.isFinite(v) ? Math.max(0.05, Math.min(0.95, v)) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
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
