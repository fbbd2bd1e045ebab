package app.verbatim.engine;

import app.verbatim.model.Article;
import app.verbatim.model.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-made expected annotations read from the test resources: {@code fixtures/events.json} (the
 * events format of score-quotes.py) and {@code gold/seed-pair.json} (converted the way the scorer
 * converts it). Quote parts are located in the article texts here, once, so tests can compare spans.
 */
final class GoldAnnotations {

  /** A quotation a human annotator marked; parts are the exact texts between the marks. */
  record GoldQuote(
      String document,
      String id,
      String speaker,
      String kind,
      List<String> parts,
      String verb,
      String section,
      List<String> editorial,
      boolean multiParagraph) {

    String joined() {
      return String.join(" ", parts);
    }

    boolean unknownSpeaker() {
      return UNKNOWN.equals(speaker);
    }
  }

  record ArticleMeta(String outlet, String title, String date) {}

  record RelationExpectation(String first, String second, String relation) {}

  record DiffExpectation(String quote, String word, String kind) {}

  /** One speech and the articles reporting it, with everything expected of them. */
  record Event(
      String name,
      Map<String, String> files,
      Map<String, ArticleMeta> articles,
      List<GoldQuote> quotes,
      List<List<String>> pairs,
      List<RelationExpectation> relations,
      List<DiffExpectation> diff,
      Map<String, List<String>> scare,
      Map<String, List<String>> outside,
      Map<String, List<String>> warnings,
      List<String> noQuotes,
      Map<String, String> texts,
      Map<String, List<Span>> locations) {

    List<String> documents() {
      return List.copyOf(files.keySet());
    }

    String text(String doc) {
      return texts.get(doc);
    }

    GoldQuote quote(String id) {
      return quotes.stream().filter(q -> q.id().equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no gold quote " + id));
    }

    List<GoldQuote> quotesOf(String doc) {
      return quotes.stream().filter(q -> q.document().equals(doc)).toList();
    }

    /** Where each part of a gold quote sits in its document. */
    List<Span> spans(String quoteId) {
      return locations.get(quoteId);
    }

    Article article(String doc) {
      ArticleMeta m = articles.get(doc);
      return new Article(m.outlet(), m.title(), m.date(), "en", files.get(doc), texts.get(doc));
    }

    List<Article> articles(List<String> docs) {
      return docs.stream().map(this::article).toList();
    }

    /**
     * The first occurrence of a snippet that lies outside every gold quotation (a scare term or an
     * apostrophe that also appears inside a quote is meant where it stands alone).
     */
    Span locateOutsideQuotes(String doc, String snippet) {
      String text = texts.get(doc);
      for (int i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) {
        Span s = new Span(i, i + snippet.length());
        boolean inQuote = quotesOf(doc).stream()
            .flatMap(q -> spans(q.id()).stream())
            .anyMatch(s::overlaps);
        if (!inQuote) {
          return s;
        }
      }
      throw new IllegalStateException(name + "/" + doc + ": snippet not found outside quotes: " + snippet);
    }

    /** A word (or mark) inside a gold quote's parts, matched at word boundaries. */
    Span locateInQuote(String quoteId, String word) {
      GoldQuote q = quote(quoteId);
      String text = texts.get(q.document());
      for (Span part : spans(quoteId)) {
        int from = part.start();
        while (true) {
          int i = text.indexOf(word, from);
          if (i < 0 || i + word.length() > part.end()) {
            break;
          }
          boolean startOk = !Character.isLetterOrDigit(word.charAt(0))
              || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
          int end = i + word.length();
          boolean endOk = !Character.isLetterOrDigit(word.charAt(word.length() - 1))
              || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
          if (startOk && endOk) {
            return new Span(i, end);
          }
          from = i + 1;
        }
      }
      throw new IllegalStateException(name + ": '" + word + "' not found in quote " + quoteId);
    }
  }

  record Run(String event, List<String> documents) {
    String label() {
      return event + " " + String.join("+", documents);
    }
  }

  /** The whole annotation file: speaker keys, events, and the runs the scorer makes. */
  record Gold(Map<String, List<String>> speakers, Map<String, Event> events, List<Run> runs) {
    Event event(String name) {
      return events.get(name);
    }

    /** True when the engine's speaker name fits the gold speaker key (the scorer's substring rule). */
    boolean speakerMatches(GoldQuote q, String systemName) {
      if (q.unknownSpeaker()) {
        return systemName == null;
      }
      if (systemName == null) {
        return false;
      }
      String name = systemName.toLowerCase(Locale.ROOT).replace('-', ' ');
      return speakers.getOrDefault(q.speaker(), List.of()).stream().anyMatch(name::contains);
    }
  }

  /** Speaker key meaning: the text does not say who speaks, the engine must answer null. */
  static final String UNKNOWN = "unknown";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Gold events;
  private static Gold seedPair;

  private GoldAnnotations() {}

  /** fixtures/events.json with its articles. */
  static synchronized Gold events() {
    if (events == null) {
      events = readEvents(readJson("fixtures/events.json"));
    }
    return events;
  }

  /** gold/seed-pair.json as one event "seed", converted the way score-quotes.py converts it. */
  static synchronized Gold seedPair() {
    if (seedPair == null) {
      seedPair = readSeedPair(readJson("gold/seed-pair.json"));
    }
    return seedPair;
  }

  static String resourceText(String path) {
    try (InputStream in = GoldAnnotations.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(String path) {
    try {
      return JSON.readTree(resourceText(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gold readEvents(JsonNode root) {
    Map<String, List<String>> speakers = new LinkedHashMap<>();
    root.get("speakers").fields().forEachRemaining(e -> speakers.put(e.getKey(), strings(e.getValue())));
    Map<String, Event> events = new LinkedHashMap<>();
    root.get("events").fields().forEachRemaining(e -> events.put(e.getKey(), readEvent(e.getKey(), e.getValue())));
    List<Run> runs = new ArrayList<>();
    for (JsonNode r : root.get("runs")) {
      runs.add(new Run(r.get(0).asText(), strings(r.get(1))));
    }
    return new Gold(speakers, events, runs);
  }

  private static Event readEvent(String name, JsonNode e) {
    Map<String, String> files = stringMap(e.get("files"));
    Map<String, ArticleMeta> metas = new LinkedHashMap<>();
    e.get("articles").fields().forEachRemaining(a -> metas.put(a.getKey(), new ArticleMeta(
        a.getValue().get("outlet").asText(), text(a.getValue(), "title"), text(a.getValue(), "date"))));
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : e.get("quotes")) {
      quotes.add(new GoldQuote(
          q.get("document").asText(),
          q.get("id").asText(),
          q.get("speaker").isNull() ? UNKNOWN : q.get("speaker").asText(),
          text(q, "kind"),
          strings(q.get("parts")),
          text(q, "verb"),
          text(q, "section"),
          strings(q.get("editorial")),
          q.path("multiParagraph").asBoolean(false)));
    }
    List<List<String>> pairs = new ArrayList<>();
    e.get("pairs").forEach(p -> pairs.add(strings(p)));
    List<RelationExpectation> relations = new ArrayList<>();
    e.path("relations").forEach(r -> relations.add(
        new RelationExpectation(r.get(0).asText(), r.get(1).asText(), r.get(2).asText())));
    List<DiffExpectation> diff = new ArrayList<>();
    e.path("diff").forEach(d -> diff.add(
        new DiffExpectation(d.get("quote").asText(), d.get("word").asText(), d.get("kind").asText())));
    Map<String, String> texts = new LinkedHashMap<>();
    files.forEach((doc, path) -> texts.put(doc, resourceText("fixtures/" + path)));
    return new Event(name, files, metas, quotes, pairs, relations, diff,
        listMap(e.get("scare")), listMap(e.get("outside")), listMap(e.get("warnings")),
        strings(e.get("noQuotes")), texts, locate(name, quotes, texts));
  }

  private static Gold readSeedPair(JsonNode g) {
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, ArticleMeta> metas = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    g.get("documents").fields().forEachRemaining(d -> {
      String file = d.getValue().get("file").asText();
      files.put(d.getKey(), file);
      // Dates from the gold's own subject: both articles report the speech of 29 September 2018.
      metas.put(d.getKey(), new ArticleMeta(d.getValue().get("outlet").asText(), null, "2018-09-29"));
      texts.put(d.getKey(), resourceText("fixtures/" + file));
    });
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : g.get("quotes")) {
      String[] name = q.get("speaker").asText().split(" ");
      quotes.add(new GoldQuote(q.get("document").asText(), q.get("id").asText(), name[name.length - 1],
          text(q, "kind"), List.of(q.get("text").asText()), null, null, List.of(), false));
    }
    List<List<String>> pairs = new ArrayList<>();
    g.get("alignments").forEach(a -> pairs.add(strings(a.get("quotes"))));
    Map<String, List<String>> speakers = new LinkedHashMap<>();
    g.get("speakers").fields().forEachRemaining(s -> {
      String[] name = s.getKey().split(" ");
      speakers.put(name[name.length - 1], List.of(seedSpeakerKey(strings(s.getValue()))));
    });
    Event seed = new Event("seed", files, metas, quotes, pairs, List.of(), List.of(),
        Map.of(), Map.of(), Map.of(), List.of(), texts, locate("seed", quotes, texts));
    return new Gold(speakers, Map.of("seed", seed), List.of(new Run("seed", List.copyOf(files.keySet()))));
  }

  /** score-quotes.py: the shortest proper-name alias of four letters or more ("Pompeo", "Ri Yong Ho"). */
  private static String seedSpeakerKey(List<String> aliases) {
    return aliases.stream()
        .filter(a -> a.length() >= 4 && Character.isUpperCase(a.charAt(0)))
        .filter(a -> !a.startsWith("North") && !a.startsWith("U.S.") && !a.startsWith("Secretary"))
        .min(Comparator.comparingInt(String::length))
        .orElseThrow()
        .toLowerCase(Locale.ROOT)
        .replace('-', ' ');
  }

  /** Parts are found in text order: each document's quotes are listed in the order they appear. */
  private static Map<String, List<Span>> locate(String event, List<GoldQuote> quotes, Map<String, String> texts) {
    Map<String, Integer> cursor = new HashMap<>();
    Map<String, List<Span>> out = new LinkedHashMap<>();
    for (GoldQuote q : quotes) {
      String text = texts.get(q.document());
      if (text == null) {
        throw new IllegalStateException(event + ": quote " + q.id() + " names unknown document " + q.document());
      }
      int from = cursor.getOrDefault(q.document(), 0);
      List<Span> spans = new ArrayList<>();
      for (String part : q.parts()) {
        int i = text.indexOf(part, from);
        if (i < 0) {
          // The seed gold is not in text order everywhere; fall back to the first occurrence.
          i = text.indexOf(part);
        }
        if (i < 0) {
          throw new IllegalStateException(event + ": part of " + q.id() + " not in its text: " + part);
        }
        spans.add(new Span(i, i + part.length()));
        from = i + part.length();
      }
      cursor.put(q.document(), Math.max(from, cursor.getOrDefault(q.document(), 0)));
      out.put(q.id(), List.copyOf(spans));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(n -> out.add(n.asText()));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static Map<String, List<String>> listMap(JsonNode node) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (node != null) {
      node.fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
    }
    return out;
  }
}
