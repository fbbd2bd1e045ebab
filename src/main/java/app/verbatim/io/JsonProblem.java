package app.verbatim.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON file, in a user's words. Jackson's own messages name its classes and
 * settings ({@code StreamReadConstraints.getMaxNestingDepth()}) and our model's
 * ({@code app.verbatim.model.Article}); none of that helps someone holding a broken file.
 */
final class JsonProblem {
  private JsonProblem() {}

  static String describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("nesting depth")) {
        return "invalid JSON: nested too deeply (more than 1,000 levels of brackets); no Verbatim file is";
      }
      return "invalid JSON: it holds a value too long to read";
    }
    if (e instanceof JsonEOFException) {
      return "invalid JSON: it ends in the middle" + where(e.getLocation()) + "; the file is cut short";
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return "the field \"" + field + "\" has a value of the wrong kind" + where(e.getLocation());
    }
    return "invalid JSON" + where(e.getLocation()) + plainReason(e.getOriginalMessage());
  }

  /** The first clause of the parser's message, when it names no Java type: "Unexpected character ('}')". */
  private static String plainReason(String message) {
    if (message == null) {
      return "";
    }
    String first = message.lines().findFirst().orElse("");
    int cut = first.indexOf(": expected");
    if (cut > 0) {
      first = first.substring(0, cut);
    }
    first = first.replaceAll("\\s*\\(code \\d+\\)", "").strip();
    if (first.isEmpty() || first.matches(".*([A-Z][a-z]+){2,}\\.[a-z].*|.*`.*|.*\\bjava\\.|.*app\\.verbatim.*|.*Source:.*")) {
      return "";
    }
    return " (" + first + ")";
  }

  static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
