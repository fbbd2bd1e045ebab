package app.verbatim.io;

import app.verbatim.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one article from a file, whatever form it was saved in, or takes one from pasted text.
 *
 * <p>The form is chosen by extension, then by content: {@code .json} is a Verbatim article file (see
 * {@link ArticleJson}); {@code .html}/{@code .htm}, or any file that starts like a web page, is a saved
 * web page (see {@link HtmlArticleReader}); anything else is plain text, decoded by {@link TextDecoder}
 * and kept exactly, apart from line endings.
 *
 * <p>The outlet's name comes from the file's own metadata (the JSON "outlet", a page's
 * {@code og:site_name}), else from the label the user gave, else from the file name
 * ({@code nbc-news.txt} → "nbc-news"). The source is the article's own URL, else the file's absolute path.
 *
 * <p>Every problem, from a missing file to a corrupt one, is an {@link ArticleReadException} with a
 * one-line message that names the file; nothing else is thrown.
 */
public final class ArticleReader {
  /** Files larger than this (20 MB) are refused: no news article comes near it, and it bounds memory. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** Extensions of the forms read, for file choosers. Other files are read as plain text. */
  public static final List<String> EXTENSIONS = List.of("txt", "text", "html", "htm", "json");

  /** The outlet of pasted text when none is given. */
  public static final String PASTED_OUTLET = "Pasted article";

  private enum Form { TEXT, HTML, JSON, WEB_ARCHIVE }

  private final long maxBytes;
  private final TextDecoder decoder = new TextDecoder();
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final ArticleJson json = new ArticleJson();

  public ArticleReader() {
    this(MAX_BYTES);
  }

  /** A reader with another size limit, in bytes. */
  public ArticleReader(long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  /** Reads an article; its outlet comes from the file's metadata, else the file name. */
  public Article read(Path file) throws ArticleReadException {
    return read(file, null);
  }

  /**
   * Reads an article.
   *
   * @param label the outlet to use when the file does not name one itself; null or blank for none
   */
  public Article read(Path file, String label) throws ArticleReadException {
    return readNoted(file, label).article();
  }

  /**
   * An article and what the reader should know about how it was read.
   *
   * @param note the decoding's note (an encoding guessed or repaired, see {@link DecodedText}), or null
   */
  public record Noted(Article article, String note) {}

  /** Reads an article as {@link #read(Path, String)} does, with the note on its decoding. */
  public Noted readNoted(Path file, String label) throws ArticleReadException {
    String source = file.toString();
    try {
      byte[] bytes = FileBytes.read(file, maxBytes);
      String fallbackOutlet = label != null && !label.isBlank() ? tidy(label) : outletFromFileName(file);
      Form form = formByExtension(file);
      if (form == Form.WEB_ARCHIVE) {
        throw webArchive(source);
      }
      DecodedText decoded = decoder.decode(bytes, source);
      String text = decoded.text();
      String note = decoded.note();
      if (text.isBlank()) {
        throw new ArticleReadException(source, "the file contains only whitespace");
      }
      if (form == Form.TEXT) {
        form = formByContent(text);
      }
      Article article = switch (form) {
        case JSON -> json.read(text, source, fallbackOutlet);
        case HTML -> {
          DecodedText page = html.decode(bytes, source); // a page may declare its own encoding
          note = page.note();
          yield html.read(page.text(), source, fallbackOutlet);
        }
        case WEB_ARCHIVE -> throw webArchive(source);
        case TEXT -> new Article(fallbackOutlet, null, null, null, null, text);
      };
      // Without a URL of its own, the article's source is the file, named so that a report makes sense anywhere.
      Article sourced = article.source() != null ? article : article.withSource(file.toAbsolutePath().toString());
      return new Noted(sourced, note);
    } catch (RuntimeException | StackOverflowError e) {
      // A parser failing on hostile input must still end in one clear line, not a stack trace.
      // (in the user's words: a Java class name or a parser's setting helps nobody holding the file)
      throw new ArticleReadException(source, e instanceof StackOverflowError
          ? "the file is nested too deeply to be read as an article"
          : "the file could not be understood as an article; if it opens in a browser or editor, please report it", e);
    }
  }

  /**
   * An article pasted as text. Line endings are normalised and a leading byte-order mark dropped;
   * the text is otherwise kept exactly.
   *
   * @param outlet the outlet's name; {@value #PASTED_OUTLET} when null or blank
   * @param title  the headline, or null
   */
  public Article fromText(String text, String outlet, String title) throws ArticleReadException {
    String source = "the pasted text";
    if (text == null || text.isBlank()) {
      throw new ArticleReadException(source, "it is empty");
    }
    if (text.length() > maxBytes) {
      throw new ArticleReadException(source, "it is longer than the " + FileBytes.megabytes(maxBytes)
          + " limit for an article");
    }
    String body = TextDecoder.normalizeLineEndings(text.startsWith("\uFEFF") ? text.substring(1) : text);
    String name = outlet == null || outlet.isBlank() ? PASTED_OUTLET : tidy(outlet);
    String headline = title == null || title.isBlank() ? null : tidy(title);
    return new Article(name, headline, null, null, null, body);
  }

  /** An outlet name from a file name: without its extension, underscores as spaces ("nbc_news.txt" → "nbc news"). */
  public static String outletFromFileName(Path file) {
    Path namePath = file.getFileName();
    String name = namePath == null ? file.toString() : namePath.toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String tidied = tidy(stem.replace('_', ' '));
    return tidied.isEmpty() ? tidy(name).isEmpty() ? "Untitled" : tidy(name) : tidied;
  }

  private static String tidy(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static Form formByExtension(Path file) {
    Path namePath = file.getFileName();
    String name = (namePath == null ? file.toString() : namePath.toString()).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "json" -> Form.JSON;
      case "html", "htm", "xhtml", "shtml" -> Form.HTML;
      case "mht", "mhtml" -> Form.WEB_ARCHIVE;
      default -> Form.TEXT;
    };
  }

  /** Files without a telling extension: a web page or an article file is recognised by how it starts. */
  private static Form formByContent(String text) {
    String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")
        || (head.startsWith("<") && (head.contains("<html") || head.contains("<body") || head.contains("<head")))) {
      return Form.HTML;
    }
    if (head.startsWith("{") && head.contains("\"format\"") && head.contains("verbatim-article/")) {
      return Form.JSON;
    }
    if ((head.startsWith("from:") || head.startsWith("mime-version:")) && head.contains("multipart/related")) {
      return Form.WEB_ARCHIVE;
    }
    return Form.TEXT;
  }

  private static ArticleReadException webArchive(String source) {
    return new ArticleReadException(source, "it is a single-file web archive (MHTML), which Verbatim does not read;"
        + " save the page as \"Web Page, HTML only\" (.html) or copy the article text into a .txt file");
  }
}
