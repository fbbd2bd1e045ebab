package app.verbatim.engine.present;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison's warnings as the window's message bar lists them: conflicts between outlets over who
 * said a passage first (they ask for the analyst's review), one per line, each with its outlet.
 */
public final class WarningText {
  /** More lines than this are summed up in a last line. */
  static final int MAX_LINES = 4;

  private WarningText() {}

  /** The lines to show, or an empty list when the comparison has no warnings. */
  public static List<String> lines(Comparison c) {
    List<Warning> ordered = new ArrayList<>(c.warnings());
    ordered.sort((a, b) -> Boolean.compare(!isConflict(a), !isConflict(b)));
    List<String> out = new ArrayList<>();
    for (Warning w : ordered) {
      if (out.size() == MAX_LINES - 1 && ordered.size() > MAX_LINES) {
        int more = ordered.size() - out.size();
        out.add("… and " + more + " more warning" + (more == 1 ? "" : "s") + " (listed in the JSON and the summary).");
        break;
      }
      String outlet = c.document(w.documentId()).map(Document::outlet).orElse(w.documentId());
      out.add(isConflict(w) ? w.message() : outlet + ": " + w.message());
    }
    return out;
  }

  /** A warning that two outlets give one passage to different people. */
  public static boolean isConflict(Warning w) {
    return w.message().startsWith("Outlets disagree");
  }
}
