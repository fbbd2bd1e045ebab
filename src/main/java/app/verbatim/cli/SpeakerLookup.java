package app.verbatim.cli;

import app.verbatim.model.Comparison;
import app.verbatim.model.Speaker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Finds the speaker a user means by {@code --speaker NAME}: the full name, any alias the articles use
 * ("Ri Yong-ho", "the minister"), or words of the name ("Pompeo"); case, accents and hyphens aside.
 */
final class SpeakerLookup {
  private SpeakerLookup() {}

  /** The speaker was not found, or the name fits several; the message is one line. */
  static final class NotFound extends Exception {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  static Speaker find(Comparison c, String query) throws NotFound {
    String q = normalize(query);
    if (q.isEmpty()) {
      throw new NotFound("--speaker needs a name");
    }
    // Tiers from the most to the least exact; the first tier that matches decides.
    List<Predicate<Speaker>> tiers = List.of(
        s -> normalize(s.name()).equals(q),
        s -> s.aliases().stream().anyMatch(a -> normalize(a).equals(q)),
        s -> containsWords(normalize(s.name()), q)
            || s.aliases().stream().anyMatch(a -> containsWords(normalize(a), q)));
    for (Predicate<Speaker> tier : tiers) {
      List<Speaker> hits = new ArrayList<>();
      for (Speaker s : c.speakers()) {
        if (tier.test(s)) {
          hits.add(s);
        }
      }
      if (hits.size() == 1) {
        return hits.get(0);
      }
      if (hits.size() > 1) {
        throw new NotFound("'" + query.strip() + "' could be " + names(hits, " or ") + "; give the full name");
      }
    }
    throw new NotFound("no speaker named '" + query.strip() + "' is quoted in these articles"
        + (c.speakers().isEmpty() ? " (they name no speaker)" : " (quoted: " + names(c.speakers(), ", ") + ")"));
  }

  static String normalize(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'')
        .replaceAll("[\\s\\-\u2010\u2011\u2013.]+", " ")
        .strip();
  }

  private static boolean containsWords(String haystack, String words) {
    return (" " + haystack + " ").contains(" " + words + " ");
  }

  private static String names(List<Speaker> speakers, String separator) {
    return String.join(separator, speakers.stream().map(Speaker::name).toList());
  }
}
