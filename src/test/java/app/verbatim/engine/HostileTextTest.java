package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and hostile text: the engine never throws, never hangs, and every span it returns lies
 * inside its document text, in order. Random input comes from a fixed seed so failures repeat.
 */
class HostileTextTest {

  private static final long SEED = 20250314L;
  /**
   * Generous: each case takes a second or two; the limit only catches a runaway (a quadratic step
   * took minutes), and must hold on a busy 2-core machine. Speed itself is measured by {@code bench}.
   */
  private static final Duration LIMIT = Duration.ofSeconds(120);

  private static final String[] MARKS = {
      "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "`", "´", "″"};
  private static final String[] WORDS = {
      "said", "told", "added", "stressed", "noted", "urged", "according to", "he", "she", "the minister",
      "Ilse Marenko", "Ri Yong-ho", "U.S.", "good-will", "[the minister]", "…", "...", "—", "–", ",", ".",
      ":", ";", "?", "!", "don’t", "’90s", "farmers’", "O’Neill", "Москва", "сказал", "北京", "说",
      "قال", "الوزير", "אמר", "השר", "👍", "🇺🇦", "👩‍👩‍👧", "e\u0301", "\u200d", "\u200f", "\u202e", "\ufeff",
      "\t", "\r\n", "\n", "\n\n", "   ", "\u00a0", "\u2028", "\u0000", "0", "1923", "40%"};

  private static Comparison compare(List<Article> articles) {
    return assertTimeoutPreemptively(LIMIT, () -> new VerbatimEngine().compare(articles));
  }

  private static Article article(String outlet, String text) {
    return new Article(outlet, null, null, null, null, text);
  }

  private static void check(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(article("Outlet " + (i + 1), texts[i]));
    }
    Comparison c = compare(articles);
    ComparisonInvariants.requireNone(ComparisonInvariants.violations(articles, c));
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  static Stream<Arguments> hostileTexts() {
    String normal = "\"We will not back down,\" the minister said.";
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("one mark", "\""),
        Arguments.of("only whitespace", " \n\n\t \r\n "),
        Arguments.of("10,000 straight quote marks", repeat("\"", 10_000)),
        Arguments.of("10,000 curly quote marks", repeat("“", 5_000) + repeat("”", 5_000)),
        Arguments.of("10,000 alternating marks with words", repeat("“a” ‘b’ «c» „d“ ", 2_500)),
        Arguments.of("10,000 opening marks, one per paragraph", repeat("“Open and never closed\n\n", 10_000)),
        Arguments.of("10,000 apostrophes", repeat("don’t ’90s farmers’ ", 3_400)),
        Arguments.of("no spaces", repeat("abc\"def“ghi”jkl'mno’pqr«stu»", 4_000)),
        Arguments.of("no spaces, one huge word", repeat("x", 200_000)),
        // each classified mark once read its whole 800-character sentence window with patterns that
        // backtrack: 200,000 characters took over a minute, 400,000 about four
        Arguments.of("400,000 characters without spaces, marks every few letters", marksWithoutSpaces(400_000)),
        Arguments.of("huge paragraph with quotes", repeat(normal + " ", 2_000)),
        Arguments.of("50,000-word paragraph after a stray mark", "“" + repeat("word said he ", 16_667)),
        Arguments.of("mixed scripts", "Министр сказал: «Мы не отступим», — заявил он. 外交部长说：“我们不会让步。” "
            + "\"We will not back down,\" he said."),
        Arguments.of("right to left", "قال الوزير: «لن نتراجع أبداً عن هذا الموقف» في المؤتمر.\n\n"
            + "השר אמר: \"לא נוותר על זכויותינו\" בכנס.\n\n\u202e\"reversed quote here\"\u202c said he."),
        Arguments.of("emoji", "“We 👍 will 🇺🇦 never 👩‍👩‍👧 give up,” she said 😀.\n\n“😀😀😀 😀😀 😀”, he added."),
        Arguments.of("emoji at quote edges", "“😀 first words here 😀” said X. «🇺🇦» ‘👩‍👩‍👧’"),
        Arguments.of("combining marks and zero-width", "“Cafe\u0301 is\u200b not\u200d a pla\u0301ce,” she\u00ad said."),
        Arguments.of("control characters", "\u0000\u0001\"quote\u0007 with\u0008 bells\"\u001b said\u007f he"),
        Arguments.of("carriage returns only", "Headline\r\r\"First part of it,\" he said.\r\"Second part.\""),
        Arguments.of("lone surrogates", "“broken \ud83d half \ude00 pair,” he said \ud800."),
        Arguments.of("nested ten deep", "“a ‘b “c ‘d “e ‘f “g ‘h “i ‘j’ i” h’ g” f’ e” d’ c” b’ a”"),
        Arguments.of("closing before opening", "” backwards “ and ’ again ‘ and » more « said he"),
        Arguments.of("brackets unbalanced", "“We [the minister said nothing … ... [[[ ]]] ]] [,” he said."),
        Arguments.of("cue words only", repeat("said told added according to he she the minister ", 5_000)),
        Arguments.of("byte order marks inside", "\ufeff“Quote\ufeff with BOMs\ufeff,” he\ufeff said."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileTexts")
  void hostileTextNeverBreaksTheEngine(String name, String text) {
    check(text, "\"We will not back down,\" the minister said.");
    check(text, text);
  }

  @Test
  void randomTextNeverBreaksTheEngine() {
    Random random = new Random(SEED);
    for (int round = 0; round < 150; round++) {
      int docs = 2 + random.nextInt(3);
      String[] texts = new String[docs];
      for (int d = 0; d < docs; d++) {
        texts[d] = randomText(random, 1 + random.nextInt(600));
      }
      try {
        check(texts);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("round " + round + " (seed " + SEED + ") failed: " + e.getMessage(), e);
      }
    }
  }

  /** Runs of one to three letters or stops between straight, curly and single marks, no spaces. */
  private static String marksWithoutSpaces(int length) {
    Random random = new Random(SEED + 2);
    String marks = "\"“”'‘’";
    String letters = "abcdefghij.,";
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        sb.append(letters.charAt(random.nextInt(letters.length())));
      }
      sb.append(marks.charAt(random.nextInt(marks.length())));
    }
    return sb.toString();
  }

  /** Words, marks, scripts and line breaks shuffled together, with some well-formed quotes mixed in. */
  private static String randomText(Random random, int tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      int pick = random.nextInt(10);
      if (pick < 3) {
        sb.append(MARKS[random.nextInt(MARKS.length)]);
      } else if (pick < 9) {
        sb.append(WORDS[random.nextInt(WORDS.length)]);
      } else {
        String open = MARKS[random.nextInt(MARKS.length)];
        sb.append(open).append("We will not wait for anyone else").append(open.equals("“") ? "”" : open)
            .append(", ").append(WORDS[random.nextInt(WORDS.length)]).append(" said.");
      }
      if (random.nextInt(4) > 0) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }

  @Test
  void randomSurrogatesAndCodePointsNeverBreakTheEngine() {
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 40; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 200 + random.nextInt(2_000);
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(6);
        if (kind == 0) {
          sb.append(MARKS[random.nextInt(MARKS.length)]);
        } else if (kind == 1) {
          sb.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
        } else if (kind == 2) {
          sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
        } else {
          sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
      }
      String text = sb.toString();
      try {
        check(text, text.substring(0, text.length() / 2));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("round " + round + " failed: " + e.getMessage(), e);
      }
    }
  }

  @Test
  void manyArticlesAtOnce() {
    String[] texts = IntStream.range(0, 8)
        .mapToObj(i -> "Report " + i + "\n\n“We will not wait for anyone else,” the minister said. “Not now.”\n\n"
            + "‘Nor later,’ she added " + i + ".")
        .toArray(String[]::new);
    check(texts);
  }

  static Stream<Arguments> markStyles() {
    List<String[]> styles = List.of(
        new String[] {"straight", "\"", "\""},
        new String[] {"curly", "“", "”"},
        new String[] {"british single", "‘", "’"},
        new String[] {"guillemets", "«", "»"},
        new String[] {"low-high", "„", "“"});
    return styles.stream().flatMap(st -> Stream.of(
        Arguments.of(st[0] + ", narration next", st[1], st[2], true),
        Arguments.of(st[0] + ", quotation next", st[1], st[2], false)));
  }

  /**
   * A stray opening mark must be bounded by its paragraph and reported, in every house style. When
   * the next paragraph opens with a mark this is not a quotation running over paragraphs: the stray
   * mark sits mid-sentence and the reporter's own clause follows it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("markStyles")
  void aStrayOpeningMarkIsBoundedToItsParagraph(String style, String open, String close, boolean narrationNext) {
    String stray = "The governor, known to traders as " + open + "the Owl for his long silences, kept rates on hold.";
    String text = "Central bank holds rates\n\n" + stray + "\n\n"
        + (narrationNext ? "Investors had bet on a cut as early as May.\n\n" : "")
        + open + "Inflation is falling but it is not yet beaten," + close + " Henrik Sauer said.\n\n"
        + "He added that the bank would " + open + "look at the data, not at the calendar." + close + "\n\n"
        + open + "The era of cheap money is over," + close + " he said.";
    List<Article> articles = List.of(article("A", text), article("B", "No quotations here at all."));
    Comparison c = compare(articles);
    ComparisonInvariants.requireNone(ComparisonInvariants.violations(articles, c));
    String doc = c.documents().get(0).id();
    List<String> found = c.quotesOf(doc).stream().map(Quote::text).toList();
    assertThat(found).as("quotes after the stray mark")
        .anySatisfy(t -> assertThat(t).contains("Inflation is falling but it is not yet beaten"))
        .anySatisfy(t -> assertThat(t).contains("look at the data, not at the calendar"))
        .anySatisfy(t -> assertThat(t).contains("The era of cheap money is over"));
    // Whether the stray tail itself is shown as a quotation is the annotators' call (the Evening Post
    // fixture says it is not); here it must at least stay inside its own paragraph.
    int strayAt = text.indexOf(stray);
    int paragraphEnd = strayAt + stray.length();
    assertThat(c.quotesOf(doc)).as("no quotation runs from the stray mark into later paragraphs")
        .noneSatisfy(q -> {
          assertThat(q.start()).isLessThan(paragraphEnd);
          assertThat(q.end()).isGreaterThan(paragraphEnd);
        });
    assertThat(c.warnings()).as("a warning inside the stray mark's paragraph")
        .anySatisfy(w -> {
          assertThat(w.documentId()).isEqualTo(doc);
          assertThat(w.offset()).isBetween(strayAt, strayAt + stray.length());
        });
  }
}
