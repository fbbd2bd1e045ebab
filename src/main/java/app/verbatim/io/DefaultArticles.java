package app.verbatim.io;

import app.verbatim.engine.ComparisonEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return parse(bundledFiles());
  }

  /** The articles in one folder; fails unless every file is there and valid. */
  static List<Article> loadFrom(Path folder) throws ArticleReadException {
    return parse(folderFiles(folder));
  }

  /**
   * The example articles and their comparison, as {@link #load()} finds the articles: the comparison is
   * the one {@code cache} kept for the same files and application when there is one, else the engine's
   * (call {@link Analysed#keep()} once it has been used, so the next start finds it).
   */
  public static Analysed loadAnalysed(ComparisonEngine engine, AnalysisCache cache) throws ArticleReadException {
    for (Path folder : candidateFolders()) {
      try {
        return analysed(folderFiles(folder), engine, cache);
      } catch (ArticleReadException unusable) {
        // as load(): try the next, then the bundled copies
      }
    }
    return analysed(bundledFiles(), engine, cache);
  }

  /** The articles and their comparison; {@link #keep()} stores a new comparison in the cache. */
  public record Analysed(List<Article> articles, Comparison comparison, boolean fromCache, AnalysisCache cache,
      Inputs files) {
    /** Stores a comparison just made; does nothing for one that came from the cache. */
    public void keep() {
      if (!fromCache) {
        cache.store(files.names(), files.bytes(), comparison);
      }
    }
  }

  /** The example's files as read, before any parsing: where each came from and its bytes. */
  public record Inputs(List<String> names, List<byte[]> bytes, boolean bundled) {}

  private static Analysed analysed(Inputs files, ComparisonEngine engine, AnalysisCache cache) throws ArticleReadException {
    Comparison kept = cache.find(files.names(), files.bytes());
    if (kept != null && kept.documents().size() == files.names().size()) {
      List<Article> articles = new ArrayList<>();
      for (Document d : kept.documents()) {
        articles.add(d.article());
      }
      return new Analysed(List.copyOf(articles), kept, true, cache, files);
    }
    List<Article> articles = parse(files);
    return new Analysed(articles, engine.compare(articles), false, cache, files);
  }

  private static Inputs bundledFiles() throws ArticleReadException {
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    for (String name : FILE_NAMES) {
      String resource = RESOURCE_FOLDER + name;
      try (InputStream in = DefaultArticles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new ArticleReadException(resource, "the bundled article is missing from the application");
        }
        names.add(resource);
        bytes.add(in.readAllBytes());
      } catch (IOException e) {
        throw new ArticleReadException(resource, "the bundled article cannot be read (" + e.getMessage() + ")", e);
      }
    }
    return new Inputs(names, bytes, true);
  }

  private static Inputs folderFiles(Path folder) throws ArticleReadException {
    List<String> names = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    for (String name : FILE_NAMES) {
      Path file = folder.resolve(name);
      names.add(file.toString());
      bytes.add(FileBytes.read(file, ArticleReader.MAX_BYTES));
    }
    return new Inputs(names, bytes, false);
  }

  /** Bundled copies are UTF-8 by construction; a file on disk is decoded as any article file is. */
  private static List<Article> parse(Inputs files) throws ArticleReadException {
    TextDecoder decoder = files.bundled() ? null : new TextDecoder();
    ArticleJson json = new ArticleJson();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < files.names().size(); i++) {
      String name = files.names().get(i);
      byte[] bytes = files.bytes().get(i);
      String text = decoder == null ? new String(bytes, StandardCharsets.UTF_8) : decoder.decode(bytes, name).text();
      articles.add(json.read(text, name));
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
    return CodeLocation.of(DefaultArticles.class);
  }

}
