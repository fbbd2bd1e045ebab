package app.verbatim.ui;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name an export proposes, built from the outlets and the date, so a folder of reports sorts
 * and reads by story: {@code NBC-News_vs_TASS_2018-09-29.pdf}.
 */
final class ExportName {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  /** Outlets named in full; more are counted ("_and-2-more"). */
  private static final int MAX_OUTLETS = 4;

  private ExportName() {}

  static String of(Comparison c, String extension) {
    List<String> outlets = new ArrayList<>();
    String date = null;
    for (Document d : c == null ? List.<Document>of() : c.documents()) {
      String name = safe(d.outlet());
      if (!name.isEmpty() && !outlets.contains(name)) {
        outlets.add(name);
      }
      String when = d.article().date() == null ? null : isoDate(d.article().date());
      if (when != null && (date == null || when.compareTo(date) < 0)) {
        date = when; // the earliest: the day of the event the outlets report
      }
    }
    if (outlets.isEmpty()) {
      return "comparison." + extension;
    }
    StringBuilder b = new StringBuilder(String.join("_vs_", outlets.subList(0, Math.min(MAX_OUTLETS, outlets.size()))));
    if (outlets.size() > MAX_OUTLETS) {
      b.append("_and-").append(outlets.size() - MAX_OUTLETS).append("-more");
    }
    if (date != null) {
      b.append('_').append(date);
    }
    return b + "." + extension;
  }

  private static String isoDate(String date) {
    Matcher m = ISO_DATE.matcher(date);
    return m.find() ? m.group(1) : null;
  }

  /** Letters and digits of any script kept, every other run of characters one hyphen. */
  private static String safe(String outlet) {
    if (outlet == null) {
      return "";
    }
    String s = outlet.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    return s.length() > 40 ? s.substring(0, 40) : s;
  }
}
