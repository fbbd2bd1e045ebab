package app.verbatim.engine.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names that, in news usage, almost always belong to one gender ("Sara Holt" → she), so that a
 * pronoun can tell two people apart when the text itself never says. Names shared by both genders and
 * unlisted names give no answer; the text's own cues (Ms, Mr, she, her) always come first.
 */
final class FirstNames {
  private static final Map<String, Person.Gender> NAMES = load();

  private FirstNames() {}

  static Person.Gender genderOf(String givenName) {
    return NAMES.getOrDefault(givenName.toLowerCase(Locale.ROOT), Person.Gender.UNKNOWN);
  }

  private static Map<String, Person.Gender> load() {
    Map<String, Person.Gender> out = new HashMap<>();
    try (InputStream in = FirstNames.class.getResourceAsStream("/app/verbatim/engine/first-names.txt")) {
      if (in == null) {
        return out;
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (line.length() > 2 && !line.startsWith("#")) {
          out.put(line.substring(2).strip(), line.charAt(0) == 'f' ? Person.Gender.FEMALE : Person.Gender.MALE);
        }
      }
    } catch (IOException e) {
      return out; // without the list pronouns fall back to recency alone
    }
    return out;
  }
}
