package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example articles in data/: exact copies of the seed texts, valid, and loadable from anywhere. */
class DefaultArticlesTest {
  private final ArticleJson articleJson = new ArticleJson();
  private static final Path DATA = Path.of("data");

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static byte[] seed(String name) throws Exception {
    try (InputStream in = DefaultArticlesTest.class.getResourceAsStream("/fixtures/seeds/" + name)) {
      assertThat(in).as("seed fixture " + name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nbc-news", "tass"})
  void dataTextIsTheSeedByteForByte(String name) throws Exception {
    Article article = new ArticleReader().read(DATA.resolve(name + ".json"), null);
    assertThat(sha256(article.text().getBytes(StandardCharsets.UTF_8))).isEqualTo(sha256(seed(name + ".txt")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nbc-news", "tass"})
  void readingTheSeedAsPlainTextGivesTheSameText(String name, @TempDir Path dir) throws Exception {
    Path copy = Files.write(dir.resolve(name + ".txt"), seed(name + ".txt"));
    Article fromText = new ArticleReader().read(copy, null);
    Article fromData = new ArticleReader().read(DATA.resolve(name + ".json"), null);
    assertThat(fromText.text()).isEqualTo(fromData.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nbc-news.json", "tass.json"})
  void dataFilesMatchTheSchemaAndTheCanonicalLayout(String name) throws Exception {
    String json = Files.readString(DATA.resolve(name));
    assertThat(ArticleSchema.errors(json)).isEmpty();
    // Written by ArticleJson.write, so a re-save changes nothing.
    assertThat(articleJson.write(articleJson.read(json, name))).isEqualTo(json);
  }

  @Test
  void dataFilesCarryTheirMetadataAndNoInventedSource() throws Exception {
    for (String name : DefaultArticles.FILE_NAMES) {
      var node = new ObjectMapper().readTree(DATA.resolve(name).toFile());
      assertThat(node.get("date").asText()).as(name).isEqualTo("2018-09-29");
      assertThat(node.get("language").asText()).as(name).isEqualTo("en");
      assertThat(node.has("source")).as(name).isFalse();
      // The headline is part of the text exactly as published.
      assertThat(node.get("text").asText()).as(name).contains(node.get("title").asText());
    }
  }

  @Test
  void bundledCopiesAreTheDataFiles() throws Exception {
    List<Article> bundled = DefaultArticles.loadBundled();
    assertThat(bundled).extracting(Article::outlet).containsExactly("NBC News", "TASS");
    for (int i = 0; i < bundled.size(); i++) {
      Path file = DATA.resolve(DefaultArticles.FILE_NAMES.get(i));
      assertThat(bundled.get(i)).isEqualTo(articleJson.read(Files.readString(file), file.toString()));
    }
  }

  @Test
  void loadFindsTheArticlesWithoutLocalPathsAsSource() throws Exception {
    List<Article> articles = DefaultArticles.load();
    assertThat(articles).extracting(Article::outlet).containsExactly("NBC News", "TASS");
    assertThat(articles).extracting(Article::source).containsOnlyNulls();
    assertThat(articles).allSatisfy(a -> assertThat(a.text()).isNotBlank());
  }

  @Test
  void aFolderMissingAFileIsNotUsed(@TempDir Path dir) throws Exception {
    Files.copy(DATA.resolve("nbc-news.json"), dir.resolve("nbc-news.json"));
    assertThatThrownBy(() -> DefaultArticles.loadFrom(dir)).isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("tass.json");
  }

  @Test
  void aFolderWithBothFilesIsRead(@TempDir Path dir) throws Exception {
    for (String name : DefaultArticles.FILE_NAMES) {
      Files.copy(DATA.resolve(name), dir.resolve(name));
    }
    assertThat(DefaultArticles.loadFrom(dir)).isEqualTo(DefaultArticles.loadBundled());
  }

  @Test
  void theAnalysedExampleIsKeptAndThenReadBackTheSame(@TempDir Path dir) throws Exception {
    AnalysisCache cache = new AnalysisCache(dir, "this build");
    DefaultArticles.Analysed first = DefaultArticles.loadAnalysed(new app.verbatim.engine.VerbatimEngine(), cache);
    assertThat(first.fromCache()).isFalse();
    assertThat(first.articles()).isEqualTo(DefaultArticles.load());
    first.keep();
    DefaultArticles.Analysed second = DefaultArticles.loadAnalysed(new app.verbatim.engine.VerbatimEngine(), cache);
    assertThat(second.fromCache()).isTrue();
    assertThat(second.articles()).isEqualTo(first.articles());
    assertThat(second.comparison()).isEqualTo(first.comparison());
    // another build keeps its own: the first one's comparison is not used
    assertThat(DefaultArticles.loadAnalysed(new app.verbatim.engine.VerbatimEngine(), new AnalysisCache(dir, "next build"))
        .fromCache()).isFalse();
  }
}
