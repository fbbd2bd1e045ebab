package app.verbatim.cli.bench;

import app.verbatim.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates two outlets' reports of one invented speech, of a given length: each quotes an
 * overlapping subset of the speech's sentences, in its own house style (curly or straight marks,
 * attribution before or after), with background paragraphs between. Deterministic for a seed.
 */
public final class SyntheticArticles {
  private static final String[] WORDS = (
      "trade farmers market growers tariff deal summit partners commitments harvest export policy "
          + "government nation people future promise growth prices talks agreement crisis support reform "
          + "plan security region confidence trust peace sanctions council dialogue responsibility progress "
          + "measures steps interest cooperation development children workers families industry energy").split(" ");
  private static final String[] GLUE = "the of and to a in that is for on with as by at from our we will not".split(" ");

  private SyntheticArticles() {}

  /** Two articles of about {@code words} words each, one quotation per ~25 words. */
  public static List<Article> pair(int words, long seed) {
    Random r = new Random(seed);
    List<String> speech = new ArrayList<>();
    for (int i = 0; i < words / 12 + 20; i++) {
      StringBuilder s = new StringBuilder("We");
      int n = 8 + r.nextInt(10);
      for (int k = 0; k < n; k++) {
        s.append(' ').append(r.nextInt(3) == 0 ? WORDS[r.nextInt(WORDS.length)] : GLUE[r.nextInt(GLUE.length)]);
      }
      speech.add(s.toString());
    }
    List<Article> out = new ArrayList<>();
    for (int o = 0; o < 2; o++) {
      StringBuilder b = new StringBuilder("Minister sets out plan at summit, outlet " + (o + 1) + "\n\n");
      b.append("GENEVA — Trade Minister Elena Marsh addressed the summit on Tuesday.\n\n");
      int count = 0;
      int next = r.nextInt(5);
      while (count < words) {
        String q = speech.get(next % speech.size()).replace(" US ", o == 0 ? " U.S. " : " US ");
        next += 1 + r.nextInt(2);
        b.append("Delegates from forty countries met in the hall to discuss prices and the future of the talks. ");
        if (o == 0) {
          b.append('"').append(q).append(",\" Marsh said.\n\n");
        } else {
          b.append("The minister told delegates: “").append(q).append(".”\n\n");
        }
        count += 17 + q.split(" ").length + 3;
      }
      out.add(new Article("Outlet " + (o + 1), null, null, "en", null, b.toString()));
    }
    return out;
  }
}
