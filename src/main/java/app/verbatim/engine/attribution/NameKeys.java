package app.verbatim.engine.attribution;

import java.text.Normalizer;
import java.util.Locale;

/** Normalizes name parts so that Ri Yong-ho, Ri Yong Ho and RI YONG HO compare equal. */
final class NameKeys {
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern DROP = java.util.regex.Pattern.compile("[’'.]");

  private NameKeys() {}

  static String key(String part) {
    String k = MARKS.matcher(Normalizer.normalize(part, Normalizer.Form.NFD)).replaceAll("");
    return DROP.matcher(k.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
