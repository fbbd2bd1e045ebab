package app.verbatim.io;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a web page and returns its paragraphs: page furniture (scripts, navigation,
 * sharing and "related" blocks) is dropped, then the {@code <article>} with the most paragraph text is
 * taken, or else the element whose paragraphs hold the most text. Captions stay, as their own paragraphs.
 */
final class MainTextExtractor {
  private MainTextExtractor() {}

  /** Never article text, wherever it appears. */
  private static final String NEVER_TEXT = String.join(",",
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math",
      "form", "button", "input", "select", "textarea", "nav", "aside", "dialog", "menu",
      "[hidden]", "[aria-hidden=true]", "[style~=(?i)display\\s*:\\s*none]",
      "[role=navigation]", "[role=complementary]", "[role=search]", "[role=dialog]");

  /** Page-wide header and footer, as opposed to an article's own header (headline, standfirst, byline). */
  private static final String PAGE_CHROME = "header, footer, [role=banner], [role=contentinfo]";

  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(^|[\\s_-])(share|sharing|social|newsletter|related|recommended|promo|advert|advertisement|ads?"
          + "|sponsored|cookie|consent|paywall|subscribe|subscription|comments?|outbrain|taboola"
          + "|breadcrumbs?|most-?read|trending|recirc)($|[\\s_-])");

  private static final Set<String> BREAKS = Set.of(
      "br", "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
      "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th",
      "caption", "hr", "header", "footer", "address", "details", "summary", "picture");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  // Invisible in a browser, but they would split words for the engine.
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  /** The article's paragraphs, in page order; empty when the page has no text. Modifies the document. */
  static List<String> paragraphs(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    body.select(NEVER_TEXT).remove();
    for (Element chrome : body.select(PAGE_CHROME)) {
      if (chrome.closest("article, main, [role=main], [itemprop=articleBody]") == null) {
        chrome.remove();
      }
    }
    removeFurniture(body);
    return collect(mainElement(body));
  }

  private static void removeFurniture(Element body) {
    int total = paragraphText(body);
    for (Element e : body.select("[class], [id]")) {
      if (e.ownerDocument() == null) {
        continue; // already removed with an ancestor
      }
      String names = e.className() + " " + e.id();
      // A wrapper that happens to be called "content-share" but holds the article must stay.
      if (FURNITURE.matcher(names).find() && paragraphText(e) * 3 < total) {
        e.remove();
      }
    }
  }

  private static Element mainElement(Element body) {
    int total = paragraphText(body);
    for (String selector : List.of("article", "[itemprop=articleBody]")) {
      Element candidate = largest(body.select(selector));
      // Teasers for other stories are <article>s too; the story itself holds most of the page's text.
      if (candidate != null && paragraphText(candidate) * 5 >= total * 2) {
        return candidate;
      }
    }
    Element dense = densestParagraphParent(body);
    return dense == null ? body : dense;
  }

  private static Element largest(Elements candidates) {
    Element best = null;
    int bestText = 0;
    for (Element e : candidates) {
      int t = paragraphText(e);
      if (t > bestText) {
        best = e;
        bestText = t;
      }
    }
    return best;
  }

  /** The element whose paragraphs (and, at half weight, whose children's paragraphs) hold the most text. */
  private static Element densestParagraphParent(Element body) {
    Map<Element, Integer> score = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      score.merge(parent, length, Integer::sum);
      if (parent.parent() != null) {
        score.merge(parent.parent(), length / 2, Integer::sum);
      }
    }
    return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static List<String> collect(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          current.append(text.getWholeText());
        } else if (node instanceof Element e && BREAKS.contains(e.normalName())) {
          flush(current, paragraphs);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BREAKS.contains(e.normalName())) {
          flush(current, paragraphs);
        }
      }
    }, root);
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String text = INVISIBLE.matcher(current).replaceAll("");
    current.setLength(0);
    // A paragraph is one line of the article text, so line breaks in the source become spaces.
    text = SPACES.matcher(text).replaceAll(" ").strip();
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
  }
}
