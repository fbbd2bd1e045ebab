package app.verbatim.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {
  private static int words(String text) {
    return text.strip().split("\\s+").length;
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void isDeterministicForASeed() {
    assertThat(SyntheticArticles.pair(3_000, 7)).isEqualTo(SyntheticArticles.pair(3_000, 7));
    assertThat(SyntheticArticles.pair(3_000, 7).get(0).text()).isNotEqualTo(SyntheticArticles.pair(3_000, 8).get(0).text());
  }

  @Test
  void reachesTheRequestedLength() {
    for (int size : List.of(800, 6_250, 50_000)) {
      for (Article a : SyntheticArticles.pair(size, 1)) {
        assertThat(words(a.text())).as("%s at %d", a.outlet(), size).isBetween(size, size + size / 20 + 60);
      }
    }
  }

  @Test
  void fiftyThousandWordsHoldAboutTwoThousandQuotations() {
    List<Article> pair = SyntheticArticles.pair(50_000, 2018);
    // one quotation (perhaps split by its attribution) per paragraph that has a mark
    int wire = count(pair.get(0).text(), "(?m)^.*\".*$");
    int broadsheet = count(pair.get(1).text(), "(?m)^.*“.*$");
    assertThat(wire).isBetween(1_800, 2_300);
    assertThat(broadsheet).isBetween(1_800, 2_300);
  }

  @Test
  void theOutletsWriteInDifferentHouseStyles() {
    List<Article> pair = SyntheticArticles.pair(6_250, 3);
    String wire = pair.get(0).text();
    String broadsheet = pair.get(1).text();
    assertThat(pair).extracting(Article::outlet).doesNotHaveDuplicates();
    assertThat(wire).contains("\"").doesNotContain("“").contains("U.S.").doesNotContain(" US ");
    assertThat(broadsheet).contains("“", "”").doesNotContain("\"").contains(" US ").doesNotContain("U.S.");
    assertThat(wire).containsPattern("\"[^\"]+,\" (Marsh|she) [a-z ]+\\.");           // attribution after
    assertThat(broadsheet).containsPattern("(Ms Marsh|She|The minister) [a-z ]+: “");  // attribution before
    assertThat(wire).containsPattern(",\" (Marsh|she) [a-z ]+\\. \"");                 // split quotation
    assertThat(broadsheet).contains("’");                                               // apostrophes, not quotes
    assertThat(wire).contains("Tomas Varga");
  }

  @Test
  void theOutletsQuoteOverlappingPartsOfTheSpeech() {
    List<Article> pair = SyntheticArticles.pair(6_250, 5);
    List<String> wire = quoted(pair.get(0).text(), "\"([^\"]{30,})[,.]\"");
    List<String> broadsheet = quoted(pair.get(1).text(), "“([^”]{30,})[,.]”");
    long shared = wire.stream().filter(w -> broadsheet.stream().anyMatch(b -> normalized(b).equals(normalized(w)))).count();
    assertThat(shared).as("sentences both quote").isGreaterThan(wire.size() / 5);
    assertThat(shared).as("but not all").isLessThan(wire.size());
  }

  @Test
  void refusesUselessSizes() {
    assertThatThrownBy(() -> SyntheticArticles.pair(10, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> quoted(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  // the house styles differ in spelling; compare with the variants folded
  private static String normalized(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT);
    for (SyntheticSpeech.Variant v : SyntheticSpeech.VARIANTS) {
      t = t.replace(v.british().toLowerCase(java.util.Locale.ROOT), v.american().toLowerCase(java.util.Locale.ROOT));
    }
    return t;
  }
}
