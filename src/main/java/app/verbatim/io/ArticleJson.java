package app.verbatim.io;

import app.verbatim.model.Article;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The Verbatim article file, {@code verbatim-article/1}: one JSON object with the article's metadata
 * and its text exactly as published.
 *
 * <pre>{@code
 * {
 *   "format": "verbatim-article/1",             optional when reading; always written
 *   "outlet": "NBC News",                       the label or file name stand in when absent
 *   "title": "North Korea says it won't…",      optional
 *   "date": "2018-09-29",                       optional, yyyy-MM-dd
 *   "language": "en",                           optional, BCP-47 tag
 *   "source": "https://…",                      optional
 *   "reference": true,                          optional: the record of the speech (a transcript), or the
 *                                               name of the speaker whose words it holds
 *   "text": "…"                                 required, not blank
 * }
 * }</pre>
 *
 * Unknown fields are ignored, so later versions can add some. The JSON Schema is the resource
 * {@value #SCHEMA_RESOURCE}. Instances are immutable and thread-safe.
 */
public final class ArticleJson {
  /** The value of the "format" field this class reads and writes. */
  public static final String FORMAT = "verbatim-article/1";
  /** Classpath location of the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/app/verbatim/schema/article.schema.json";

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      // a number or true/false where the format wants a string is a mistake to report, not to convert
      .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  /**
   * The file as stored. "format" and "reference" stay JSON values: a file naming another format is
   * reported with that name, and "reference" is true, false or a speaker's name.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"format", "outlet", "title", "date", "language", "source", "reference", "text"})
  record Stored(JsonNode format, String outlet, String title, String date, String language, String source,
      JsonNode reference, String text) {}

  /**
   * Parses an article file's JSON that must name its outlet.
   *
   * @param source names the file in messages
   * @throws ArticleReadException for invalid JSON or a missing or malformed field, naming the problem
   */
  public Article read(String json, String source) throws ArticleReadException {
    return read(json, source, null);
  }

  /**
   * Parses an article file's JSON.
   *
   * @param source         names the file in messages
   * @param fallbackOutlet the outlet when the file names none (a label, the file name), or null to require one
   * @throws ArticleReadException for invalid JSON or a missing or malformed field, naming the problem
   */
  public Article read(String json, String source, String fallbackOutlet) throws ArticleReadException {
    Stored stored = parse(json, source);
    JsonNode format = stored.format();
    // Hand-written files may leave "format" out; a file that names another format is not ours to guess at.
    boolean formatless = format == null || format.isNull();
    if (!formatless && !(format.isTextual() && format.asText().equals(FORMAT))) {
      throw new ArticleReadException(source, "unsupported article format " + format
          + " (this version of Verbatim reads \"" + FORMAT + "\")");
    }
    if (formatless && stored.text() == null) {
      throw new ArticleReadException(source, "not a Verbatim article file: it has no \"text\" field");
    }
    String text = requiredText(stored.text(), source);
    String outlet = blankAsNull(stored.outlet());
    if (outlet == null) {
      if (fallbackOutlet == null || fallbackOutlet.isBlank()) {
        throw new ArticleReadException(source, "the \"outlet\" field is missing");
      }
      outlet = fallbackOutlet;
    }
    String date = blankAsNull(stored.date());
    String language = blankAsNull(stored.language());
    if (date != null && !isIsoDate(date)) {
      throw new ArticleReadException(source, "the \"date\" field must be a date written yyyy-MM-dd, not \"" + date + "\"");
    }
    if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
      throw new ArticleReadException(source, "the \"language\" field must be a language tag such as \"en\" or"
          + " \"en-GB\", not \"" + language + "\"");
    }
    return new Article(outlet.strip(), blankAsNull(stored.title()), date, language, blankAsNull(stored.source()),
        TextDecoder.normalizeLineEndings(text), reference(stored.reference(), source));
  }

  /** The article as a verbatim-article/1 document: two-space indented, absent fields left out, ending in a newline. */
  public String write(Article article) {
    JsonNode reference = null;
    if (article.referenceDocument()) {
      reference = article.reference().isEmpty() ? BooleanNode.TRUE : TextNode.valueOf(article.reference());
    }
    Stored stored = new Stored(TextNode.valueOf(FORMAT), article.outlet(), article.title(), article.date(),
        article.language(), article.source(), reference, article.text());
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(stored) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an article of strings always serialises", e);
    }
  }

  /** Writes the article to a file in UTF-8, atomically: readers never see half a file. */
  public void write(Article article, Path file) throws IOException {
    AtomicFile.write(file, write(article));
  }

  private static Stored parse(String json, String source) throws ArticleReadException {
    Stored stored;
    // our own parser, left open by Jackson, still shows the token a mismatch stopped at
    try (JsonParser parser = MAPPER.createParser(json)) {
      try {
        stored = MAPPER.readValue(parser, Stored.class);
      } catch (MismatchedInputException e) {
        throw new ArticleReadException(source, mismatch(e, parser.currentToken()), e);
      } catch (JsonMappingException e) {
        // a syntax error met inside a field's value: the syntax is the problem, not the field
        throw new ArticleReadException(source, JsonProblem.describe(
            e.getCause() instanceof JsonProcessingException cause ? cause : e), e);
      }
    } catch (JsonProcessingException e) {
      throw new ArticleReadException(source, JsonProblem.describe(e), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
    if (stored == null) {
      throw new ArticleReadException(source, "not a Verbatim article: expected a JSON object with \"format\": \""
          + FORMAT + "\"");
    }
    return stored;
  }

  /** A value of the wrong kind, in the user's words: which field, and what it holds instead of a string. */
  private static String mismatch(MismatchedInputException e, JsonToken token) {
    if (token == null) {
      return "the file contains no JSON";
    }
    if (e.getPath().isEmpty()) {
      return "not a Verbatim article: expected a JSON object with \"format\": \"" + FORMAT + "\"";
    }
    String field = e.getPath().get(0).getFieldName();
    if (field == null || e.getPath().size() > 1) {
      return JsonProblem.describe(e);
    }
    return "the \"" + field + "\" field must be a string, not " + kind(token);
  }

  /** "reference": true (the speaker quoted most), a speaker's name, or absent/false/null (news). */
  private static String reference(JsonNode value, String source) throws ArticleReadException {
    if (value == null || value.isNull() || value.isBoolean() && !value.asBoolean()) {
      return null;
    }
    if (value.isBoolean()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new ArticleReadException(source, "the \"reference\" field must be true, false or a speaker's name, not "
          + kind(value.asToken()));
    }
    return value.asText().strip();
  }

  private static String requiredText(String value, String source) throws ArticleReadException {
    if (value == null) {
      throw new ArticleReadException(source, "the required \"text\" field is missing");
    }
    if (value.isBlank()) {
      throw new ArticleReadException(source, "the \"text\" field is empty");
    }
    return value;
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static boolean isIsoDate(String date) {
    if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      default -> token.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
