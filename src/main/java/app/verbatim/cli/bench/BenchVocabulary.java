package app.verbatim.cli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Content words drawn as in real text: a few very common, a long tail of rare ones (Zipf's law).
 * The head is a list of real words; the tail is made-up but pronounceable. A small vocabulary would
 * make every long sentence share words with every other, which real speeches do not.
 */
final class BenchVocabulary {
  private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n",
      "p", "pr", "r", "s", "st", "t", "tr", "v", "w", "z"};
  private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
  private static final String[] CODAS = {"", "", "n", "r", "l", "s", "t", "nd", "rk", "m"};

  private final List<String> words;
  private final double[] cumulative;

  /**
   * @param common the most frequent words, most frequent first
   * @param size   how many words in all
   */
  BenchVocabulary(List<String> common, int size, Random random) {
    Set<String> all = new LinkedHashSet<>(common);
    while (all.size() < size) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int s = 0; s < syllables; s++) {
        w.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)]);
      }
      w.append(CODAS[random.nextInt(CODAS.length)]);
      all.add(w.toString());
    }
    this.words = List.copyOf(new ArrayList<>(all));
    this.cumulative = new double[words.size()];
    double sum = 0;
    for (int rank = 0; rank < words.size(); rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
  }

  /** A word, the rank-r word with probability proportional to 1/r. */
  String next(Random random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return words.get(i >= 0 ? i : -i - 1);
  }
}
