package app.verbatim.io;

import app.verbatim.model.Article;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article from a file: Verbatim article JSON, a saved web page, or plain text in UTF-8,
 * UTF-16 (with BOM) or Windows-1252. The outlet comes from the file's metadata, else the label,
 * else the file name. Every failure is an {@link ArticleReadException} with a one-line message.
 */
public final class ArticleReader {
  /** Larger files are refused: no news article comes near this. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private final TextDecoder decoder = new TextDecoder();
  private final ArticleJson json = new ArticleJson();
  private final HtmlArticleReader html = new HtmlArticleReader();

  public Article read(Path file, String label) throws ArticleReadException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (Files.isDirectory(file)) {
      throw new ArticleReadException(name + ": is a directory, not an article file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ArticleReadException(name + ": too large (" + size / (1024 * 1024) + " MB; the limit is "
            + MAX_BYTES / (1024 * 1024) + " MB)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleReadException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new ArticleReadException(name + ": permission denied");
    } catch (IOException e) {
      throw new ArticleReadException(name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    String fallback = label != null && !label.isBlank() ? label.strip() : outletFromFileName(name);
    Article a = parse(bytes, name, fallback);
    if (label != null && !label.isBlank()) {
      a = a.withOutlet(label.strip());
    }
    return new Article(a.outlet(), a.title(), a.date(), a.language(),
        a.source() == null ? file.toAbsolutePath().toString() : a.source(), a.text());
  }

  /** An article pasted by the user. */
  public Article fromText(String text, String outlet, String title) throws ArticleReadException {
    if (text == null || text.isBlank()) {
      throw new ArticleReadException("the pasted article is empty");
    }
    String o = outlet == null || outlet.isBlank() ? "Pasted article" : outlet.strip();
    String t = title == null || title.isBlank() ? null : title.strip();
    return new Article(o, t, null, null, null, text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  private Article parse(byte[] bytes, String name, String fallback) throws ArticleReadException {
    if (bytes.length == 0) {
      throw new ArticleReadException(name + ": the file is empty");
    }
    String text = decoder.decode(bytes, name);
    if (text.isBlank()) {
      throw new ArticleReadException(name + ": the file is empty");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String head = text.stripLeading();
    if (lower.endsWith(".json") || head.startsWith("{") && head.contains("\"text\"")) {
      return json.read(text, name, fallback);
    }
    String headLower = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || headLower.startsWith("<!doctype html")
        || headLower.startsWith("<html")) {
      Article a = html.read(text, fallback);
      if (a.text().isBlank()) {
        throw new ArticleReadException(name + ": no article text found in the web page");
      }
      return a;
    }
    return new Article(fallback, null, null, null, null, text);
  }

  /** "nbc-news.txt" → "nbc-news". */
  static String outletFromFileName(String name) {
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base.isBlank() ? "Article" : base;
  }
}
