package app.verbatim.io;

import app.verbatim.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article from a web page saved by a browser. The page is only parsed: no script runs and
 * nothing is fetched (jsoup has no script engine, and nothing here follows a link).
 *
 * <p>The text is the headline followed by the article's paragraphs, one paragraph per line with a blank
 * line between paragraphs. Metadata comes from the page: outlet from {@code og:site_name}, headline from
 * {@code og:title}, the first {@code <h1>} or {@code <title>}, date from {@code article:published_time}
 * or {@code <time datetime>}, language from {@code <html lang>}, source from the canonical link or
 * {@code og:url}.
 */
public final class HtmlArticleReader {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private final TextDecoder decoder = new TextDecoder();

  /**
   * Reads a saved page from its bytes, honouring a {@code <meta charset>} declaration for legacy encodings.
   *
   * @param source         names the page in messages
   * @param fallbackOutlet the outlet when the page does not name its site
   */
  public Article read(byte[] bytes, String source, String fallbackOutlet) throws ArticleReadException {
    return read(decode(bytes, source).text(), source, fallbackOutlet);
  }

  /** A saved page's markup, decoded as its {@code <meta charset>} says where its bytes allow. */
  DecodedText decode(byte[] bytes, String source) throws ArticleReadException {
    return decoder.decode(bytes, source, declaredCharset(bytes));
  }

  /** Reads a saved page from its markup. The article's source is the page's own URL, or null. */
  public Article read(String html, String source, String fallbackOutlet) throws ArticleReadException {
    Document doc = Jsoup.parse(html);
    PageMetadata meta = PageMetadata.of(doc);
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    String visibleHeadline = h1 == null ? null : PageMetadata.blankToNull(h1.text());

    List<String> paragraphs = new ArrayList<>(MainTextExtractor.paragraphs(doc));
    if (paragraphs.isEmpty()) {
      throw new ArticleReadException(source, "no article text was found in the web page");
    }
    // The headline opens the text, once: the one the reader saw on the page if the extract has it.
    String headline = visibleHeadline != null && paragraphs.contains(visibleHeadline) ? visibleHeadline : meta.headline();
    if (headline != null) {
      paragraphs.remove(headline);
      paragraphs.add(0, headline);
    }
    if (paragraphs.size() == 1 && headline != null) {
      throw new ArticleReadException(source, "the web page has a headline but no article text"
          + " (pages that load their text with JavaScript are saved without it)");
    }
    String outlet = meta.siteName() != null ? meta.siteName() : fallbackOutlet;
    return new Article(outlet, meta.headline(), meta.date(), meta.language(), meta.url(), String.join("\n\n", paragraphs));
  }

  /** The legacy encoding a page declares in its first bytes, or null for none or a Unicode one. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.startsWith("utf")) {
      return null; // UTF-8 is tried anyway; a UTF-16 declaration in ASCII-compatible bytes is wrong
    }
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return TextDecoder.WINDOWS_1252; // what browsers do, per the WHATWG Encoding standard
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException unsupported) {
      return null;
    }
  }
}
