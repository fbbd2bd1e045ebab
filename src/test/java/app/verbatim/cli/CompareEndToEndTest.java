package app.verbatim.cli;

import static app.verbatim.cli.CliTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.ComparisonJsonCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare with the real engine, on small articles written for this test and on the seed pair. */
class CompareEndToEndTest {
  @TempDir
  Path dir;

  private final ObjectMapper mapper = new ObjectMapper();

  private static JsonNode quote(JsonNode json, String documentId, String containing) {
    for (JsonNode q : json.get("quotes")) {
      if (q.get("document").asText().equals(documentId) && q.get("text").asText().contains(containing)) {
        return q;
      }
    }
    throw new AssertionError("no quotation in " + documentId + " containing " + containing);
  }

  private static List<String> diffTexts(JsonNode json, JsonNode alignment, String kind, String documentId) {
    String text = null;
    for (JsonNode d : json.get("documents")) {
      if (d.get("id").asText().equals(documentId)) {
        text = d.get("text").asText();
      }
    }
    List<String> out = new ArrayList<>();
    for (JsonNode d : alignment.get("diff")) {
      if (d.get("kind").asText().equals(kind) && d.get("document").asText().equals(documentId)) {
        out.add(text.substring(d.get("start").asInt(), d.get("end").asInt()));
      }
    }
    return out;
  }

  @Test
  void aFileWithStrayLegacyBytesIsReadAsUtf8AndTheWarningReachesSummaryAndJson() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write("Port talks stall\n\n“We will not move the cranes,” said René Aubert.\n\n".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0x93});
    bytes.write("Not this week,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0x94});
    bytes.write(" he added.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path mixed = java.nio.file.Files.write(dir.resolve("mixed.txt"), bytes.toByteArray());
    Path json = dir.resolve("out.json");
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", mixed.toString(), fixture("harbor-herald.txt"),
        "--json", json.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("René Aubert").doesNotContain("RenÃ©").contains("WARNINGS")
        .contains("except for 2 bytes");
    JsonNode tree = mapper.readTree(json.toFile());
    assertThat(tree.get("warnings").toString()).contains("mixed.txt is UTF-8 except for 2 bytes");
  }

  @Test
  void comparesTwoArticlesAndWritesTheJson() throws Exception {
    Path json = dir.resolve("harbor.json");
    String herald = fixture("harbor-herald.txt");
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", herald, fixture("alder-gazette.json"),
        "--label", "Harbor Herald", "--json", json.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();

    JsonNode tree = mapper.readTree(json.toFile());
    ComparisonJsonCheck.assertValid(tree);

    JsonNode d1 = tree.get("documents").get(0);
    JsonNode d2 = tree.get("documents").get(1);
    assertThat(d1.get("outlet").asText()).isEqualTo("Harbor Herald");
    assertThat(d2.get("outlet").asText()).isEqualTo("The Alder Gazette");
    assertThat(d1.get("title").asText()).isEqualTo("Mayor unveils harbor plan, promises \"no new taxes\"");
    assertThat(d2.get("title").asText()).isEqualTo("Whitfield vows harbour will not crumble");
    assertThat(d1.get("source").asText()).isEqualTo(herald);
    assertThat(d2.get("source").asText()).isEqualTo("https://gazette.example/harbour-plan");
    assertThat(d2.get("language").asText()).isEqualTo("en-GB");
    String text1 = Files.readString(Path.of(herald), StandardCharsets.UTF_8);
    assertThat(d1.get("text").asText()).isEqualTo(text1);
    assertThat(d1.get("sha256").asText()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text1.getBytes(StandardCharsets.UTF_8))));

    JsonNode crumble1 = quote(tree, "d1", "we will not let it crumble");
    JsonNode crumble2 = quote(tree, "d2", "we will not let it crumble");
    JsonNode ortiz = quote(tree, "d1", "good start");
    assertThat(crumble1.get("speaker").asText()).isEqualTo(crumble2.get("speaker").asText());
    assertThat(ortiz.get("speaker").asText()).isNotEqualTo(crumble1.get("speaker").asText());

    JsonNode link = null;
    for (JsonNode a : tree.get("alignments")) {
      List<String> ids = new ArrayList<>();
      a.get("quotes").forEach(id -> ids.add(id.asText()));
      if (ids.contains(crumble1.get("id").asText())) {
        link = a;
        assertThat(ids).containsExactly(crumble1.get("id").asText(), crumble2.get("id").asText());
      }
      assertThat(ids).doesNotContain(ortiz.get("id").asText());
    }
    assertThat(link).as("the two renderings of the same sentence are linked").isNotNull();
    assertThat(link.get("relation").asText()).isEqualTo("variant");
    assertThat(diffTexts(tree, link, "variant", "d1")).contains("harbor");
    assertThat(diffTexts(tree, link, "variant", "d2")).contains("harbour");
    assertThat(diffTexts(tree, link, "only", "d1")).isEmpty();

    boolean ortizOnlyInHerald = false;
    for (JsonNode c : tree.get("coverage")) {
      for (JsonNode id : c.get("quotes")) {
        if (id.asText().equals(ortiz.get("id").asText())) {
          ortizOnlyInHerald = c.get("document").asText().equals("d1");
        }
      }
    }
    assertThat(ortizOnlyInHerald).isTrue();

    assertThat(run.out()).contains("Harbor Herald (d1)", "The Alder Gazette (d2)", "Dana Whitfield", "Ray Ortiz")
        .contains("Spelled differently: “harbor” (Harbor Herald) / “harbour” (The Alder Gazette)")
        .contains("JSON written to " + json);
  }

  @Test
  void speakerFilterWithTheRealEngine() {
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", fixture("harbor-herald.txt"), fixture("alder-gazette.json"),
        "--speaker", "ms whitfield");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Only the quotations of Dana Whitfield").doesNotContain("good start");
    CliRun unknown = CliRun.of(new VerbatimEngine(), "compare", fixture("harbor-herald.txt"),
        fixture("alder-gazette.json"), "--speaker", "Kowalski").failsWith(Cli.INPUT);
    assertThat(unknown.err()).contains("Dana Whitfield");
  }

  @Test
  void theSeedPairGivesValidJson() throws IOException {
    Path nbc = copy("/fixtures/seeds/nbc-news.txt");
    Path tass = copy("/fixtures/seeds/tass.txt");
    Path json = dir.resolve("seed.json");
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", nbc.toString(), tass.toString(), "--label", "NBC News",
        "--label", "TASS", "--json", json.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode tree = mapper.readTree(json.toFile());
    ComparisonJsonCheck.assertValid(tree);
    assertThat(tree.get("documents").findValuesAsText("outlet")).containsExactly("NBC News", "TASS");
    assertThat(tree.get("quotes").size()).isPositive();
  }

  @Test
  void anArticleWithoutQuotationsHasZeroQuotes() throws IOException {
    Path none = copy("/fixtures/valdoria/no-quotations.txt");
    Path json = dir.resolve("none.json");
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", none.toString(), fixture("harbor-herald.txt"),
        "--json", json.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("no-quotations (d1) — 0 quotations");
    JsonNode tree = mapper.readTree(json.toFile());
    ComparisonJsonCheck.assertValid(tree);
    tree.get("quotes").forEach(q -> assertThat(q.get("document").asText()).isEqualTo("d2"));
  }

  private Path copy(String resource) throws IOException {
    Path target = dir.resolve(Path.of(resource).getFileName().toString());
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      Files.write(target, in.readAllBytes());
    }
    return target;
  }
}
