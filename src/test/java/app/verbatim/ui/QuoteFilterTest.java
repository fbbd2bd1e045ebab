package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.RowRelation;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filters' decisions, made by the view-model: no window needed. */
class QuoteFilterTest {
  private final VerbatimEngine engine = new VerbatimEngine();

  private static Article article(String outlet, String body) {
    return new Article(outlet, null, null, "en", null, "Talks stall\n\n" + body + "\n");
  }

  private final List<Article> articles = List.of(
      article("Ledger", "\"We will not sign this treaty,\" Ada Lind said. \"The harbour stays ours,\" Tomas Berg said."),
      article("Courier", "\"We will not sign this treaty,\" said Ada Lind, the foreign minister."),
      article("Wire", "The ministers met on Monday and talks went on late into the night."));

  private Workspace opened() {
    Workspace w = new Workspace(engine);
    w.open(Session.of(articles), null, false, engine.compare(articles));
    return w;
  }

  @Test
  void theSummaryCountsTheChosenSpeakerPerOutlet() {
    Workspace w = opened();
    Comparison c = w.comparison();
    SpeakerChoice lind = SpeakerChoice.of(c).stream().filter(s -> s.name().equals("Ada Lind")).findFirst().orElseThrow();
    String line = w.applyFilter(new QuoteFilter(lind, null, null, ""), false);
    assertThat(line).startsWith("Ada Lind — ").contains("Ledger: 1 quotation, 1 shared").contains("Courier: 1 quotation");
    assertThat(w.session().view().focusSpeaker()).isEqualTo("Ada Lind");
    String all = w.applyFilter(QuoteFilter.NONE, true);
    assertThat(all).startsWith("All speakers — ").contains("Ledger: 2 quotations");
    assertThat(w.session().view().focusSpeaker()).isNull();
    assertThat(w.session().view().syncScroll()).isTrue();
  }

  @Test
  void theRowsFollowSpeakerRelationAndSearch() {
    Workspace w = opened();
    SpeakerChoice berg = SpeakerChoice.of(w.comparison()).stream().filter(s -> s.name().equals("Tomas Berg"))
        .findFirst().orElseThrow();
    List<QuotationRow> rows = w.rows();
    assertThat(rows.stream().filter(new QuoteFilter(berg, null, null, "").rows())).hasSize(1)
        .allMatch(r -> r.relation() == RowRelation.ONLY);
    assertThat(rows.stream().filter(new QuoteFilter(null, RowRelation.ONLY, null, "").rows())).hasSize(1);
    assertThat(rows.stream().filter(new QuoteFilter(null, null, null, "treaty").rows())).hasSize(1)
        .allMatch(r -> r.relation() != RowRelation.ONLY);
  }

  @Test
  void anArticleWithoutQuotationsIsNamedOnce() {
    Workspace w = opened();
    assertThat(w.silentOutletsNotice()).hasValueSatisfying(m -> assertThat(m).startsWith("No quotations found in Wire."));
    Workspace quoted = new Workspace(engine);
    quoted.open(Session.of(articles.subList(0, 2)), null, false, engine.compare(articles.subList(0, 2)));
    assertThat(quoted.silentOutletsNotice()).isEmpty();
  }
}
