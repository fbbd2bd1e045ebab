package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a pronoun after a quotation means when the sentence before holds more than one person. */
class PronounReachTest {

  private static String speakerOf(String body, String words) {
    SieveFixture f = new SieveFixture(body);
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote(words));
    return SieveFixture.who(new PronounSieve(f.ctx).resolve(cue));
  }

  @Test
  void aReportingAsideSpeaksOnInTheNextQuotation() {
    String body = "Tomas Varga opened the debate. Later, Ms. Hanne Roos took the floor.\n\n"
        + "Mr. Varga, Pavel Brenk said, has changed the tone of the “whole chamber.”\n\n"
        + "“We are all calmer now,” he said.";
    assertThat(speakerOf(body, "all calmer now")).isEqualTo("Pavel Brenk");
  }

  @Test
  void aReportingTagFurtherBackLeavesTheSubjectTheTopic() {
    String body = "Tomas Varga opened the debate with a long speech on the harbour and its future.\n\n"
        + "Mr. Varga attacked the budget, Pavel Brenk reported. He then left the room.\n\n"
        + "“We are all calmer now,” he said.";
    assertThat(speakerOf(body, "all calmer now")).isEqualTo("Tomas Varga");
  }

  @Test
  void aPersonOfThePronounsGenderBeatsOneOfTheOther() {
    String body = "Pavel Varga said the vote was close after a long talk with Hanne Roos in the hall."
        + " “We have the votes,” she said.";
    assertThat(speakerOf(body, "have the votes")).isEqualTo("Hanne Roos");
  }

  @Test
  void aNameWhoseRelativeClauseReportsSpeechSpeaksThere() {
    String body = "Ms. Hanne Roos spoke first. The plan was backed on Friday by Sen. Ilse Brenk of Kessel,"
        + " the ranking member of the harbour board, who said none of the money came from the port.\n\n"
        + "“It never made sense to me,” she said.";
    assertThat(speakerOf(body, "never made sense")).isEqualTo("Ilse Brenk");
  }

  @Test
  void aVerdictInTheRelativeClauseIsNoSpeech() {
    String body = "Ms. Hanne Roos spoke first. Asked whether she was worried that Ilse Brenk, who has called the"
        + " plan a hoax, could win the seat in the spring, Roos demurred.\n\n“It never made sense to me,” she said.";
    assertThat(speakerOf(body, "never made sense")).isEqualTo("Hanne Roos");
  }

  @Test
  void aNameOfAPlaceSpeaksPastThePlace() {
    String body = "Tomas Varga spoke first at the fair.\n\n"
        + "Another pollster, Pavel Brenk of Kessel University, said his survey held steady.\n\n"
        + "“Nothing moved this week,” he said.";
    assertThat(speakerOf(body, "Nothing moved")).isEqualTo("Pavel Brenk");
  }

  @Test
  void aSubjectInsideAThatClauseIsNotTheMainSubject() {
    String body = "Ms. Hanne Roos spoke first. Asked whether she feared that Ilse Brenk could win the seat in the"
        + " spring, Roos smiled.\n\n“It never made sense to me,” she said.";
    assertThat(speakerOf(body, "never made sense")).isEqualTo("Hanne Roos");
  }
}
