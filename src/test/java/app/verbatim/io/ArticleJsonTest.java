package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleJsonTest {
  private final ArticleJson articleJson = new ArticleJson();
  private static Set<ValidationMessage> schemaErrors(String json) throws Exception {
    return ArticleSchema.errors(json);
  }

  private static final Article FULL = new Article("Example Daily", "Talks “resume”", "2024-03-01", "en-GB",
      "https://example.org/a", "Talks “resume”\n\n\"We will return,\" she said.\n  indented line\t\nlast");

  @Test
  void roundTripKeepsEveryField() throws Exception {
    assertThat(articleJson.read(articleJson.write(FULL), "x.json")).isEqualTo(FULL);
  }

  @Test
  void roundTripOfAMinimalArticle() throws Exception {
    Article minimal = new Article("Outlet", null, null, null, null, "Text.");
    String json = articleJson.write(minimal);
    assertThat(json).doesNotContain("title").doesNotContain("null");
    assertThat(articleJson.read(json, "x.json")).isEqualTo(minimal);
  }

  @Test
  void writtenFilesStartWithTheFormatAndKeepNonAsciiReadable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.json");
    articleJson.write(FULL, file);
    String json = Files.readString(file);
    assertThat(json).startsWith("{\n  \"format\": \"verbatim-article/1\",\n  \"outlet\": \"Example Daily\",");
    assertThat(json).contains("“resume”").endsWith("}\n");
  }

  @Test
  void writtenArticlesMatchTheSchema() throws Exception {
    assertThat(schemaErrors(articleJson.write(FULL))).isEmpty();
    assertThat(schemaErrors(articleJson.write(new Article("O", null, null, null, null, "T")))).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() throws Exception {
    assertThat(schemaErrors("{\"format\":\"verbatim-article/1\",\"outlet\":\"O\"}")).isNotEmpty();
    assertThat(schemaErrors("{\"format\":\"verbatim-article/2\",\"outlet\":\"O\",\"text\":\"t\"}")).isNotEmpty();
    assertThat(schemaErrors("{\"format\":\"verbatim-article/1\",\"outlet\":\"O\",\"text\":\"t\",\"date\":\"29/09/2018\"}")).isNotEmpty();
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    String json = """
        {"format": "verbatim-article/1", "outlet": "O", "text": "T", "wordCount": 1, "tags": ["a"], "extra": {"x": 1}}
        """;
    assertThat(articleJson.read(json, "x.json")).isEqualTo(new Article("O", null, null, null, null, "T"));
    assertThat(schemaErrors(json)).isEmpty();
  }

  @Test
  void windowsLineEndingsInTheTextBecomeNewlines() throws Exception {
    String json = "{\"format\":\"verbatim-article/1\",\"outlet\":\"O\",\"text\":\"a\\r\\nb\\rc\"}";
    assertThat(articleJson.read(json, "x.json").text()).isEqualTo("a\nb\nc");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing outlet      | {"format":"verbatim-article/1","text":"T"}                               | "outlet" field is missing
      missing text        | {"format":"verbatim-article/1","outlet":"O"}                             | required "text" field is missing
      blank text          | {"format":"verbatim-article/1","outlet":"O","text":"  \\n "}              | "text" field is empty
      blank outlet        | {"format":"verbatim-article/1","outlet":"","text":"T"}                   | "outlet" field is missing
      outlet not a string | {"format":"verbatim-article/1","outlet":["O"],"text":"T"}                | "outlet" field must be a string, not a list
      title not a string  | {"format":"verbatim-article/1","outlet":"O","text":"T","title":5}        | "title" field must be a string, not a number
      text not a string   | {"format":"verbatim-article/1","outlet":"O","text":{"body":"T"}}         | "text" field must be a string, not an object
      date not a string   | {"format":"verbatim-article/1","outlet":"O","text":"T","date":true}      | "date" field must be a string, not true/false
      reference a number  | {"format":"verbatim-article/1","outlet":"O","text":"T","reference":2}    | "reference" field must be true, false or a speaker's name, not a number
      bad date            | {"format":"verbatim-article/1","outlet":"O","text":"T","date":"29.9.18"} | "date" field must be a date written yyyy-MM-dd
      impossible date     | {"format":"verbatim-article/1","outlet":"O","text":"T","date":"2018-02-30"} | "date" field must be a date
      bad language        | {"format":"verbatim-article/1","outlet":"O","text":"T","language":"English!"} | "language" field must be a language tag
      no format, no text  | {"outlet":"O","body":"T"}                                                | not a Verbatim article file: it has no "text" field
      other format        | {"format":"verbatim-article/9","outlet":"O","text":"T"}                  | unsupported article format "verbatim-article/9"
      not an object       | ["O","T"]                                                                | expected a JSON object
      syntax error        | {"format":"verbatim-article/1","outlet":"O",}                            | invalid JSON at line 1, column
      truncated           | {"format":"verbatim-article/1","outlet":"O","text":"T                    | invalid JSON
      duplicate key       | {"format":"verbatim-article/1","outlet":"O","outlet":"P","text":"T"}     | Duplicate field 'outlet'
      trailing garbage    | {"format":"verbatim-article/1","outlet":"O","text":"T"} x                | invalid JSON
      nested too deeply   | {"outlet":"O","text":"T","x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]} | nested too deeply
      """)
  void invalidArticlesAreRefusedWithAOneLineMessage(String what, String input, String expected) {
    assertThatThrownBy(() -> articleJson.read(input, "bad.json"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("Cannot read bad.json: ")
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"))
        // the user's words, not the parser's classes and settings
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("`").doesNotContain("StreamRead")
            .doesNotContain("Source:").doesNotContain("app.verbatim"));
  }

  @Test
  void formatMayBeLeftOutWhenReading() throws Exception {
    String hand = "{\"outlet\": \"O\", \"text\": \"T\"}";
    assertThat(articleJson.read(hand, "x.json")).isEqualTo(new Article("O", null, null, null, null, "T"));
    assertThat(schemaErrors(hand)).isEmpty();
  }

  @Test
  void missingOutletFallsBackWhenTheCallerHasOne() throws Exception {
    String noOutlet = "{\"format\": \"verbatim-article/1\", \"outlet\": null, \"text\": \"T\"}";
    assertThat(articleJson.read(noOutlet, "x.json", "From label").outlet()).isEqualTo("From label");
    assertThat(articleJson.read("{\"outlet\": \"Own\", \"text\": \"T\"}", "x.json", "From label").outlet()).isEqualTo("Own");
    assertThat(schemaErrors(noOutlet)).isEmpty();
  }

  @Test
  void emptyDocumentIsRefused() {
    assertThatThrownBy(() -> articleJson.read("", "e.json")).isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("e.json");
  }

  @Test
  void theSchemaExampleIsAValidArticle() throws Exception {
    JsonNode example = ArticleSchema.schemaDocument().get("examples").get(0);
    assertThat(ArticleSchema.errors(example)).isEmpty();
    assertThat(articleJson.read(example.toString(), "example").outlet()).isEqualTo("Example Daily");
  }
}
