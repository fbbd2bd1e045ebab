package app.verbatim.io;

import app.verbatim.model.Article;
import app.verbatim.model.Correction;
import app.verbatim.model.Note;
import app.verbatim.model.Session;
import app.verbatim.model.ViewSettings;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The session file ({@code .verbatim}): JSON with the articles' full text, the analyst's corrections and
 * notes, and the view settings. Written atomically, so a crash while saving never leaves half a file.
 *
 * <pre>{@code
 * { "format": "verbatim-session/1",
 *   "articles":    [ {outlet, title, date, language, source, text}, … ],
 *   "corrections": [ {kind, target: {documentSha, start, end}, other, speaker}, … ],
 *   "notes":       [ {target, onGroup, text}, … ],
 *   "view":        {focusSpeaker, syncScroll, search} }
 * }</pre>
 */
public final class SessionFile {
  public static final String FORMAT = "verbatim-session/1";
  public static final String EXTENSION = "verbatim";
  /** Sessions hold whole articles; more than this is not a session someone saved. */
  static final long MAX_BYTES = 200L * 1024 * 1024;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Stored(String format, List<Article> articles, List<Correction> corrections, List<Note> notes,
      ViewSettings view) {}

  public void write(Session session, Path file) throws IOException {
    Stored s = new Stored(FORMAT, session.articles(), session.corrections(), session.notes(), session.view());
    AtomicFile.write(file, MAPPER.writeValueAsBytes(s));
  }

  public String toJson(Session session) {
    try {
      return MAPPER.writeValueAsString(
          new Stored(FORMAT, session.articles(), session.corrections(), session.notes(), session.view()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a session always serializes", e);
    }
  }

  public Session read(Path file) throws SessionReadException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new SessionReadException(name + " is too large to be a Verbatim session.", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SessionReadException("Cannot read " + name + ": " + reason(e), e);
    }
    return parse(new String(bytes, StandardCharsets.UTF_8), name);
  }

  public Session parse(String json, String name) throws SessionReadException {
    Stored s;
    try {
      s = MAPPER.readValue(json, Stored.class);
    } catch (JsonProcessingException e) {
      throw new SessionReadException(name + " is not a readable Verbatim session: " + JsonProblem.describe(e) + ".", e);
    } catch (RuntimeException e) {
      throw new SessionReadException(name + " is not a valid Verbatim session: a part of it is missing or malformed.", e);
    }
    if (s == null || !FORMAT.equals(s.format())) {
      throw new SessionReadException(name + " is not a Verbatim session (expected format " + FORMAT + ").", null);
    }
    if (s.articles() == null || s.articles().isEmpty()) {
      throw new SessionReadException(name + " holds no articles.", null);
    }
    if (s.articles().stream().anyMatch(a -> a == null || a.text() == null)) {
      throw new SessionReadException(name + " has an article without text.", null);
    }
    return new Session(s.articles(), orEmpty(s.corrections()), orEmpty(s.notes()), s.view());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
