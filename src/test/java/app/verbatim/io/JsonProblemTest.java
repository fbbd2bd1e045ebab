package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is wrong with a JSON file, said without Jackson's or the model's class names. */
class JsonProblemTest {
  /** A made-up shape to read JSON into. */
  record Port(String name, int berths, List<Port> neighbours) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The problem reading {@code json} as a port. */
  private static String asPort(String json) {
    try {
      MAPPER.readValue(json, Port.class);
    } catch (JsonProcessingException e) {
      return JsonProblem.describe(e);
    }
    throw new AssertionError("read " + json);
  }

  /** The problem reading {@code json} as any JSON at all. */
  private static String asJson(String json) {
    try {
      MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return JsonProblem.describe(e);
    }
    throw new AssertionError("read " + json);
  }

  @Test
  void aSyntaxErrorSaysWhereAndWhatInTheParsersFirstWords() {
    assertThat(asJson("{\"a\": }")).isEqualTo("invalid JSON at line 1, column 7 (Unexpected character ('}'))");
    assertThat(asJson("{\"a\" 1}")).isEqualTo("invalid JSON at line 1, column 6 (Unexpected character ('1'): was "
        + "expecting a colon to separate field name and value)");
    // the numeric code Jackson adds ("(code 93)") is left out
    assertThat(asJson("[1,]")).isEqualTo("invalid JSON at line 1, column 4 (Unexpected character (']'))");
  }

  @Test
  void linesAreCountedFromOne() {
    assertThat(asJson("{\"a\":\n  01}"))
        .isEqualTo("invalid JSON at line 2, column 4 (Invalid numeric value: Leading zeroes not allowed)");
  }

  @Test
  void aParserMessageNamingJacksonSettingsIsLeftOut() {
    // Jackson says "enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow": no use to a reader
    assertThat(asJson("{\"a\": NaN}")).isEqualTo("invalid JSON at line 1, column 10");
  }

  @Test
  void aFileCutShortSaysSo() {
    assertThat(asJson("{\"a\": [1, 2"))
        .isEqualTo("invalid JSON: it ends in the middle at line 1, column 12; the file is cut short");
    assertThat(asJson("{\"a\": \"abc"))
        .isEqualTo("invalid JSON: it ends in the middle at line 1, column 11; the file is cut short");
  }

  @Test
  void tooDeepANestingIsNamedWithoutTheSettingsName() {
    assertThat(asJson("[".repeat(1001)))
        .isEqualTo("invalid JSON: nested too deeply (more than 1,000 levels of brackets); no Verbatim file is");
  }

  @Test
  void tooLongAValueIsNamed() {
    assertThat(asPort("{\"berths\": 1" + "0".repeat(1200) + "}"))
        .isEqualTo("invalid JSON: it holds a value too long to read");
  }

  @Test
  void aValueOfTheWrongKindNamesItsFieldByItsPath() {
    assertThat(asPort("{\"berths\": \"many\"}"))
        .isEqualTo("the field \"berths\" has a value of the wrong kind at line 1, column 12");
    assertThat(asPort("{\"neighbours\": [{\"berths\": 1}, {\"berths\": \"x\"}]}"))
        .isEqualTo("the field \"neighbours[1].berths\" has a value of the wrong kind at line 1, column 43");
  }

  @Test
  void aWholeFileOfTheWrongKindNeverNamesAJavaType() {
    // Jackson: "Cannot deserialize value of type `app.verbatim.io.JsonProblemTest$Port` from Array value"
    assertThat(asPort("[1]")).isEqualTo("invalid JSON at line 1, column 1");
  }

  @Test
  void noLocationOrNoLineIsNoPlace() {
    assertThat(JsonProblem.where(null)).isEmpty();
    assertThat(JsonProblem.where(JsonLocation.NA)).isEmpty();
  }
}
