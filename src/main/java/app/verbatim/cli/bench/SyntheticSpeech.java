package app.verbatim.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An invented speech: random but sentence-shaped statements drawn from a word list, some carrying a
 * word that outlets spell differently (U.S./US, good-will/goodwill, per cent/percent …). Each sentence
 * is kept as words so every outlet can render it in its own house style.
 */
final class SyntheticSpeech {
  /** A word two house styles write differently; {@code american} and {@code british} are the two forms. */
  record Variant(String american, String british) {}

  /** One word of a sentence: plain, or a variant rendered per house style. */
  record Word(String plain, Variant variant) {
    String in(HouseStyle style) {
      return variant == null ? plain : style.american() ? variant.american() : variant.british();
    }
  }

  /** One sentence of the speech, without its final full stop. */
  record Sentence(List<Word> words) {
    Sentence {
      words = List.copyOf(words);
    }

    String in(HouseStyle style, int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (i > from) {
          b.append(' ');
        }
        b.append(words.get(i).in(style));
      }
      return b.toString();
    }

    String in(HouseStyle style) {
      return in(style, 0, words.size());
    }
  }

  static final List<Variant> VARIANTS = List.of(
      new Variant("U.S.", "US"), new Variant("good-will", "goodwill"), new Variant("per cent", "percent"),
      new Variant("forty", "40"), new Variant("program", "programme"), new Variant("defense", "defence"),
      new Variant("pipe-dream", "pipe dream"), new Variant("labor", "labour"), new Variant("center", "centre"),
      new Variant("organize", "organise"));

  // Mostly short subjects, as in speech: a long refrain opening many sentences would link them all.
  private static final String[] SUBJECTS = {
      "We", "We", "We", "I", "Our government", "My country", "Valdoria", "This assembly", "Our partners",
      "Farmers", "Every nation", "Our negotiators", "Young people", "Our cities", "The provinces",
      "Scientists", "Small traders", "The ministry", "Our neighbours", "History", "Workers", "Diplomats",
      "The council", "Nobody", "Everyone", "Some", "Many", "Our people", "The world", "Europe", "Our region",
      "Mothers", "Fishermen", "Exporters", "Investors", "Our army", "Our courts", "The press", "They", "You"};
  private static final String[] VERBS = {
      "will not accept", "have always supported", "must recognize", "cannot ignore", "will defend",
      "are ready to discuss", "refuse to sacrifice", "expect", "have paid for", "will never abandon",
      "must rebuild", "continue to demand", "welcome", "reject", "stand behind", "will protect", "fear",
      "remember", "invest in", "deserve", "question", "measure", "share", "build", "watch", "count on",
      "negotiate", "propose", "oppose", "depend on", "celebrate", "regret", "inherit", "restore", "improve",
      "export", "import", "finance", "inspect", "tolerate"};
  private static final String[] ADJECTIVES = {
      "fair", "lasting", "hollow", "binding", "sudden", "honest", "regional", "costly", "quiet", "shared",
      "modern", "fragile", "rural", "open", "difficult", "broken", "bold", "careful", "equal", "urgent",
      "ancient", "northern", "southern", "coastal", "generous", "reckless", "patient", "narrow", "wide",
      "secret", "public", "private", "foreign", "domestic", "rising", "falling", "hidden", "visible",
      "stubborn", "decent", "bitter", "gentle", "steady", "unequal", "distant", "familiar", "sensible",
      "strict", "loose", "heavy", "light", "complex", "simple", "green", "dry", "frozen", "crowded"};
  private static final String[] NOUNS = {
      "trade", "tariffs", "markets", "harvests", "growers", "livelihoods", "borders", "reforms", "subsidies",
      "exports", "prices", "talks", "commitments", "promises", "sanctions", "dialogue", "security", "water",
      "roads", "schools", "ports", "wages", "families", "industry", "energy", "credit", "quotas", "courts",
      "villages", "rivers", "railways", "treaties", "inspections", "standards", "investment", "confidence",
      "orchards", "vineyards", "fisheries", "forests", "mines", "bridges", "hospitals", "pensions", "taxes",
      "loans", "debts", "currencies", "contracts", "patents", "seeds", "fertilizer", "cattle", "grain",
      "cotton", "coffee", "timber", "steel", "copper", "salt", "wool", "silk", "tea", "rice", "wheat",
      "barley", "olives", "dairy", "poultry", "shipping", "warehouses", "customs", "licences", "inspectors",
      "cooperatives", "unions", "universities", "laboratories", "satellites", "pipelines", "dams", "canals",
      "harbours", "airports", "highways", "tunnels", "markets", "archives", "elections", "parliaments",
      "ministers", "mayors", "judges", "teachers", "nurses", "engineers", "students", "veterans", "pilgrims"};
  private static final String[] LINKS = {
      "and", "with", "without", "for", "against", "beyond", "through", "despite", "before", "after", "under",
      "over", "instead of", "alongside", "near", "toward"};
  private static final String[] CLOSINGS = {
      "this year", "at any price", "in good faith", "for our children", "before the harvest",
      "in every region", "without delay", "once and for all", "as partners", "in the coming months",
      "by the spring", "after the floods", "since the war", "within a decade", "from the first day"};

  /** Distinct content words, about what a long speech uses. */
  private static final int VOCABULARY = 6_000;

  private final List<Sentence> sentences;
  private final BenchVocabulary nouns;
  private final BenchVocabulary adjectives;

  SyntheticSpeech(int count, Random random) {
    this.nouns = new BenchVocabulary(List.of(NOUNS), VOCABULARY, random);
    this.adjectives = new BenchVocabulary(List.of(ADJECTIVES), VOCABULARY / 3, random);
    List<Sentence> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(sentence(random));
    }
    this.sentences = List.copyOf(list);
  }

  List<Sentence> sentences() {
    return sentences;
  }

  // Subject, verb, two to four noun phrases joined by links, sometimes a closing; 8–25 words.
  private Sentence sentence(Random r) {
    List<Word> words = new ArrayList<>();
    addPlain(words, pick(r, SUBJECTS));
    addPlain(words, pick(r, VERBS));
    int phrases = 2 + r.nextInt(3);
    for (int p = 0; p < phrases; p++) {
      if (p > 0) {
        addPlain(words, pick(r, LINKS));
      }
      addPlain(words, r.nextBoolean() ? "the" : "our");
      if (r.nextInt(4) == 0) {
        Variant v = VARIANTS.get(r.nextInt(VARIANTS.size()));
        words.add(new Word(null, v));
      } else {
        addPlain(words, adjectives.next(r));
      }
      addPlain(words, nouns.next(r));
    }
    if (r.nextInt(5) == 0) {
      addPlain(words, pick(r, CLOSINGS));
    }
    return new Sentence(words);
  }

  private static void addPlain(List<Word> words, String phrase) {
    for (String w : phrase.split(" ")) {
      words.add(new Word(w, null));
    }
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
