package app.verbatim.cli.bench;

import app.verbatim.cli.bench.SyntheticSpeech.Sentence;
import app.verbatim.model.Article;
import java.util.List;
import java.util.Random;

/**
 * Generates two outlets' reports of one invented speech, of a chosen length, for the benchmark. Each
 * outlet quotes an overlapping subset of the speech's sentences (about half are quoted by both) in its
 * own house style: straight or curly marks, attribution after or before, quotations split by their
 * attribution, partial quotations, American or British spelling. A second speaker's reactions are
 * quoted too. About one quotation per 25 words; deterministic for a seed.
 */
public final class SyntheticArticles {
  /** The share of the speech's sentences each outlet quotes. */
  private static final double QUOTED_SHARE = 0.7;

  private static final String[] NARRATIVE_OPENERS = {
      "Delegates from forty countries", "Officials in the hall", "Diplomats at the summit", "Observers",
      "Farm groups outside the building", "Several delegations", "Trade envoys", "Analysts in the capital"};
  private static final String[] NARRATIVE_VERBS = {
      "discussed", "questioned", "listened to remarks on", "pressed for clarity on", "debated", "welcomed news of",
      "raised concerns about", "returned repeatedly to"};
  private static final String[] NARRATIVE_TOPICS = {
      "grain quotas", "border inspections", "water rights", "port fees", "fishing limits", "rail links",
      "credit lines", "food prices", "steel tariffs", "dairy subsidies", "seed patents", "fuel taxes"};
  private static final String[] NARRATIVE_CLOSINGS = {
      "during the morning session.", "before the vote.", "late into the evening.", "on Tuesday.",
      "in closed meetings.", "after the lunch break.", "without reaching agreement.", "at length."};

  private final Random random;
  private final SyntheticSpeech speech;
  private final SyntheticSpeech reactions;

  private SyntheticArticles(int wordsPerArticle, long seed) {
    this.random = new Random(seed);
    this.speech = new SyntheticSpeech(wordsPerArticle / 12 + 20, random);
    this.reactions = new SyntheticSpeech(40, random);
  }

  /** Two articles ({@link HouseStyle#WIRE}, {@link HouseStyle#BROADSHEET}) of about {@code words} words each. */
  public static List<Article> pair(int wordsPerArticle, long seed) {
    if (wordsPerArticle < 50) {
      throw new IllegalArgumentException("an article needs at least 50 words");
    }
    return new SyntheticArticles(wordsPerArticle, seed).write(wordsPerArticle);
  }

  private List<Article> write(int words) {
    int n = speech.sentences().size();
    boolean[] byWire = new boolean[n];
    boolean[] byBroadsheet = new boolean[n];
    double[] whole = new double[n];
    double[] trimmed = new double[n];
    for (int i = 0; i < n; i++) {
      whole[i] = 1.0;
      byWire[i] = random.nextDouble() < QUOTED_SHARE;
      byBroadsheet[i] = random.nextDouble() < QUOTED_SHARE;
      // now and then one outlet quotes only the start of a sentence: an overlap, not an identical link
      trimmed[i] = random.nextInt(7) == 0 ? 0.55 + random.nextDouble() * 0.3 : 1.0;
    }
    return List.of(
        article(HouseStyle.WIRE, byWire, whole, words),
        article(HouseStyle.BROADSHEET, byBroadsheet, trimmed, words));
  }

  private Article article(HouseStyle style, boolean[] quoted, double[] trimmed, int target) {
    Random r = new Random(random.nextLong());
    StringBuilder text = new StringBuilder();
    int[] count = {0};
    String headline = style.american()
        ? "Valdoria trade minister rejects tariff deal, says farmers come first"
        : "Valdoria\u2019s trade minister rejects tariff deal at Geneva summit";
    paragraph(text, count, headline);
    paragraph(text, count, style.dateline() + " Valdorian Trade Minister Elena Marsh on Tuesday rejected a proposed"
        + " tariff agreement, telling a summit of trade ministers that her government would put its growers first.");
    boolean marshLast = false;
    for (int i = 0; count[0] < target; i = (i + 1) % quoted.length) {
      if (!quoted[i]) {
        continue;
      }
      StringBuilder p = new StringBuilder();
      if (r.nextInt(10) < 5) {
        p.append(narrative(r, style)).append(' ');
      }
      if (r.nextInt(12) == 0) {
        Sentence reaction = reactions.sentences().get(r.nextInt(reactions.sentences().size()));
        p.append(style.attributionFirst()
            ? "Opposition leader Tomas Varga said: " + style.open() + reaction.in(style) + "." + style.close()
            : style.open() + reaction.in(style) + "," + style.close() + " opposition leader Tomas Varga said.");
        paragraph(text, count, p.toString());
        marshLast = false;
        continue;
      }
      Sentence s = speech.sentences().get(i);
      int end = Math.max(4, (int) Math.round(s.words().size() * trimmed[i]));
      p.append(style.attributionFirst() ? before(r, style, s, end, marshLast) : after(r, style, s, end, marshLast));
      paragraph(text, count, p.toString());
      marshLast = true;
    }
    return new Article(style.outlet(), null, "2025-03-04", "en", null, text.toString());
  }

  // Wire style: "…," Marsh said. Also split quotations and partial quotations.
  private static String after(Random r, HouseStyle st, Sentence s, int end, boolean marshLast) {
    String o = st.open();
    String c = st.close();
    String who = marshLast && r.nextBoolean() ? "she" : "Marsh";
    String verb = pick(r, "said", "said", "added", "told delegates", "stressed", "noted");
    int kind = r.nextInt(10);
    if (kind < 2 && end >= 12) {
      int cut = end / 2;
      return o + s.in(st, 0, cut) + "," + c + " " + who + " " + verb + ". " + o + capitalized(s.in(st, cut, end)) + "." + c;
    }
    if (kind < 3 && end >= 10) {
      return "Marsh warned that the talks risked " + o + s.in(st, end - 6, end) + "." + c;
    }
    if (kind < 5) {
      return "Marsh told the summit: " + o + s.in(st, 0, end) + "." + c;
    }
    return o + s.in(st, 0, end) + "," + c + " " + who + " " + verb + ".";
  }

  // Broadsheet style: Ms Marsh said: “…” Also attribution after, and split quotations.
  private static String before(Random r, HouseStyle st, Sentence s, int end, boolean marshLast) {
    String o = st.open();
    String c = st.close();
    int kind = r.nextInt(10);
    if (kind < 2 && end >= 12) {
      int cut = end / 2;
      return o + s.in(st, 0, cut) + "," + c + " Ms Marsh said. " + o + capitalized(s.in(st, cut, end)) + "." + c;
    }
    if (kind < 4) {
      return o + s.in(st, 0, end) + "," + c + " the minister said.";
    }
    String who = marshLast && r.nextBoolean() ? pick(r, "She", "The minister") : "Ms Marsh";
    return who + " " + pick(r, "said", "told delegates", "added", "insisted") + ": " + o + s.in(st, 0, end) + "." + c;
  }

  private static String narrative(Random r, HouseStyle style) {
    String topic = pick(r, NARRATIVE_TOPICS);
    return pick(r, NARRATIVE_OPENERS) + " " + pick(r, NARRATIVE_VERBS) + " " + topic + " "
        + (style.american() ? "" : "and the minister\u2019s plans ") + pick(r, NARRATIVE_CLOSINGS);
  }

  private static void paragraph(StringBuilder text, int[] count, String paragraph) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(paragraph);
    count[0] += paragraph.split(" ").length;
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(Random r, String... from) {
    return from[r.nextInt(from.length)];
  }
}
