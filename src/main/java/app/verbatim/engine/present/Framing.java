package app.verbatim.engine.present;

import app.verbatim.engine.text.Lexicon;
import java.util.Locale;
import java.util.Set;

/**
 * How an outlet framed a quotation: whether its reporting verb is neutral ("said", "told") or loaded
 * ("claimed", "insisted", "admitted"), and whether it named the speaker by name, by role or by a pronoun.
 * The detail view and the report show it as a table per passage.
 */
public final class Framing {
  private static final Set<String> NEUTRAL = Lexicon.setOf("verbs-neutral.txt");
  private static final Set<String> LOADED = Lexicon.setOf("verbs-loaded.txt");
  private static final Set<String> PRONOUNS = Lexicon.setOf("framing-pronouns.txt");

  private Framing() {}

  /** "neutral", "loaded", or "" when there is no verb or it is neither list's. */
  public static String verbTone(String verb) {
    if (verb == null || verb.isBlank()) {
      return "";
    }
    for (String w : verb.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (LOADED.contains(w)) {
        return "loaded";
      }
    }
    for (String w : verb.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (NEUTRAL.contains(w)) {
        return "neutral";
      }
    }
    return "";
  }

  /**
   * "pronoun" ("he"), "name" (a word of the speaker's name: "Ri", "Ri Yong Ho"), "role" (any other label:
   * "the foreign minister"), or "—" when the outlet did not say.
   */
  public static String naming(String label, String speakerName) {
    if (label == null || label.isBlank()) {
      return "—";
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(l)) {
      return "pronoun";
    }
    if (speakerName != null) {
      for (String part : speakerName.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        if (part.length() > 1 && (" " + l.replace('-', ' ') + " ").contains(" " + part + " ")) {
          return "name";
        }
      }
    }
    return "role";
  }
}
