package app.verbatim.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.QuoteText;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.DiffKind;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word marks an analyst cares about are shown; house style is not. */
class WordDifferTest {
  private static Comparison compare(String first, String second) {
    return new VerbatimEngine().compare(List.of(
        new Article("Post", null, null, "en", null, "Budget row\n\n" + first + "\n"),
        new Article("Wire", null, null, "en", null, "Budget row\n\n" + second + "\n")));
  }

  private static List<String> marked(Comparison c, String doc, DiffKind kind) {
    String text = c.document(doc).orElseThrow().text();
    return c.alignments().stream().flatMap(a -> a.diff().stream())
        .filter(d -> d.documentId().equals(doc) && d.kind() == kind)
        .map(DiffSpan::span).map(s -> s.of(text)).toList();
  }

  @Test
  void aCommaAddedIsAPunctuationDifferenceNotNoDifference() {
    Comparison c = compare(
        "Minister Hana Brell said: \"The budget is balanced and the deficit will fall next year.\"",
        "Minister Hana Brell said: \"The budget is balanced, and the deficit will fall next year.\"");
    assertThat(c.alignments()).hasSize(1);
    assertThat(marked(c, "d2", DiffKind.PUNCTUATION)).containsExactly("balanced,");
    assertThat(marked(c, "d2", DiffKind.VARIANT)).isEmpty();
  }

  @Test
  void aCapitalThatOnlyOpensASentenceIsNoVariant() {
    Comparison c = compare(
        "Minister Hana Brell said: \"We cut taxes. the budget is balanced and the deficit will fall.\"",
        "Minister Hana Brell said: \"We cut taxes. The budget is balanced and the deficit will fall.\"");
    assertThat(marked(c, "d2", DiffKind.VARIANT)).isEmpty();
    assertThat(marked(c, "d2", DiffKind.PUNCTUATION)).isEmpty();
  }

  @Test
  void theCountryUsIsNeverPairedWithThePronounUs() {
    Comparison c = compare(
        "Minister Hana Brell said: \"The budget protects US farmers and the deficit will fall next year.\"",
        "Minister Hana Brell said: \"The budget protects us farmers and the deficit will fall next year.\"");
    assertThat(marked(c, "d1", DiffKind.ONLY)).anyMatch(w -> w.contains("US"));
    assertThat(marked(c, "d1", DiffKind.VARIANT)).isEmpty();
  }

  @Test
  void aQuotationInTwoPartsShowsASeparatorBetweenThem() {
    Comparison c = compare(
        "\"We cut taxes first,\" Minister Hana Brell said. \"The budget is balanced now.\"",
        "Minister Hana Brell said the budget was fine.");
    Quote q = c.quotesOf("d1").get(0);
    assertThat(QuoteText.of(q, c.documents().get(0).text()))
        .isEqualTo("We cut taxes first," + QuoteText.SEPARATOR + "The budget is balanced now.");
  }
}
