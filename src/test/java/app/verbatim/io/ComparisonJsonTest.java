package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Comparison;
import app.verbatim.model.Evidence;
import app.verbatim.model.Quote;
import app.verbatim.model.SampleComparison;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonJsonTest {
  @TempDir
  Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Comparison sample = SampleComparison.build();

  private JsonNode json() throws IOException {
    return mapper.readTree(new ComparisonJson().write(sample));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void hasTheDocumentedShapeInOrder() throws IOException {
    JsonNode json = json();
    assertThat(fields(json)).containsExactly("format", "documents", "speakers", "quotes", "alignments",
        "scareQuotes", "coverage", "focusSpeaker", "fidelity", "warnings");
    assertThat(fields(json.get("documents").get(0))).contains("id", "outlet", "title", "source", "sha256", "text",
        "date", "language");
    assertThat(fields(json.get("quotes").get(0))).contains("id", "document", "text", "spans", "speaker",
        "speakerLabel", "verb", "position", "section", "paragraph", "kind", "editorial", "attribution");
    for (JsonNode q : json.get("quotes")) {
      assertThat(fields(q.get("attribution"))).containsExactly("sieve", "cue", "cueSpan", "cueParagraph", "named",
          "namedParagraph", "detail");
    }
    assertThat(fields(json.get("alignments").get(0))).contains("id", "group", "quotes", "relation", "similarity", "diff");
    assertThat(fields(json.get("alignments").get(0).get("diff").get(0))).containsExactly("kind", "document", "start", "end");
    assertThat(fields(json.get("coverage").get(0))).containsExactly("document", "speaker", "quotes");
  }

  @Test
  void keepsInputOrderAndWritesValues() throws IOException {
    JsonNode json = json();
    assertThat(json.get("documents").findValuesAsText("outlet")).containsExactly("Daily Wire", "The Broadsheet");
    JsonNode d1 = json.get("documents").get(0);
    assertThat(d1.get("text").asText()).isEqualTo(SampleComparison.TEXT_1);
    assertThat(d1.get("date").asText()).isEqualTo("2025-03-04");
    assertThat(d1.get("source").asText()).isEqualTo("https://example.org/wire/1");
    assertThat(json.get("documents").get(1).get("language").isNull()).isTrue();
    assertThat(json.get("quotes").findValuesAsText("id")).containsExactly("q1", "q2", "q3", "q4", "q5");

    JsonNode q4 = json.get("quotes").get(3);
    assertThat(q4.get("document").asText()).isEqualTo("d2");
    assertThat(q4.get("speaker").asText()).isEqualTo("s1");
    assertThat(q4.get("speakerLabel").asText()).isEqualTo("Ms Marsh");
    assertThat(q4.get("position").asText()).isEqualTo("lead");
    assertThat(q4.get("section").asText()).isEqualTo("body");
    assertThat(q4.get("paragraph").asInt()).isEqualTo(1);
    assertThat(q4.get("kind").asText()).isEqualTo("direct");
    String text2 = SampleComparison.TEXT_2;
    JsonNode editorial = q4.get("editorial").get(0);
    assertThat(text2.substring(editorial.get(0).asInt(), editorial.get(1).asInt())).isEqualTo("[in the north]");
    assertThat(json.get("quotes").get(4).get("speaker").isNull()).isTrue();
    assertThat(json.get("quotes").get(2).get("position").asText()).isEqualTo("paragraph 3");

    JsonNode a = json.get("alignments").get(0);
    assertThat(a.get("relation").asText()).isEqualTo("variant");
    assertThat(a.get("similarity").asDouble()).isEqualTo(0.93);
    assertThat(List.of(a.get("quotes").get(0).asText(), a.get("quotes").get(1).asText())).containsExactly("q1", "q4");
    List<String> kinds = a.get("diff").findValuesAsText("kind");
    assertThat(kinds).containsOnly("same", "variant", "editorial");
    JsonNode variant2 = a.get("diff").get(4);
    assertThat(text2.substring(variant2.get("start").asInt(), variant2.get("end").asInt())).isEqualTo("US");
    assertThat(json.get("coverage").get(2).get("speaker").isNull()).isTrue();
    assertThat(json.get("focusSpeaker").asText()).isEqualTo("s1");
    assertThat(json.get("warnings").get(0).get("message").asText()).contains("never closed");
  }

  @Test
  void everyQuoteSaysWhyItHasItsSpeaker() throws IOException {
    JsonNode quotes = json().get("quotes");
    for (JsonNode q : quotes) {
      assertThat(q.get("attribution").get("sieve").asText()).as("quote %s", q.get("id").asText())
          .isIn(Evidence.SIEVES);
    }
    JsonNode q2 = quotes.get(1).get("attribution");
    assertThat(q2.get("sieve").asText()).isEqualTo("cue-after");
    assertThat(q2.get("cue").asText()).isEqualTo("Marsh added");
    int start = q2.get("cueSpan").get(0).asInt();
    int end = q2.get("cueSpan").get(1).asInt();
    assertThat(SampleComparison.TEXT_1.substring(start, end)).isEqualTo("Marsh added");
    assertThat(q2.get("cueParagraph").asInt()).isEqualTo(2);
    assertThat(q2.get("named").isNull()).isTrue();
    assertThat(q2.get("namedParagraph").isNull()).isTrue();
    assertThat(q2.get("detail").asText()).isEqualTo("The name and verb after the quotation.");
    assertThat(quotes.get(2).get("attribution").get("cueParagraph").asInt()).isEqualTo(3);
    assertThat(quotes.get(2).get("attribution").get("detail").isNull()).isTrue();

    JsonNode none = quotes.get(4).get("attribution");
    assertThat(none.get("sieve").asText()).isEqualTo("none");
    assertThat(none.get("cue").isNull()).isTrue();
    assertThat(none.get("cueSpan").isNull()).isTrue();
    assertThat(none.get("cueParagraph").isNull()).isTrue();
    assertThat(none.get("detail").asText()).isEqualTo(Evidence.NONE.detail());
  }

  @Test
  void aCueThatRefersBackGivesWhereTheSpeakerWasNamed() throws IOException {
    // "Marsh added" read as referring back to the name in the headline and to the lead's full name
    Comparison c = SampleComparison.build();
    String t1 = SampleComparison.TEXT_1;
    Quote q2 = c.quotes().get(1);
    Quote pronoun = q2.withAttribution(q2.speakerId(), new Evidence("pronoun", "Marsh added",
        SampleComparison.span(t1, "Marsh added"), SampleComparison.span(t1, "Elena Marsh"), "Refers back."));
    Quote headline = c.quotes().get(2).withAttribution("s2", new Evidence("role", null, null,
        SampleComparison.span(t1, "Minister vows"), null));
    List<Quote> quotes = new ArrayList<>(c.quotes());
    quotes.set(1, pronoun);
    quotes.set(2, headline);
    Comparison changed = new Comparison(c.documents(), c.speakers(), quotes, c.scareQuotes(), c.alignments(),
        c.coverage(), c.focusSpeaker(), c.warnings());
    JsonNode json = mapper.readTree(new ComparisonJson().write(changed));
    ComparisonJsonCheck.assertValid(json);
    JsonNode a = json.get("quotes").get(1).get("attribution");
    assertThat(a.get("sieve").asText()).isEqualTo("pronoun");
    assertThat(t1.substring(a.get("named").get(0).asInt(), a.get("named").get(1).asInt())).isEqualTo("Elena Marsh");
    assertThat(a.get("namedParagraph").asInt()).isEqualTo(1);
    assertThat(a.get("cueParagraph").asInt()).isEqualTo(2);
    JsonNode h = json.get("quotes").get(2).get("attribution");
    assertThat(h.get("cueSpan").isNull()).isTrue();
    assertThat(h.get("cueParagraph").isNull()).isTrue();
    assertThat(h.get("namedParagraph").asInt()).as("the headline is outside the body").isEqualTo(0);
  }

  @Test
  void theSchemaListsExactlyTheRulesTheModelKnows() throws IOException {
    JsonNode schema;
    try (var in = ComparisonJson.class.getResourceAsStream("/app/verbatim/schema/comparison.schema.json")) {
      schema = mapper.readTree(in);
    }
    List<String> sieves = new ArrayList<>();
    schema.get("$defs").get("attribution").get("properties").get("sieve").get("enum")
        .forEach(n -> sieves.add(n.asText()));
    assertThat(sieves).isEqualTo(Evidence.SIEVES);
    assertThat(schema.get("$defs").get("quote").get("required").toString()).contains("\"attribution\"");
  }

  @Test
  void titleIsMetadataElseTheHeadlineParagraph() throws IOException {
    JsonNode docs = json().get("documents");
    assertThat(docs.get(0).get("title").asText()).isEqualTo("Minister vows \"no retreat\" on tariffs");
    assertThat(docs.get(1).get("title").asText()).isEqualTo("Marsh rejects tariff deal (metadata title)");
  }

  @Test
  void titleIsNullWithoutMetadataOrHeadline() {
    Comparison c = SampleComparison.build();
    var d = c.documents().get(0);
    var bodyOnly = new app.verbatim.model.Document(d.id(), d.article(), d.sha256(),
        d.paragraphs().stream().filter(p -> p.section() != app.verbatim.model.Section.HEADLINE).toList());
    assertThat(bodyOnly.title()).isNull();
  }

  @Test
  void validatesAgainstTheSchemaAndIsConsistent() throws IOException {
    ComparisonJsonCheck.assertValid(json());
  }

  @Test
  void schemaRejectsWhatTheFormatForbids() throws IOException {
    ObjectNode wrongRelation = (ObjectNode) json();
    ((ObjectNode) wrongRelation.get("alignments").get(0)).put("relation", "Variant");
    assertThat(ComparisonJsonCheck.validate(wrongRelation)).isNotEmpty();

    ObjectNode undocumented = (ObjectNode) json();
    ((ObjectNode) undocumented.get("quotes").get(0)).put("confidence", 0.5);
    assertThat(ComparisonJsonCheck.validate(undocumented)).as("every field must be in the schema").isNotEmpty();

    ObjectNode missingSpeaker = (ObjectNode) json();
    ((ObjectNode) missingSpeaker.get("quotes").get(0)).remove("speaker");
    assertThat(ComparisonJsonCheck.validate(missingSpeaker)).isNotEmpty();

    ObjectNode unknownRule = (ObjectNode) json();
    ((ObjectNode) unknownRule.get("quotes").get(0).get("attribution")).put("sieve", "guess");
    assertThat(ComparisonJsonCheck.validate(unknownRule)).isNotEmpty();

    ObjectNode noAttribution = (ObjectNode) json();
    ((ObjectNode) noAttribution.get("quotes").get(0)).remove("attribution");
    assertThat(ComparisonJsonCheck.validate(noAttribution)).isNotEmpty();

    ObjectNode badCueSpan = (ObjectNode) json();
    ((ObjectNode) badCueSpan.get("quotes").get(0).get("attribution")).putArray("cueSpan").add(3);
    assertThat(ComparisonJsonCheck.validate(badCueSpan)).isNotEmpty();

    ObjectNode missingCueParagraph = (ObjectNode) json();
    ((ObjectNode) missingCueParagraph.get("quotes").get(0).get("attribution")).remove("cueParagraph");
    assertThat(ComparisonJsonCheck.validate(missingCueParagraph)).isNotEmpty();

    ObjectNode badSpan = (ObjectNode) json();
    ((ObjectNode) badSpan.get("quotes").get(0)).putArray("spans").addArray().add(3);
    assertThat(ComparisonJsonCheck.validate(badSpan)).isNotEmpty();
  }

  @Test
  void theCheckCatchesAParagraphNumberThatIsNotTheCuesOwn() throws IOException {
    ObjectNode wrong = (ObjectNode) json();
    ((ObjectNode) wrong.get("quotes").get(1).get("attribution")).put("cueParagraph", 3);
    assertThat(ComparisonJsonCheck.validate(wrong)).as("valid for the schema").isEmpty();
    assertThatThrownBy(() -> ComparisonJsonCheck.assertValid(wrong)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("cueParagraph");
  }

  @Test
  void writesAFileAtomicallyAndLeavesNothingElse() throws IOException {
    Path out = dir.resolve("comparison.json");
    new ComparisonJson().write(sample, out);
    assertThat(mapper.readTree(out.toFile())).isEqualTo(json());
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).endsWith("}\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("comparison.json"), "previous result");
    assertThatThrownBy(() -> AtomicFile.write(out, stream -> {
      stream.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(out)).isEqualTo("previous result");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void writingIntoAMissingFolderFailsWithoutCreatingIt() {
    Path out = dir.resolve("missing").resolve("comparison.json");
    assertThatThrownBy(() -> new ComparisonJson().write(sample, out)).isInstanceOf(IOException.class);
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path out = Files.writeString(dir.resolve("comparison.json"), "x".repeat(100_000));
    new ComparisonJson().write(sample, out);
    assertThat(mapper.readTree(out.toFile()).get("format").asText()).isEqualTo(ComparisonJson.FORMAT);
  }
}
