package app.verbatim.io;

import app.verbatim.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts a news article from a saved web page with jsoup: the headline and the main text, one
 * paragraph per line. Nothing is fetched and no script runs; jsoup only parses.
 */
public final class HtmlArticleReader {

  public Article read(String html, String fallbackOutlet) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template, iframe, svg, nav, header nav, footer, aside, form").remove();
    String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = richestContainer(doc);
    }
    StringBuilder b = new StringBuilder();
    if (title != null) {
      b.append(title).append("\n\n");
    }
    for (Element e : root.select("h2, h3, p, blockquote > p, li, figcaption")) {
      if (e.parents().stream().anyMatch(p -> p.tagName().equals("blockquote")) && e.tagName().equals("p")
          && !e.parent().tagName().equals("blockquote")) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty() && !t.equals(title)) {
        b.append(t).append("\n\n");
      }
    }
    String text = b.toString().strip();
    String outlet = firstNonBlank(meta(doc, "og:site_name"), fallbackOutlet);
    String date = firstNonBlank(meta(doc, "article:published_time"), attr(doc.selectFirst("time[datetime]"), "datetime"));
    if (date != null && date.length() >= 10 && date.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      date = date.substring(0, 10);
    } else {
      date = null;
    }
    String lang = attr(doc.selectFirst("html[lang]"), "lang");
    String source = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    return new Article(outlet, title, date, lang == null || lang.isBlank() ? null : lang, source, text);
  }

  /** The element whose own paragraphs hold the most text. */
  private static Element richestContainer(Document doc) {
    Element best = doc.body();
    int bestLen = -1;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int len = 0;
      for (Element c : parent.children()) {
        if (c.tagName().equals("p")) {
          len += c.text().length();
        }
      }
      if (len > bestLen) {
        bestLen = len;
        best = parent;
      }
    }
    return best == null ? doc : best;
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String attr(Element e, String a) {
    return e == null ? null : blankToNull(e.attr(a));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String... s) {
    for (String x : s) {
      if (x != null && !x.isBlank()) {
        return x.strip();
      }
    }
    return null;
  }

}
