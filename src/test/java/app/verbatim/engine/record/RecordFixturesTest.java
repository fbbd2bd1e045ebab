package app.verbatim.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.Quote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every quotation of the hand-annotated record fixtures gets the fidelity class written in expected.json. */
class RecordFixturesTest {
  private static String text(String name) throws IOException {
    try (InputStream in = RecordFixturesTest.class.getResourceAsStream("/fixtures/record/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedClass() throws IOException {
    JsonNode cases = new ObjectMapper().readTree(text("expected.json")).get("cases");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      List<Article> articles = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (JsonNode o : c.get("outlets")) {
        articles.add(new Article(o.asText(), null, null, "en", null, text(o.asText())));
        names.add(o.asText());
      }
      String ref = c.get("reference").asText();
      articles.add(new Article(ref, null, null, "en", null, text(ref), ""));
      names.add(ref);
      Comparison cmp = new VerbatimEngine().compare(articles);
      for (JsonNode e : c.get("expected")) {
        String label = c.get("name").asText() + ": " + e.get("outlet").asText() + " “" + e.get("starts").asText() + "”";
        tests.add(DynamicTest.dynamicTest(label, () -> {
          Quote q = quote(cmp, names, e);
          Fidelity f = cmp.fidelityOf(q.id()).orElseThrow(() -> new AssertionError("no fidelity for " + q.text()));
          assertThat(f.kind().label()).as("%s: %s", q.text(), f.changes()).isEqualTo(e.get("class").asText());
          assertThat(f.referenceId()).isEqualTo("d" + names.size());
          if (e.has("likely")) {
            assertThat(f.likely()).contains(e.get("likely").asText());
          }
          if (e.has("linkedTo")) {
            Quote other = quote(cmp, names, e.get("linkedTo"));
            assertThat(cmp.alignmentsOf(q.id())).anySatisfy(a -> {
              assertThat(a.quoteIds()).contains(other.id());
              assertThat(a.relation().label()).isEqualTo(e.get("relation").asText());
            });
          }
        }));
      }
    }
    return tests.stream();
  }

  private static Quote quote(Comparison cmp, List<String> names, JsonNode e) {
    String doc = "d" + (names.indexOf(e.get("outlet").asText()) + 1);
    String starts = e.get("starts").asText();
    Document d = cmp.document(doc).orElseThrow();
    return cmp.quotesOf(doc).stream().filter(q -> q.text().startsWith(starts)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation starting “" + starts + "” in " + d.outlet() + ": "
            + cmp.quotesOf(doc).stream().map(Quote::text).toList()));
  }
}
