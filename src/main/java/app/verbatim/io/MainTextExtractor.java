package app.verbatim.io;

import java.util.ArrayList;
import java.util.Collections;
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
  // Plain tests rather than Element.is(selector), which walks to the root for every element it tests.
  private static boolean isPageChrome(Element e) {
    String role = e.attr("role");
    return e.nameIs("header") || e.nameIs("footer") || role.equals("banner") || role.equals("contentinfo");
  }

  private static boolean isArticleContainer(Element e) {
    return e.nameIs("article") || e.nameIs("main") || e.attr("role").equals("main")
        || e.attr("itemprop").equals("articleBody");
  }

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
    removeAll(body.select(NEVER_TEXT));
    removePageChrome(body);
    removeFurniture(body);
    return collect(mainElement(body));
  }

  /** Removes headers and footers that are not inside the article (one pass, so deep pages stay fast). */
  private static void removePageChrome(Element body) {
    List<Element> chrome = new ArrayList<>();
    int[] insideArticle = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          if (isArticleContainer(e)) {
            insideArticle[0]++;
          } else if (insideArticle[0] == 0 && isPageChrome(e)) {
            chrome.add(e);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && isArticleContainer(e)) {
          insideArticle[0]--;
        }
      }
    }, body);
    removeAll(chrome);
  }

  private static void removeFurniture(Element body) {
    Map<Element, Integer> text = paragraphTextByElement(body);
    int total = text.getOrDefault(body, 0);
    List<Element> furniture = new ArrayList<>();
    for (Element e : body.select("[class], [id]")) {
      String names = e.className() + " " + e.id();
      // A wrapper that happens to be called "content-share" but holds the article must stay.
      if (FURNITURE.matcher(names).find() && text.getOrDefault(e, 0) * 3 < total) {
        furniture.add(e);
      }
    }
    removeAll(furniture);
  }

  /**
   * Removes elements, rebuilding each parent's child list once: removing one by one re-indexes the
   * remaining siblings every time, which is quadratic on pages with thousands of siblings.
   */
  private static void removeAll(List<Element> elements) {
    Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
    for (Element e : elements) {
      Element parent = e.parent();
      if (parent != null) {
        byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
      }
    }
    byParent.forEach((parent, removed) -> {
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) {
        if (!removed.contains(child)) {
          kept.add(child);
        }
      }
      parent.empty();
      parent.appendChildren(kept);
    });
  }

  private static Element mainElement(Element body) {
    Map<Element, Integer> text = paragraphTextByElement(body);
    int total = text.getOrDefault(body, 0);
    for (String selector : List.of("article", "[itemprop=articleBody]")) {
      Element candidate = largest(body.select(selector), text);
      // Teasers for other stories are <article>s too; the story itself holds most of the page's text.
      if (candidate != null && text.getOrDefault(candidate, 0) * 5 >= total * 2) {
        return candidate;
      }
    }
    if (total == 0) {
      // Pages that set paragraphs as <div>s or <br>s: the marked-up article, if any, else everything left.
      Element marked = body.selectFirst("article, [itemprop=articleBody], main, [role=main]");
      return marked == null ? body : marked;
    }
    Element dense = densestParagraphParent(body);
    return dense == null ? body : dense;
  }

  private static Element largest(Elements candidates, Map<Element, Integer> text) {
    Element best = null;
    int bestText = 0;
    for (Element e : candidates) {
      int t = text.getOrDefault(e, 0);
      if (t > bestText) {
        best = e;
        bestText = t;
      }
    }
    return best;
  }

  /**
   * The element whose paragraphs (and, at half weight, whose children's paragraphs) hold the most
   * text; on a tie the first in page order, so the choice never depends on hashing.
   */
  private static Element densestParagraphParent(Element body) {
    Map<Element, Integer> score = new IdentityHashMap<>();
    List<Element> inOrder = new ArrayList<>();
    for (Element p : body.select("p")) {
      int length = p.text().length();
      Element parent = p.parent();
      for (int weight = 1; parent != null && weight <= 2; weight++, parent = parent.parent()) {
        if (!score.containsKey(parent)) {
          inOrder.add(parent);
        }
        score.merge(parent, length / weight, Integer::sum);
      }
    }
    Element best = null;
    int bestScore = 0;
    for (Element e : inOrder) {
      if (score.get(e) > bestScore) {
        best = e;
        bestScore = score.get(e);
      }
    }
    return best;
  }

  /** For every element, the length of the paragraph text inside it, summed bottom-up in one pass. */
  private static Map<Element, Integer> paragraphTextByElement(Element root) {
    Map<Element, Integer> text = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          int sum = 0;
          if (e.normalName().equals("p")) {
            sum = e.text().length(); // paragraphs do not nest in parsed HTML
          } else {
            for (Element child : e.children()) {
              sum += text.getOrDefault(child, 0);
            }
          }
          if (sum > 0) {
            text.put(e, sum);
          }
        }
      }
    }, root);
    return text;
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
