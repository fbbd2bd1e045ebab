package app.verbatim.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.QuoteText;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Twelve outlets, four passages, stitches between them: one group per passage, as annotated by hand. */
class TwelveOutletPassagesTest {
  private static String text(String name) throws IOException {
    try (InputStream in = TwelveOutletPassagesTest.class.getResourceAsStream("/fixtures/passages-12/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void eachPassageIsOneGroupHoldingExactlyItsRenderings() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String name = String.format("o%02d", i);
      articles.add(new Article(name, null, null, "en", null, text(name + ".txt")));
    }
    Comparison c = new VerbatimEngine().compare(articles);
    // group → the (outlet, words) of each member: the part's words for a stitched quotation
    Map<String, Set<String>> members = new HashMap<>();
    for (Alignment a : c.alignments()) {
      for (String id : a.quoteIds()) {
        Quote q = c.quote(id).orElseThrow();
        Document d = c.document(q.documentId()).orElseThrow();
        String words = a.partOf(id).map(p -> QuoteText.of(p.spans(), d.text())).orElse(q.text());
        members.computeIfAbsent(a.group(), g -> new HashSet<>()).add(d.outlet() + "|" + words);
      }
    }
    JsonNode expected = new ObjectMapper().readTree(text("expected.json")).get("groups");
    assertThat(members).as("groups: %s", members).hasSize(expected.size());
    for (JsonNode g : expected) {
      Set<String> found = members.values().stream()
          .filter(set -> contains(set, g.get("members").get(0))).findFirst().orElseThrow(
              () -> new AssertionError("no group for " + g.get("passage")));
      assertThat(found).as(g.get("passage").asText()).hasSize(g.get("members").size());
      for (JsonNode m : g.get("members")) {
        assertThat(contains(found, m)).as("%s in %s", m, found).isTrue();
      }
    }
  }

  private static boolean contains(Set<String> group, JsonNode member) {
    String prefix = member.get(0).asText() + "|" + member.get(1).asText();
    return group.stream().anyMatch(s -> s.startsWith(prefix));
  }
}
