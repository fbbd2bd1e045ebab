package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference mark in the article format, and the fidelity and parts in the comparison JSON. */
class ReferenceJsonTest {
  private final ArticleJson json = new ArticleJson();

  @Test
  void anArticleMarkedAsReferenceRoundTripsWithOrWithoutASpeaker() throws Exception {
    Article forMostQuoted = new Article("Record", null, null, "en", null, "The words.", "");
    Article forNamed = new Article("Record", null, null, "en", null, "The words.", "Ana Reyes");
    assertThat(json.read(json.write(forMostQuoted), "r.json")).isEqualTo(forMostQuoted);
    assertThat(json.read(json.write(forNamed), "r.json")).isEqualTo(forNamed);
    assertThat(json.write(forMostQuoted)).contains("\"reference\": true");
    assertThat(ArticleSchema.errors(json.write(forNamed))).isEmpty();
    assertThat(json.read("{\"outlet\":\"O\",\"text\":\"t\",\"reference\":false}", "a.json").referenceDocument()).isFalse();
  }

  @Test
  void aReferenceFileReadFromDiskStaysAReference(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("record.json");
    java.nio.file.Files.writeString(file, json.write(new Article("Record", null, null, "en", null, "The words.", "")));
    Article read = new ArticleReader().read(file, null);
    assertThat(read.referenceDocument()).isTrue();
    assertThat(read.source()).isEqualTo(file.toAbsolutePath().toString());
  }

  @Test
  void aReferenceFieldOfTheWrongKindIsNamedInTheUsersWords() {
    assertThatThrownBy(() -> json.read("{\"outlet\":\"O\",\"text\":\"t\",\"reference\":3}", "a.json"))
        .hasMessageContaining("\"reference\" field must be true, false or a speaker's name");
  }

  @Test
  void aComparisonWithAReferenceCarriesFidelityAndValidates() throws Exception {
    String record = "Speech\n\nWe will not accept new targets while the old promises remain unpaid. The era of "
        + "empty pledges is over.\n";
    String news = "Minister refuses\n\nThe summit opened on Monday.\n\nMinister Ana Reyes said: \"We will not accept new targets while the old "
        + "promises remain unpaid.\"\n";
    Comparison c = new VerbatimEngine().compare(List.of(new Article("Wire", null, null, "en", null, news),
        new Article("Record", null, null, "en", null, record, "")));
    JsonNode tree = new ObjectMapper().readTree(new ComparisonJson().write(c));
    ComparisonJsonCheck.assertValid(tree);
    assertThat(tree.get("documents").get(1).get("reference").asText()).isEmpty();
    assertThat(tree.get("fidelity").get(0).get("class").asText()).isEqualTo("verbatim");
    assertThat(tree.get("fidelity").get(0).get("reference").asText()).isEqualTo("d2");
  }
}
