package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document whose own phrase names its issuer speaks for that issuer. */
class DocumentIssuerTest {

  private static String speakerOf(String body, String words) {
    String text = SieveFixture.HEADLINE + body;
    SieveFixture f = new SieveFixture(body);
    List<Attribution> all = SieveFixture.resolveText(text);
    return SieveFixture.who(all.get(f.index(words)));
  }

  @Test
  void aReportFromABodyAfterAccordingTo() {
    assertThat(speakerOf("The pier was shut in a hurry, “without any survey of the damage at all,” according to a report"
        + " from the Kessel Harbour Board.", "without any survey")).isEqualTo("Kessel Harbour Board");
  }

  @Test
  void aReportFromABodysOfficerIsTheOfficers() {
    assertThat(speakerOf("The board gave an “incomplete and misleading” answer to the council, according to a report"
        + " from the Harbour Board's chief inspector.", "incomplete and misleading"))
        .isEqualTo("Harbour Board's chief inspector");
  }

  @Test
  void aBodysReportOpeningTheSentenceSpeaks() {
    assertThat(speakerOf("A 2019 Kessel Harbour Committee report found “no sign at all of any structural damage.”",
        "no sign at all")).isEqualTo("Kessel Harbour Committee");
  }

  @Test
  void aLetterFromABodyOpeningTheSentenceSpeaks() {
    assertThat(speakerOf("A March 3 letter from the Brenn Dockers Association warns that “any further delay will cost"
        + " jobs on the quay.”", "any further delay")).isEqualTo("Brenn Dockers Association");
  }

  @Test
  void anEditorialInANewspaperIsTheNewspapers() {
    assertThat(speakerOf("“The harbour board has run out of excuses,” according to an editorial in the Kessel Courier.",
        "run out of excuses")).isEqualTo("Kessel Courier");
  }

  @Test
  void aNameThatOnlySaysWhatTheReportIsAboutIsNoIssuer() {
    assertThat(speakerOf("The pier was shut in a hurry.\n\nA 2019 Brenn report found “no sign at all of any structural damage.”",
        "no sign at all")).isNull();
  }

  @Test
  void aPersonWhoSpeaksKeepsTheQuotationOverTheDocument() {
    assertThat(speakerOf("“We will rebuild the pier,” Tomas Varga said, according to a report from the Kessel Harbour Board.",
        "rebuild the pier")).isEqualTo("Tomas Varga");
  }

  @Test
  void aStudyByPeopleOfABodyIsThosePeoples() {
    assertThat(speakerOf("The levy cut emissions with “hardly any effect on the wider economy,” according to a study last"
        + " year by economists at Kessel University.", "hardly any effect")).isEqualTo("economists at Kessel University");
  }
}
