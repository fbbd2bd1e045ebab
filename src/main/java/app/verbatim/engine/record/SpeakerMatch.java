package app.verbatim.engine.record;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.model.Speaker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the comparison's speakers a transcript's turn label or a reference's speaker name means:
 * "MR. RI", "Mr. Ri Yong Ho (Democratic People's Republic of Korea)" and "Ri Yong-ho" all mean the
 * speaker the articles call Ri Yong Ho. Titles and the bracketed country are not part of a name; a label
 * that fits two speakers, or none ("Q", "The President"), means nobody.
 */
final class SpeakerMatch {
  private static final Set<String> TITLES = Lexicon.setOf("record-label-ignored.txt");

  private SpeakerMatch() {}

  /** The id of the one speaker the words name, or null. */
  static String of(String label, List<Speaker> speakers) {
    Set<String> wanted = words(label.replaceAll("\\([^)]*\\)", " "));
    if (wanted.isEmpty()) {
      return null;
    }
    String found = null;
    for (Speaker s : speakers) {
      List<String> names = new ArrayList<>(s.aliases());
      names.add(s.name());
      boolean fits = names.stream().filter(n -> n != null).anyMatch(n -> words(n).containsAll(wanted));
      if (fits) {
        if (found != null) {
          return null; // two speakers share the name: the label does not say which
        }
        found = s.id();
      }
    }
    return found;
  }

  private static Set<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !TITLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
