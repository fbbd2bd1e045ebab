package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed pair against the hand-made reference annotation (gold/seed-pair.json), matched the way
 * the project's scorer matches: a found quotation is a gold one when 80% of its words are in it.
 */
class SeedPairTest {
  private static Comparison comparison;
  private static JsonNode gold;
  private static final Map<String, Quote> MATCH = new HashMap<>();

  @BeforeAll
  static void run() throws Exception {
    comparison = new VerbatimEngine().compare(Fixtures.articles("seeds/nbc-news.txt", "seeds/tass.txt"));
    gold = new ObjectMapper().readTree(SeedPairTest.class.getResourceAsStream("/gold/seed-pair.json"));
    for (JsonNode g : gold.get("quotes")) {
      String doc = g.get("document").asText().equals("nbc") ? "d1" : "d2";
      Set<String> gt = words(g.get("text").asText());
      for (Quote q : comparison.quotesOf(doc)) {
        Set<String> qt = words(q.text());
        Set<String> common = new HashSet<>(qt);
        common.retainAll(gt);
        if (common.size() >= 0.8 * qt.size() && common.size() >= 0.8 * gt.size()) {
          MATCH.put(g.get("id").asText(), q);
        }
      }
    }
  }

  static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.replace('’', '\'').toLowerCase(Locale.ROOT).split("[^0-9a-z\\u00c0-\\uffff]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  @Test
  void everyGoldQuotationIsFoundAndNothingElse() {
    List<String> missing = new ArrayList<>();
    for (JsonNode g : gold.get("quotes")) {
      if (!MATCH.containsKey(g.get("id").asText())) {
        missing.add(g.get("id").asText());
      }
    }
    assertThat(missing).isEmpty();
    assertThat(comparison.quotes()).hasSize(gold.get("quotes").size());
  }

  @Test
  void everySpeakerIsRight() {
    for (JsonNode g : gold.get("quotes")) {
      Quote q = MATCH.get(g.get("id").asText());
      String expected = g.get("speaker").asText();
      String name = comparison.speaker(q.speakerId()).map(Speaker::name).orElse("(none)");
      String surname = expected.equals("Mike Pompeo") ? "pompeo" : "ri yong ho";
      assertThat(name.toLowerCase(Locale.ROOT).replace('-', ' '))
          .as("speaker of %s: %s", g.get("id").asText(), q.text())
          .contains(surname);
    }
  }

  @Test
  void riIsOneSpeakerAcrossOutletsAndTheFocus() {
    Speaker ri = comparison.speaker(comparison.focusSpeaker()).orElseThrow();
    assertThat(ri.name()).isEqualTo("Ri Yong Ho");
    assertThat(ri.aliases()).contains("Ri Yong-ho", "Ri", "he", "the minister");
    assertThat(comparison.speakers()).hasSize(2);
  }

  @Test
  void exactlyTheThreeGoldPairsAreLinked() {
    Set<Set<String>> expected = new HashSet<>();
    for (JsonNode a : gold.get("alignments")) {
      Set<String> pair = new HashSet<>();
      a.get("quotes").forEach(id -> pair.add(MATCH.get(id.asText()).id()));
      expected.add(pair);
    }
    Set<Set<String>> actual = new HashSet<>();
    comparison.alignments().forEach(a -> actual.add(new HashSet<>(a.quoteIds())));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void wordDifferencesOfTheGoodwillPair() {
    var a = comparison.alignmentsOf(MATCH.get("n3").id()).get(0);
    String nbc = comparison.documents().get(0).text();
    String tass = comparison.documents().get(1).text();
    assertThat(a.relation().label()).isEqualTo("overlap");
    assertThat(a.diff()).anySatisfy(d -> {
      assertThat(d.kind().label()).isEqualTo("variant");
      assertThat(d.span().of(nbc)).isEqualTo("good-will");
    });
    assertThat(a.diff()).anySatisfy(d -> {
      assertThat(d.kind().label()).isEqualTo("editorial");
      assertThat(d.span().of(tass)).startsWith("[the Democratic");
    });
    assertThat(a.diff()).anySatisfy(d -> {
      assertThat(d.kind().label()).isEqualTo("only");
      assertThat(d.documentId()).isEqualTo("d1");
      assertThat(d.span().of(nbc)).contains("in a transparent manner");
    });
  }

  @Test
  void pageFurnitureIsFlaggedAndSubheadingQuoteIsPlaced() {
    var nbc = comparison.documents().get(0);
    assertThat(nbc.paragraphs().get(0).section().name()).isEqualTo("BOILERPLATE");
    Quote vigorously = MATCH.get("p1");
    assertThat(vigorously.position().label()).isEqualTo("subheading");
    assertThat(vigorously.verb()).isEqualTo("saying"); // "Pompeo responded, saying that …": the participle nearest the quotation
  }
}
