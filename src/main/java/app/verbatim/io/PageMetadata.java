package app.verbatim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What a saved web page says about its article: Open Graph and article meta tags first, then
 * schema.org JSON-LD, then plain HTML (h1, title, time, lang). Every field may be null.
 */
record PageMetadata(String siteName, String headline, String date, String language, String url) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  // Chrome and Internet Explorer write this comment at the top of a page saved from the web.
  private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");

  /** Reads the metadata; call before scripts are removed, since JSON-LD lives in a script element. */
  static PageMetadata of(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    String siteName = first(
        meta(doc, "meta[property=og:site_name]"),
        ld == null ? null : publisherName(ld.get("publisher")),
        meta(doc, "meta[name=application-name]"));
    String headline = first(
        meta(doc, "meta[property=og:title]"),
        ld == null ? null : text(ld.get("headline")),
        elementText(doc.body() == null ? null : doc.body().selectFirst("h1")),
        meta(doc, "meta[name=twitter:title]"),
        blankToNull(doc.title()));
    String date = first(
        isoDate(meta(doc, "meta[property=article:published_time]")),
        isoDate(meta(doc, "meta[itemprop=datePublished]")),
        isoDate(ld == null ? null : text(ld.get("datePublished"))),
        isoDate(meta(doc, "meta[name~=(?i)^(pubdate|publishdate|publish-date|date|dc\\.date\\.issued|parsely-pub-date)$]")),
        isoDate(attr(doc.selectFirst("time[datetime]"), "datetime")));
    String language = first(
        languageTag(attr(doc.selectFirst("html[lang]"), "lang")),
        languageTag(meta(doc, "meta[http-equiv~=(?i)^content-language$]")),
        languageTag(meta(doc, "meta[property=og:locale]")));
    String url = first(
        webUrl(attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href")),
        webUrl(meta(doc, "meta[property=og:url]")),
        webUrl(ld == null ? null : ldUrl(ld)),
        webUrl(savedFrom(doc)));
    return new PageMetadata(siteName, withoutSiteName(headline, siteName), date, language, url);
  }

  /** "Headline | NBC News" → "Headline", when the page names its site. */
  static String withoutSiteName(String headline, String siteName) {
    if (headline == null || siteName == null) {
      return headline;
    }
    for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      String suffix = sep + siteName;
      if (headline.length() > suffix.length() && headline.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
        return headline.substring(0, headline.length() - suffix.length()).strip();
      }
    }
    return headline;
  }

  private static String meta(Document doc, String selector) {
    return blankToNull(attr(doc.selectFirst(selector), "content"));
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static String elementText(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1)).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String languageTag(String value) {
    if (value == null) {
      return null;
    }
    String tag = value.strip().replace('_', '-');
    return LANGUAGE_TAG.matcher(tag).matches() ? tag : null;
  }

  private static String webUrl(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? v : null;
  }

  private static String savedFrom(Document doc) {
    for (Node n : doc.childNodes()) {
      if (n instanceof Comment c) {
        Matcher m = SAVED_FROM.matcher(c.getData());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** The first schema.org Article-like object in the page's JSON-LD, or null. Malformed JSON-LD is ignored. */
  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type~=(?i)^application/ld\\+json$]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception malformed) {
        // a broken JSON-LD block says nothing about the article; the meta tags may still
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    if (isArticleType(node.get("@type"))) {
      return node;
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    List<String> types = new ArrayList<>();
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    return types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report"));
  }

  private static String publisherName(JsonNode publisher) {
    if (publisher == null) {
      return null;
    }
    if (publisher.isArray()) {
      return publisher.isEmpty() ? null : publisherName(publisher.get(0));
    }
    return publisher.isObject() ? text(publisher.get("name")) : text(publisher);
  }

  private static String ldUrl(JsonNode article) {
    String url = text(article.get("url"));
    if (url != null) {
      return url;
    }
    JsonNode page = article.get("mainEntityOfPage");
    if (page == null) {
      return null;
    }
    return page.isObject() ? text(page.get("@id")) : text(page);
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? blankToNull(node.asText()) : null;
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replace('\u00A0', ' ').strip();
    return t.isEmpty() ? null : t.replaceAll("\\s+", " ");
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
