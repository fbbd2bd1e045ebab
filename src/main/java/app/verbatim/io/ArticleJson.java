package app.verbatim.io;

import app.verbatim.model.Article;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Verbatim article file ({@code .json}): {@code {"format":"verbatim-article/1","outlet","title",
 * "date","language","source","text"}}. Unknown fields are ignored; outlet and text are required.
 */
public final class ArticleJson {
  public static final String FORMAT = "verbatim-article/1";
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  public String write(Article a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("format", FORMAT);
    o.put("outlet", a.outlet());
    o.put("title", a.title());
    o.put("date", a.date());
    o.put("language", a.language());
    o.put("source", a.source());
    o.put("text", a.text());
    try {
      return mapper.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize an article", e);
    }
  }

  /** Reads an article; {@code fallbackOutlet} is used when the file names none. */
  public Article read(String json, String name, String fallbackOutlet) throws ArticleReadException {
    JsonNode n;
    try {
      n = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ArticleReadException(name + ": not a valid article file (" + firstLine(e.getOriginalMessage()) + ")");
    }
    if (n == null || !n.isObject()) {
      throw new ArticleReadException(name + ": not a valid article file (expected a JSON object)");
    }
    String text = str(n, "text");
    if (text == null) {
      throw new ArticleReadException(name + ": the article file has no \"text\"");
    }
    if (text.isBlank()) {
      throw new ArticleReadException(name + ": the article text is empty");
    }
    String outlet = str(n, "outlet");
    if (outlet == null || outlet.isBlank()) {
      outlet = fallbackOutlet;
    }
    return new Article(outlet, str(n, "title"), str(n, "date"), str(n, "language"), str(n, "source"), text);
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable JSON";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
