package app.verbatim.cli;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines of at most a given width at spaces, for a readable terminal summary. */
final class TextWrapper {
  private final int width;

  TextWrapper(int width) {
    this.width = width;
  }

  /**
   * @param first   prefix of the first line (e.g. "  - ")
   * @param indent  prefix of the following lines
   * @param text    the text, whose own line breaks become spaces
   */
  List<String> wrap(String first, String indent, String text) {
    List<String> lines = new ArrayList<>();
    String rest = text.replaceAll("\\s+", " ").strip();
    String prefix = first;
    while (true) {
      int room = Math.max(20, width - prefix.length());
      if (rest.length() <= room) {
        lines.add(prefix + rest);
        return lines;
      }
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= 0) {
        cut = room; // one very long word: break it rather than overflow
      }
      lines.add(prefix + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
      prefix = indent;
    }
  }

  /** The text cut to at most {@code max} characters, ending in an ellipsis when cut. */
  static String excerpt(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return flat.substring(0, cut).stripTrailing() + "…";
  }

  /** The width to wrap at: $COLUMNS when a shell exported a sensible one, else 100. */
  static int terminalWidth() {
    try {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
      return Math.max(60, Math.min(columns, 160));
    } catch (NumberFormatException e) {
      return 100;
    }
  }
}
