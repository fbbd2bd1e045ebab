package app.verbatim.io;

import app.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bundled example comparison (NBC News and TASS on Ri Yong Ho's 2018 UN speech), from the jar. */
public final class DefaultArticles {
  private static final String[] FILES = {"nbc-news.json", "tass.json"};

  private DefaultArticles() {}

  public static List<Article> load() throws ArticleReadException {
    ArticleJson json = new ArticleJson();
    List<Article> out = new ArrayList<>();
    for (String f : FILES) {
      try (InputStream in = DefaultArticles.class.getResourceAsStream("/app/verbatim/data/" + f)) {
        if (in == null) {
          throw new ArticleReadException(f + ": the bundled article is missing from the application");
        }
        out.add(json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), f, f));
      } catch (IOException e) {
        throw new ArticleReadException(f + ": the bundled article cannot be read");
      }
    }
    return out;
  }
}
