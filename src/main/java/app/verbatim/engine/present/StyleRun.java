package app.verbatim.engine.present;

import java.util.List;

/** A stretch of an article's text and the style classes the view paints on it. */
public record StyleRun(int start, int end, List<String> classes) {
  public StyleRun {
    classes = List.copyOf(classes);
  }

  public int length() {
    return end - start;
  }
}
