package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body that opens a clause as its subject speaks the quotation in that clause. */
class BodySubjectTest {

  private static String subjectOf(String body, String words) {
    SieveFixture f = new SieveFixture(body);
    return SieveFixture.phrase(new ClauseSubjectSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void aBodyWithAPrepositionInItsNameSpeaks() {
    assertThat(subjectOf("As if to end the matter, the Kessel Board of Elections was firm in its findings:"
        + " “Further discussion on this issue is unnecessary.”", "Further discussion")).isEqualTo("the Kessel Board of Elections");
  }

  @Test
  void anAcronymAfterAnArticleSpeaks() {
    assertThat(subjectOf("On its website, the HPA lists “harbour safety as the authority’s top priority.”", "harbour safety"))
        .isEqualTo("the HPA");
  }

  @Test
  void aBodyBeforeARoleAndANameIsNoSubject() {
    assertThat(subjectOf("Harbour Post columnist Mara Lind wrote that the mayor “answered a grand total of seven questions.”",
        "grand total")).isEqualTo("Mara Lind");
  }

  @Test
  void aBodysNameMakesNoPersonForPronouns() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "The Kessel Harbour Board met on Monday.\n\n"
        + "“We are closing the pier,” the Harbour Board said.\n\n"
        + "“It is not safe,” he said.");
    assertThat(SieveFixture.who(a.get(1))).isNull();
  }

  @Test
  void aBodysSpokespersonOpeningTheClauseSpeaks() {
    assertThat(subjectOf("A spokeswoman for the Kessel Harbour Board emailed reporters the text of the rule, arguing,"
        + " “As you can see, the rule says nothing of the kind.”", "rule says nothing"))
        .isEqualTo("A spokeswoman for the Kessel Harbour Board");
  }
}
