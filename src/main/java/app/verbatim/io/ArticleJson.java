package app.verbatim.io;

import app.verbatim.model.Article;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  /**
   * The file as written: a record Jackson binds, in the format's field order. Reading walks the tree
   * instead, so each malformed field gets its own message and the start-up's read of the bundled
   * articles skips the bean-binding machinery (about 80 ms of CPU, measured).
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
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ArticleReadException(source, JsonProblem.describe(e), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ArticleReadException(source, "the file contains no JSON");
    }
    if (!root.isObject()) {
      throw new ArticleReadException(source, "not a Verbatim article: expected a JSON object with \"format\": \""
          + FORMAT + "\"");
    }
    JsonNode format = root.get("format");
    // Hand-written files may leave "format" out; a file that names another format is not ours to guess at.
    if (format != null && !format.isNull() && !(format.isTextual() && format.asText().equals(FORMAT))) {
      throw new ArticleReadException(source, "unsupported article format " + format
          + " (this version of Verbatim reads \"" + FORMAT + "\")");
    }
    if ((format == null || format.isNull()) && !root.has("text")) {
      throw new ArticleReadException(source, "not a Verbatim article file: it has no \"text\" field");
    }
    String text = requiredText(root, "text", source);
    String outlet = optionalText(root, "outlet", source);
    if (outlet == null) {
      if (fallbackOutlet == null || fallbackOutlet.isBlank()) {
        throw new ArticleReadException(source, "the \"outlet\" field is missing");
      }
      outlet = fallbackOutlet;
    }
    String title = optionalText(root, "title", source);
    String date = optionalText(root, "date", source);
    String language = optionalText(root, "language", source);
    String sourceField = optionalText(root, "source", source);
    if (date != null && !isIsoDate(date)) {
      throw new ArticleReadException(source, "the \"date\" field must be a date written yyyy-MM-dd, not \"" + date + "\"");
    }
    if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
      throw new ArticleReadException(source, "the \"language\" field must be a language tag such as \"en\" or"
          + " \"en-GB\", not \"" + language + "\"");
    }
    return new Article(outlet.strip(), title, date, language, sourceField, TextDecoder.normalizeLineEndings(text),
        reference(root, source));
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

  /** "reference": true (the speaker quoted most), a speaker's name, or absent/false/null (news). */
  private static String reference(JsonNode root, String source) throws ArticleReadException {
    JsonNode value = root.get("reference");
    if (value == null || value.isNull() || value.isBoolean() && !value.asBoolean()) {
      return null;
    }
    if (value.isBoolean()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new ArticleReadException(source, "the \"reference\" field must be true, false or a speaker's name, not "
          + kind(value));
    }
    return value.asText().strip();
  }

  private static String requiredText(JsonNode root, String field, String source) throws ArticleReadException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      throw new ArticleReadException(source, "the required \"" + field + "\" field is missing");
    }
    if (!value.isTextual()) {
      throw new ArticleReadException(source, "the \"" + field + "\" field must be a string, not " + kind(value));
    }
    if (value.asText().isBlank()) {
      throw new ArticleReadException(source, "the \"" + field + "\" field is empty");
    }
    return value.asText();
  }

  private static String optionalText(JsonNode root, String field, String source) throws ArticleReadException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ArticleReadException(source, "the \"" + field + "\" field must be a string, not " + kind(value));
    }
    return value.asText().isBlank() ? null : value.asText();
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

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true/false";
      default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
