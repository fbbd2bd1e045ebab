package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks comparison JSON: valid against comparison.schema.json, and consistent in what a schema
 * cannot say (every id it refers to exists, every range lies inside its document's text, quote
 * spans hold the quote's words, an attribution's paragraph numbers are those of its spans).
 */
public final class ComparisonJsonCheck {
  private static final String SCHEMA = "/app/verbatim/schema/comparison.schema.json";
  private static JsonSchema schema;

  private ComparisonJsonCheck() {}

  public static synchronized JsonSchema schema() {
    if (schema == null) {
      try (InputStream in = ComparisonJsonCheck.class.getResourceAsStream(SCHEMA)) {
        assertThat(in).as("the schema is on the classpath").isNotNull();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  public static Set<ValidationMessage> validate(JsonNode json) {
    return schema().validate(json);
  }

  /** Fails unless the JSON is valid against the schema and internally consistent. */
  public static void assertValid(JsonNode json) {
    assertThat(validate(json)).as("schema violations").isEmpty();
    Set<String> docs = new HashSet<>();
    for (JsonNode d : json.get("documents")) {
      assertThat(docs.add(d.get("id").asText())).as("unique document id").isTrue();
    }
    Set<String> speakers = new HashSet<>();
    json.get("speakers").forEach(s -> assertThat(speakers.add(s.get("id").asText())).isTrue());
    Set<String> quotes = new HashSet<>();
    for (JsonNode q : json.get("quotes")) {
      assertThat(quotes.add(q.get("id").asText())).as("unique quote id").isTrue();
      String text = text(json, q.get("document").asText());
      if (!q.get("speaker").isNull()) {
        assertThat(speakers).contains(q.get("speaker").asText());
      }
      StringBuilder words = new StringBuilder();
      for (JsonNode span : q.get("spans")) {
        int start = span.get(0).asInt();
        int end = span.get(1).asInt();
        assertThat(start).isLessThanOrEqualTo(end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        words.append(words.length() == 0 ? "" : " ").append(text, start, end);
      }
      assertThat(flat(q.get("text").asText())).as("quote %s text matches its spans", q.get("id").asText())
          .isEqualTo(flat(words.toString()));
      for (JsonNode span : q.get("editorial")) {
        assertThat(span.get(1).asInt()).isLessThanOrEqualTo(text.length());
      }
      JsonNode why = q.get("attribution");
      JsonNode doc = document(json, q.get("document").asText());
      assertThat(paragraphAt(doc, why.get("cueSpan"))).as("quote %s cueParagraph", q.get("id").asText())
          .isEqualTo(why.get("cueParagraph"));
      assertThat(paragraphAt(doc, why.get("named"))).as("quote %s namedParagraph", q.get("id").asText())
          .isEqualTo(why.get("namedParagraph"));
    }
    for (JsonNode a : json.get("alignments")) {
      a.get("quotes").forEach(id -> assertThat(quotes).contains(id.asText()));
      for (JsonNode d : a.get("diff")) {
        String text = text(json, d.get("document").asText());
        assertThat(d.get("start").asInt()).isLessThanOrEqualTo(d.get("end").asInt());
        assertThat(d.get("end").asInt()).isLessThanOrEqualTo(text.length());
      }
    }
    for (JsonNode c : json.get("coverage")) {
      assertThat(docs).contains(c.get("document").asText());
      c.get("quotes").forEach(id -> assertThat(quotes).contains(id.asText()));
    }
    for (JsonNode s : json.get("scareQuotes")) {
      String text = text(json, s.get("document").asText());
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
    }
    if (!json.get("focusSpeaker").isNull()) {
      assertThat(speakers).contains(json.get("focusSpeaker").asText());
    }
  }

  private static String text(JsonNode json, String documentId) {
    return document(json, documentId).get("text").asText();
  }

  private static JsonNode document(JsonNode json, String documentId) {
    for (JsonNode d : json.get("documents")) {
      if (d.get("id").asText().equals(documentId)) {
        return d;
      }
    }
    throw new AssertionError("no document " + documentId);
  }

  /**
   * The number of the document's paragraph a [start, end] pair starts in, as the JSON numbers them (body
   * number, 0 elsewhere), or null for no span; fails for a span outside the text.
   */
  private static JsonNode paragraphAt(JsonNode doc, JsonNode span) {
    if (span.isNull()) {
      return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }
    int start = span.get(0).asInt();
    assertThat(start).isLessThanOrEqualTo(span.get(1).asInt());
    assertThat(span.get(1).asInt()).isLessThanOrEqualTo(doc.get("text").asText().length());
    for (JsonNode p : doc.get("paragraphs")) {
      if (start >= p.get("start").asInt() && start < Math.max(p.get("end").asInt(), p.get("start").asInt() + 1)) {
        return com.fasterxml.jackson.databind.node.IntNode.valueOf(p.get("number").asInt());
      }
    }
    return com.fasterxml.jackson.databind.node.NullNode.getInstance();
  }

  // a quotation running over a line break is joined with a space in its text
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
