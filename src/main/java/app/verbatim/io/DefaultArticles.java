package app.verbatim.io;

import app.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The example the app opens with: NBC News' and TASS's reports of Ri Yong Ho's speech to the UN
 * General Assembly on 29 September 2018.
 *
 * <p>A {@code data/} folder beside the application (or in the working directory) holding the files
 * wins, so the example can be swapped without a rebuild; otherwise the copies bundled in the jar are
 * used, so the app works from any directory.
 */
public final class DefaultArticles {
  /** The article files, in the order the articles are compared. */
  public static final List<String> FILE_NAMES = List.of("nbc-news.json", "tass.json");

  /** Where the build puts copies of {@code data/*.json} on the classpath. */
  public static final String RESOURCE_FOLDER = "/app/verbatim/data/";

  private DefaultArticles() {}

  /**
   * The example articles: from a {@code data/} folder if one has them all, else the bundled copies.
   *
   * @throws ArticleReadException only when the application itself is damaged (a bundled copy missing)
   */
  public static List<Article> load() throws ArticleReadException {
    for (Path folder : candidateFolders()) {
      try {
        return loadFrom(folder);
      } catch (ArticleReadException unusable) {
        // a missing or damaged copy on disk must not stop the app: try the next, then the bundled one
      }
    }
    return loadBundled();
  }

  /** The copies bundled in the application. */
  public static List<Article> loadBundled() throws ArticleReadException {
    ArticleJson json = new ArticleJson();
    List<Article> articles = new ArrayList<>();
    for (String name : FILE_NAMES) {
      String resource = RESOURCE_FOLDER + name;
      try (InputStream in = DefaultArticles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new ArticleReadException(resource, "the bundled article is missing from the application");
        }
        articles.add(json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
      } catch (IOException e) {
        throw new ArticleReadException(resource, "the bundled article cannot be read (" + e.getMessage() + ")", e);
      }
    }
    return List.copyOf(articles);
  }

  /** The articles in one folder; fails unless every file is there and valid. */
  static List<Article> loadFrom(Path folder) throws ArticleReadException {
    TextDecoder decoder = new TextDecoder();
    ArticleJson json = new ArticleJson();
    List<Article> articles = new ArrayList<>();
    for (String name : FILE_NAMES) {
      Path file = folder.resolve(name);
      byte[] bytes = FileBytes.read(file, ArticleReader.MAX_BYTES);
      articles.add(json.read(decoder.decode(bytes, file.toString()).text(), file.toString()));
    }
    return List.copyOf(articles);
  }

  /** data/ beside the jar, beside the folder holding the jar (target/ in a build), and in the working directory. */
  static List<Path> candidateFolders() {
    Set<Path> folders = new LinkedHashSet<>();
    Path code = codeLocation();
    if (code != null) {
      Path dir = Files.isDirectory(code) ? code : code.getParent();
      if (dir != null) {
        folders.add(dir.resolve("data"));
        if (dir.getParent() != null) {
          folders.add(dir.getParent().resolve("data"));
        }
      }
    }
    folders.add(Path.of("").toAbsolutePath().resolve("data"));
    return folders.stream().filter(Files::isDirectory).toList();
  }

  private static Path codeLocation() {
    try {
      CodeSource cs = DefaultArticles.class.getProtectionDomain().getCodeSource();
      return cs == null ? null : Path.of(cs.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | RuntimeException unknown) {
      return null; // an unusual class loader; the bundled copies still work
    }
  }
}
