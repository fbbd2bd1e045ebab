package app.verbatim.engine.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalizes name parts so that Ri Yong-ho, Ri Yong Ho and RI YONG HO compare equal, and a given name's
 * short form its full one (Mike Pompeo = Michael Pompeo).
 */
final class NameKeys {
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern DROP = java.util.regex.Pattern.compile("[’'.]");
  private static final Map<String, String> FULL_FORMS = load();

  private NameKeys() {}

  private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("[-‐‑]");

  static String key(String part) {
    if (part.chars().allMatch(c -> c < 128 && c != '\'' && c != '.')) {
      return part.toLowerCase(Locale.ROOT); // plain ASCII: nothing to strip or decompose
    }
    String k = MARKS.matcher(Normalizer.normalize(part, Normalizer.Form.NFD)).replaceAll("");
    return DROP.matcher(k.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * The keys of a name's words, hyphenated parts split; the first word of a name of two words or more is
   * a given name and compares in its full form ("Ken Starr" → kenneth, starr). A lone word may be a
   * surname ("Ray"), so it keeps its own key.
   */
  static Set<String> keysOf(List<String> words) {
    List<String> parts = new ArrayList<>();
    for (String t : words) {
      for (String part : HYPHENS.split(t)) {
        if (!part.isEmpty()) {
          parts.add(key(part));
        }
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      keys.add(i == 0 && words.size() >= 2 ? FULL_FORMS.getOrDefault(parts.get(i), parts.get(i)) : parts.get(i));
    }
    return keys;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = NameKeys.class.getResourceAsStream("/app/verbatim/engine/name-variants.txt")) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String[] w = line.strip().split("\\s+");
        if (line.startsWith("#") || w.length < 2) {
          continue;
        }
        for (int i = 1; i < w.length; i++) {
          out.putIfAbsent(w[i], w[0]);
        }
      }
    } catch (IOException e) {
      return out; // without the list, short and full forms stay two names
    }
    return out;
  }
}
