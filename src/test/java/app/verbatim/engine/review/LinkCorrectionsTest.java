package app.verbatim.engine.review;

import static app.verbatim.engine.text.QuoteWordsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.align.QuoteAligner;
import app.verbatim.engine.align.QuoteLink;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Article;
import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Relation;
import app.verbatim.model.TextRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analyst's links and unlinks, applied to the aligner's links. */
class LinkCorrectionsTest {
  private static final String T1 = "\"The ferry will run all winter,\" Ana Ferro said. \"Fares will not rise.\"";
  private static final String T2 = "Ferro said \"the ferry will run all winter\" and added: \"Prices stay as they are.\"";
  private static final String T3 = "\"The ferry runs through the winter,\" said Ferro.";
  private static final Document D1 = doc("d1", "1", T1);
  private static final Document D2 = doc("d2", "2", T2);
  private static final Document D3 = doc("d3", "3", T3);

  private static final QuoteWords FERRY1 = at("q1", "d1", "s1", T1, "The ferry will run all winter,");
  private static final QuoteWords FARES = at("q2", "d1", "s1", T1, "Fares will not rise.");
  private static final QuoteWords FERRY2 = at("q3", "d2", "s1", T2, "the ferry will run all winter");
  private static final QuoteWords PRICES = at("q4", "d2", "s1", T2, "Prices stay as they are.");
  private static final QuoteWords FERRY3 = at("q5", "d3", "s1", T3, "The ferry runs through the winter,");
  private static final List<QuoteWords> ALL = List.of(FERRY1, FARES, FERRY2, PRICES, FERRY3);

  private final QuoteAligner aligner = new QuoteAligner();
  private final LinkCorrections corrections = new LinkCorrections(Map.of("d1", D1, "d2", D2, "d3", D3), aligner);

  private static Document doc(String id, String shaDigit, String text) {
    return new Document(id, new Article("Outlet " + id, null, null, "en", null, text), shaDigit.repeat(64), List.of());
  }

  private static TextRef ref(Document d, QuoteWords q) {
    return TextRef.of(d, q.quote());
  }

  private static List<List<String>> pairs(List<QuoteLink> links) {
    return links.stream().map(l -> List.of(l.a().quote().id(), l.b().quote().id())).toList();
  }

  private List<QuoteLink> engineLinks() {
    return aligner.align(ALL);
  }

  @Test
  void theAlignerAloneLinksOnlyTheSameWords() {
    // the ground the corrections below change
    assertThat(pairs(engineLinks())).containsExactly(List.of("q1", "q3"));
  }

  @Test
  void noCorrectionsLeaveTheLinksAsTheyAre() {
    List<QuoteLink> links = engineLinks();
    assertThat(corrections.apply(links, ALL, List.of())).isEqualTo(links);
  }

  @Test
  void aLinkByHandIsMeasuredAndKeptWhateverItsScore() {
    List<QuoteLink> out = corrections.apply(engineLinks(), ALL,
        List.of(Correction.link(ref(D1, FARES), ref(D2, PRICES))));
    assertThat(pairs(out)).containsExactly(List.of("q1", "q3"), List.of("q2", "q4"));
    QuoteLink byHand = out.get(1);
    assertThat(byHand.similarity()).isEqualTo(0.0);
    assertThat(byHand.relation()).isEqualTo(Relation.OVERLAP);
  }

  @Test
  void aLinkAlreadyMadeIsNotMadeTwiceInEitherOrder() {
    List<QuoteLink> out = corrections.apply(engineLinks(), ALL,
        List.of(Correction.link(ref(D2, FERRY2), ref(D1, FERRY1))));
    assertThat(pairs(out)).containsExactly(List.of("q1", "q3"));
  }

  @Test
  void aQuotationIsNotLinkedToItself() {
    assertThat(corrections.apply(List.of(), ALL, List.of(Correction.link(ref(D1, FARES), ref(D1, FARES))))).isEmpty();
  }

  @Test
  void theQuotationMeantIsTheOneTheMarkedTextOverlapsMost() {
    // a stretch from the end of the first quotation into most of the second means the second
    int start = FERRY1.quote().end() - 3;
    int end = FARES.quote().end() - 2;
    TextRef loose = new TextRef(D1.sha256(), start, end);
    List<QuoteLink> out = corrections.apply(List.of(), ALL, List.of(Correction.link(loose, ref(D3, FERRY3))));
    assertThat(pairs(out)).containsExactly(List.of("q2", "q5"));
  }

  @Test
  void anUnlinkWithAnOtherRemovesThatLinkOnly() {
    List<QuoteLink> linked = corrections.apply(engineLinks(), ALL,
        List.of(Correction.link(ref(D1, FERRY1), ref(D3, FERRY3))));
    assertThat(pairs(linked)).containsExactly(List.of("q1", "q3"), List.of("q1", "q5"));
    List<QuoteLink> out = corrections.apply(linked, ALL, List.of(Correction.unlink(ref(D3, FERRY3), ref(D1, FERRY1))));
    assertThat(pairs(out)).containsExactly(List.of("q1", "q3"));
  }

  @Test
  void anUnlinkWithoutAnOtherRemovesEveryLinkOfTheQuotation() {
    List<QuoteLink> linked = corrections.apply(engineLinks(), ALL,
        List.of(Correction.link(ref(D1, FERRY1), ref(D3, FERRY3)), Correction.link(ref(D1, FARES), ref(D2, PRICES))));
    List<QuoteLink> out = corrections.apply(linked, ALL, List.of(Correction.unlink(ref(D1, FERRY1), null)));
    assertThat(pairs(out)).containsExactly(List.of("q2", "q4"));
  }

  @Test
  void anUnlinkFromAQuotationNoLongerThereRemovesNothing() {
    // not "every link of the first": the analyst named one other quotation, and it is gone
    TextRef gone = new TextRef("9".repeat(64), 0, 10);
    List<QuoteLink> links = engineLinks();
    assertThat(corrections.apply(links, ALL, List.of(Correction.unlink(ref(D1, FERRY1), gone)))).isEqualTo(links);
  }

  @Test
  void correctionsApplyInOrderSoALaterOneWins() {
    Correction link = Correction.link(ref(D1, FARES), ref(D2, PRICES));
    Correction unlink = Correction.unlink(ref(D1, FARES), ref(D2, PRICES));
    assertThat(pairs(corrections.apply(List.of(), ALL, List.of(link, unlink)))).isEmpty();
    assertThat(pairs(corrections.apply(List.of(), ALL, List.of(unlink, link)))).containsExactly(List.of("q2", "q4"));
  }

  @Test
  void aCorrectionThatFindsNoQuotationIsIgnored() {
    // an article no longer compared, and a stretch of text no quotation covers
    TextRef gone = new TextRef("9".repeat(64), 0, 10);
    TextRef between = new TextRef(D1.sha256(), FERRY1.quote().end() + 2, FERRY1.quote().end() + 6);
    List<QuoteLink> links = engineLinks();
    assertThat(corrections.apply(links, ALL, List.of(Correction.link(gone, ref(D2, PRICES)),
        Correction.link(ref(D2, PRICES), gone), Correction.link(between, ref(D2, PRICES)),
        Correction.unlink(gone, null)))).isEqualTo(links);
  }

  @Test
  void otherKindsOfCorrectionAreNotLinks() {
    List<QuoteLink> links = engineLinks();
    assertThat(corrections.apply(links, ALL, List.of(Correction.notAQuote(ref(D1, FERRY1)),
        Correction.speaker(ref(D1, FERRY1), "Someone Else")))).isEqualTo(links);
  }
}
