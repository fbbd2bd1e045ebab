package app.verbatim.engine;

import app.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads fixture articles from the test classpath. */
final class Fixtures {
  private Fixtures() {}

  static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Article> articles(String... paths) {
    List<Article> out = new ArrayList<>();
    for (String p : paths) {
      String name = p.substring(p.lastIndexOf('/') + 1).replace(".txt", "");
      out.add(new Article(name, null, null, "en", null, text(p)));
    }
    return out;
  }
}
