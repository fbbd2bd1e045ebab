package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file name an export proposes (no window needed). */
class ExportNameTest {
  @Test
  void theBundledPairIsNamedForItsOutletsAndDate() throws Exception {
    var c = new VerbatimEngine().compare(DefaultArticles.load());
    assertThat(ExportName.of(c, "pdf")).isEqualTo("NBC-News_vs_TASS_2018-09-29.pdf");
  }

  @Test
  void manyOutletsAreCountedAndOddCharactersGo() {
    List<Article> articles = new ArrayList<>();
    for (String outlet : new String[] {"Le Monde", "Süddeutsche Zeitung", "A/B: News!", "Four", "Five", "Six"}) {
      articles.add(new Article(outlet, null, "Published 2024-03-0" + (articles.size() + 1) + " 10:00", "en", null,
          "“We will not give up,” the mayor said."));
    }
    var c = new VerbatimEngine().compare(articles);
    assertThat(ExportName.of(c, "csv"))
        .isEqualTo("Le-Monde_vs_Süddeutsche-Zeitung_vs_A-B-News_vs_Four_and-2-more_2024-03-01.csv");
  }

  @Test
  void withoutAComparisonTheNameIsPlain() {
    assertThat(ExportName.of(null, "html")).isEqualTo("comparison.html");
  }
}
