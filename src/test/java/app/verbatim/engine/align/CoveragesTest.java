package app.verbatim.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Coverage;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Relation;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only one outlet has: per document and speaker, the quotations in no alignment. */
class CoveragesTest {
  private static final Document D1 = doc("d1", "Harbour Gazette");
  private static final Document D2 = doc("d2", "Inland Courier");

  private static Document doc(String id, String outlet) {
    return new Document(id, new Article(outlet, null, null, "en", null, "text"), "0".repeat(64), List.of());
  }

  private static Quote quote(String id, String documentId, String speakerId) {
    return new Quote(id, documentId, List.of(new Span(0, 4)), "text", QuoteKind.DIRECT, speakerId, null, "said",
        new Position(Section.BODY, 1), List.of(), Evidence.NONE);
  }

  private static Alignment link(String... quoteIds) {
    return new Alignment("a1", "g1", List.of(quoteIds), Relation.IDENTICAL, 1.0, List.of());
  }

  @Test
  void quotationsInAnAlignmentAreNotOnlyInOneOutlet() {
    List<Quote> quotes = List.of(quote("q1", "d1", "s1"), quote("q2", "d1", "s1"), quote("q3", "d2", "s1"));
    List<Coverage> c = Coverages.of(List.of(D1, D2), quotes, List.of(link("q1", "q3")));
    assertThat(c).containsExactly(new Coverage("d1", "s1", List.of("q2")));
  }

  @Test
  void oneEntryPerDocumentAndSpeakerInTheOrderFirstSeen() {
    List<Quote> quotes = List.of(quote("q1", "d2", "s2"), quote("q2", "d1", "s1"), quote("q3", "d2", "s1"),
        quote("q4", "d2", "s2"), quote("q5", "d1", "s1"));
    assertThat(Coverages.of(List.of(D1, D2), quotes, List.of())).containsExactly(
        new Coverage("d1", "s1", List.of("q2", "q5")),
        new Coverage("d2", "s2", List.of("q1", "q4")),
        new Coverage("d2", "s1", List.of("q3")));
  }

  @Test
  void quotationsOfNoKnownSpeakerAreGroupedUnderNull() {
    List<Quote> quotes = List.of(quote("q1", "d1", null), quote("q2", "d1", "s1"), quote("q3", "d1", null));
    assertThat(Coverages.of(List.of(D1), quotes, List.of())).containsExactly(
        new Coverage("d1", null, List.of("q1", "q3")),
        new Coverage("d1", "s1", List.of("q2")));
  }

  @Test
  void aDocumentWhoseQuotationsAreAllLinkedHasNoEntry() {
    List<Quote> quotes = List.of(quote("q1", "d1", "s1"), quote("q2", "d2", "s1"));
    assertThat(Coverages.of(List.of(D1, D2), quotes, List.of(link("q1", "q2")))).isEmpty();
  }

  @Test
  void quotationsOfADocumentNotListedAreLeftOut() {
    assertThat(Coverages.of(List.of(D1), List.of(quote("q1", "d2", "s1")), List.of())).isEmpty();
  }
}
