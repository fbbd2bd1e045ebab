package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.StructureReader;
import app.verbatim.model.Article;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** All documents' quotations with one speaker per person, numbered in document order. */
class SpeakerMergeTest {

  private static SpeakerMerge.Merged merge(String... bodies) {
    List<Document> docs = new ArrayList<>();
    List<DocumentQuotes> found = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      String text = bodies[i] == null ? SieveFixture.HEADLINE + "“A reference text that quotes no one at all.”"
          : SieveFixture.HEADLINE + bodies[i];
      var paragraphs = new StructureReader().read(text, null);
      docs.add(new Document("d" + (i + 1), new Article("Outlet " + i, "t", null, "en", null, text), "x", paragraphs));
      found.add(bodies[i] == null ? null : DocumentQuotes.analyse(text, paragraphs));
    }
    return SpeakerMerge.of(docs, found);
  }

  private static String name(SpeakerMerge.Merged m, String id) {
    return m.speakers().stream().filter(s -> s.id().equals(id)).map(Speaker::name).findFirst().orElse(null);
  }

  @Test
  void thePersonQuotedInTwoDocumentsIsOneSpeaker() {
    SpeakerMerge.Merged m = merge("“We have the votes,” Tomas Varga said.",
        "“The count is over,” Tomas Varga told reporters.");
    assertThat(m.quotes()).extracting(Quote::id).containsExactly("q1", "q2");
    assertThat(m.quotes()).extracting(Quote::documentId).containsExactly("d1", "d2");
    assertThat(m.quotes().get(0).speakerId()).isNotNull().isEqualTo(m.quotes().get(1).speakerId());
    assertThat(m.speakers()).hasSize(1);
    assertThat(name(m, m.quotes().get(0).speakerId())).isEqualTo("Tomas Varga");
  }

  @Test
  void differentPeopleAreDifferentSpeakers() {
    SpeakerMerge.Merged m = merge("“We have the votes,” Tomas Varga said. “We do not,” Hanne Roos said.");
    assertThat(m.quotes()).hasSize(2);
    assertThat(m.quotes().get(0).speakerId()).isNotEqualTo(m.quotes().get(1).speakerId());
    assertThat(name(m, m.quotes().get(1).speakerId())).isEqualTo("Hanne Roos");
  }

  @Test
  void aQuotationKeepsItsTextKindPositionAndVerb() {
    SpeakerMerge.Merged m = merge("“We have the votes,” Tomas Varga said.");
    Quote q = m.quotes().get(0);
    assertThat(q.text()).isEqualTo("We have the votes,");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.position().section()).isEqualTo(Section.BODY);
    assertThat(q.position().paragraph()).isEqualTo(2);
    assertThat(q.verb()).isEqualTo("said");
  }

  @Test
  void aReferenceDocumentAddsNoQuotations() {
    SpeakerMerge.Merged m = merge(null, "“We have the votes,” Tomas Varga said.");
    assertThat(m.quotes()).hasSize(1);
    assertThat(m.quotes().get(0).documentId()).isEqualTo("d2");
    assertThat(m.quotes().get(0).id()).isEqualTo("q1");
  }

  @Test
  void anUnattributedQuotationHasNoSpeaker() {
    SpeakerMerge.Merged m = merge("The hall emptied within minutes of the vote on the harbour.\n\n"
        + "Outside, the placards showed “a gift to the lobbyists and the bankers” in red paint.");
    assertThat(m.quotes()).hasSize(1);
    assertThat(m.quotes().get(0).speakerId()).isNull();
    assertThat(m.speakers()).isEmpty();
    assertThat(Arrays.asList(m.describedIds().toArray())).isEmpty();
  }
}
