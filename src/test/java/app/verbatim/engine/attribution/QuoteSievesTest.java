package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sieves that run per quotation after the cue, and the headline echo; through the whole pipeline. */
class QuoteSievesTest {

  @Test
  void itSaidIsTheBodyThatOpensTheSentenceBefore() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE + "The Harbour Authority, which runs the port, was unmoved. "
        + "“The levels are safe,” it said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Harbour Authority");
    assertThat(a.get(0).sieve()).isEqualTo("organisation");
  }

  @Test
  void aStatementSpeaksForWhoeverIssuedIt() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE + "“We reject the report,” Tomas Varga said in a statement.\n\n"
        + "“The figures are wrong,” the statement said.");
    assertThat(SieveFixture.who(a.get(1))).isEqualTo("Tomas Varga");
    assertThat(a.get(1).sieve()).isEqualTo("document");
  }

  @Test
  void aQuotationWithoutCueContinuesTheSpeakerOfItsParagraph() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "“We have the votes,” Tomas Varga said after the count.\n\n“And we will use them before the summer.”");
    assertThat(SieveFixture.who(a.get(1))).isEqualTo("Tomas Varga");
    assertThat(a.get(1).sieve()).isEqualTo("continuation");
  }

  @Test
  void continuationDoesNotCrossToAnUnrelatedParagraph() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE + "“We have the votes,” Tomas Varga said.\n\n"
        + "The vote was postponed until the spring, and the hall emptied within minutes of the news.\n\n"
        + "Outside, the placards showed “a gift to the lobbyists” in red paint.");
    assertThat(a.get(1).person()).isNull();
  }

  @Test
  void aHeadlineQuotationTakesTheSpeakerOfTheBodyQuotationItRepeats() {
    List<Attribution> a = SieveFixture.resolveText("Library funding: “We will keep every library open”\n\n"
        + "The session opened in the morning with a long list of items to discuss.\n\n"
        + "“We will keep every library open, whatever the council decides,” Mayor Linda Okafor said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Linda Okafor");
    assertThat(a.get(0).sieve()).isEqualTo("headline-echo");
  }

  @Test
  void everyAnswerRecordsTheSieveAndAPronounRecordsWhereThePersonWasNamed() {
    String text = SieveFixture.HEADLINE + "Tomas Varga spoke first.\n\n“We have the votes,” he said.";
    List<Attribution> a = SieveFixture.resolveText(text);
    assertThat(a.get(0).sieve()).isEqualTo("pronoun");
    assertThat(a.get(0).named()).isNotNull();
    assertThat(a.get(0).named().of(text)).isEqualTo("Tomas Varga");
    assertThat(EvidenceWriter.of(a.get(0), text).cue()).isEqualTo("he said");
  }

  @Test
  void aQuotationAfterTheCueSentenceOfTheQuotationBeforeGoesOnWithThatSpeaker() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE + "Tomas Varga and Hanne Roos met on the quay.\n\n"
        + "“Your harbour is the best on this coast,” Varga assured Roos, after Roos assured Varga that the fleet "
        + "backed him. “I will not forget the fishermen.”");
    assertThat(SieveFixture.who(a.get(1))).isEqualTo("Tomas Varga");
  }
}
