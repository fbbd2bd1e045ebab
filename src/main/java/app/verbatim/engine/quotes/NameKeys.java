package app.verbatim.engine.quotes;

import java.text.Normalizer;
import java.util.Locale;

/** Normalizes name parts so that Ri Yong-ho, Ri Yong Ho and RI YONG HO compare equal. */
final class NameKeys {
  private NameKeys() {}

  static String key(String part) {
    String k = Normalizer.normalize(part, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return k.toLowerCase(Locale.ROOT).replaceAll("[’'.]", "");
  }
}
