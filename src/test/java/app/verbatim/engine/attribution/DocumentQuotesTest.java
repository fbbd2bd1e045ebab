package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.StructureReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One document's quotations with document-local speakers, before the merge across documents. */
class DocumentQuotesTest {

  private static DocumentQuotes analyse(String body) {
    String text = SieveFixture.HEADLINE + body;
    return DocumentQuotes.analyse(text, new StructureReader().read(text, null));
  }

  @Test
  void eachQuotationPointsAtItsSpeakerAmongTheDocumentsPeople() {
    DocumentQuotes d = analyse("“We have the votes,” Tomas Varga said.\n\n“The count is not over,” Hanne Roos said.\n\n"
        + "“And we will use them before the summer,” Varga said.");
    assertThat(d.quotes()).extracting(DocumentQuotes.Local::speaker).containsExactly(0, 1, 0);
    assertThat(d.people()).extracting(DocumentQuotes.LocalPerson::name)
        .containsExactly(List.of("Tomas", "Varga"), List.of("Hanne", "Roos"));
    assertThat(d.quotes().get(0).verb()).isEqualTo("said");
    assertThat(d.quotes().get(0).partial()).isFalse();
  }

  @Test
  void theEvidenceNamesTheSieveAndTheCue() {
    DocumentQuotes d = analyse("“We have the votes,” Tomas Varga said.");
    assertThat(d.quotes().get(0).evidence().sieve()).isEqualTo("named");
    assertThat(d.quotes().get(0).evidence().cue()).isEqualTo("Tomas Varga said");
  }

  @Test
  void anUnattributedQuotationHasNoSpeakerAndAddsNoPerson() {
    DocumentQuotes d = analyse("The hall emptied within minutes of the vote on the harbour.\n\n"
        + "Outside, the placards showed “a gift to the lobbyists and the bankers” in red paint.");
    assertThat(d.quotes()).hasSize(1);
    assertThat(d.quotes().get(0).speaker()).isEqualTo(-1);
    assertThat(d.people()).isEmpty();
  }

  @Test
  void peopleWhoAreNeverQuotedAreNotListed() {
    DocumentQuotes d = analyse("Hanne Roos chaired the session.\n\n“We have the votes,” Tomas Varga said.");
    assertThat(d.people()).extracting(DocumentQuotes.LocalPerson::name).containsExactly(List.of("Tomas", "Varga"));
  }

  @Test
  void aQuotationKeepsItsParagraphAndParts() {
    String text = SieveFixture.HEADLINE + "“We have the votes,” Tomas Varga said.";
    DocumentQuotes d = DocumentQuotes.analyse(text, new StructureReader().read(text, null));
    DocumentQuotes.Local q = d.quotes().get(0);
    assertThat(q.parts()).hasSize(1);
    assertThat(q.parts().get(0).of(text)).contains("We have the votes");
    assertThat(q.paragraph()).isEqualTo(2);
  }
}
