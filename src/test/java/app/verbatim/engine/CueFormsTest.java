package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue forms beyond "…," X said: participle clauses, a cue ending the paragraph before, titles. */
class CueFormsTest {
  private static final String TEXT = "Mayor defends budget cuts\n\n"
      + "GREENHAVEN — Mayor Linda Okafor on Monday defended her plan to cut library funding, telling a "
      + "packed council meeting that the city \"cannot spend money it does not have.\"\n\n"
      + "Councilman Raj Patel, her most vocal critic, said the cuts would fall hardest on poor "
      + "neighborhoods. \"This budget balances the books on the backs of children,\" he said.\n\n"
      + "Okafor's chief of staff, Dana Brooks, said the mayor had met library staff twice. According to "
      + "Brooks, the mayor \"listened to every concern.\"\n\n"
      + "The mayor later told reporters:\n\n"
      + "\"We will find savings elsewhere if we can.\n\n"
      + "\"But I will not promise what I cannot deliver.\"\n";

  private final Comparison c = new VerbatimEngine().compare(List.of(
      new Article("Gazette", null, null, "en", null, TEXT), new Article("Other", null, null, "en", null, "None.")));

  private String speakerOf(String words) {
    Quote q = c.quotesOf("d1").stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
    return c.speaker(q.speakerId()).map(s -> s.name()).orElse(null);
  }

  @Test
  void aParticipleClauseTakesTheSentencesSubject() {
    assertThat(speakerOf("cannot spend money")).isEqualTo("Linda Okafor");
  }

  @Test
  void aCueEndingThePreviousParagraphWithAColonIntroducesTheQuotation() {
    assertThat(speakerOf("find savings elsewhere")).isEqualTo("Linda Okafor");
    assertThat(speakerOf("find savings elsewhere")).isEqualTo(speakerOf("cannot spend money"));
  }

  @Test
  void aRoleRightBeforeAQuotationIsItsSubjectNotAnAppositive() {
    assertThat(speakerOf("listened to every concern")).isEqualTo("Dana Brooks");
    // Brooks did not become "the mayor": the role-noun cue above still finds Okafor
  }

  @Test
  void councilTitlesAreNotPartOfTheName() {
    assertThat(speakerOf("balances the books")).isEqualTo("Raj Patel");
  }

  @Test
  void aRoleThenANameInCommasCuesItsVerbAndANewSentenceIsNoCue() {
    Comparison d = new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null,
        "Report row\n\nThe minister, Eva Stone, later told reporters: \"We stand by every word.\"\n\n"
            + "Asked whether she would resign, Ms Stone replied: \"Absolutely not.\" She added that she "
            + "had \"nothing to hide\"."), new Article("Other", null, null, "en", null, "None.")));
    Quote stand = d.quotesOf("d1").stream().filter(q -> q.text().contains("every word")).findFirst().orElseThrow();
    Quote not = d.quotesOf("d1").stream().filter(q -> q.text().contains("Absolutely")).findFirst().orElseThrow();
    assertThat(stand.verb()).isEqualTo("told");
    assertThat(d.speaker(stand.speakerId()).orElseThrow().name()).isEqualTo("Eva Stone");
    assertThat(not.verb()).isEqualTo("replied");
  }

  @Test
  void aRoleThenTheNameInCommasAfterTheQuotationNamesTheSpeaker() {
    Comparison d = new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null,
        "Ceasefire\n\n\"We are not naive,\" the prime minister, Helena Varga, said. \"We know who broke the truce.\""),
        new Article("Other", null, null, "en", null, "None.")));
    Quote q = d.quotesOf("d1").get(0);
    assertThat(d.speaker(q.speakerId()).orElseThrow().name()).isEqualTo("Helena Varga");
    assertThat(q.spans()).hasSize(2);
  }

  @Test
  void aNewSentenceBetweenTwoQuotationsKeepsThemApartAndItsColonNamesTheSecondSpeaker() {
    Comparison d = new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null,
        "Summit\n\nPresident Amara Diallo and Prime Minister Jonas Berg met on Friday. \"We agreed on nothing,\" "
            + "Berg said afterwards. Diallo was more upbeat: \"We agreed to keep talking.\""),
        new Article("Other", null, null, "en", null, "None.")));
    assertThat(d.quotesOf("d1")).hasSize(2);
    Quote second = d.quotesOf("d1").get(1);
    assertThat(second.text()).contains("keep talking");
    assertThat(d.speaker(second.speakerId()).orElseThrow().name()).isEqualTo("Amara Diallo");
  }

  @Test
  void aPronounPrefersThePersonWhoseGivenNameFitsButTheTextDecides() {
    Comparison d = new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null,
        "Budget\n\nFinance Minister Sara Holt unveiled the budget. \"This is a budget for families,\" Holt said.\n\n"
            + "\"It is a budget for nobody,\" said shadow chancellor Peter Grant.\n\n\"We have listened,\" she insisted."),
        new Article("Other", null, null, "en", null,
            "Talks\n\nJan Novak, the mayor, spoke first. \"We are ready,\" she said.")));
    Quote listened = d.quotesOf("d1").stream().filter(q -> q.text().contains("listened")).findFirst().orElseThrow();
    assertThat(d.speaker(listened.speakerId()).orElseThrow().name()).isEqualTo("Sara Holt");
    Quote ready = d.quotesOf("d2").get(0);
    assertThat(d.speaker(ready.speakerId()).orElseThrow().name()).isEqualTo("Jan Novak");
  }

  @Test
  void anOccupationOpeningTheSentenceAndTheOrganisationAfterOfAreNotTheName() {
    Comparison d = new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null,
        "Storm\n\nMeteorologist Dan Wells of the National Weather Service spoke on Monday. "
            + "\"We have not seen anything like this in fifty years,\" he said."),
        new Article("Other", null, null, "en", null, "None.")));
    Quote q = d.quotesOf("d1").get(0);
    assertThat(d.speaker(q.speakerId()).orElseThrow().name()).isEqualTo("Dan Wells");
  }

  @Test
  void aPhrasalVerbBetweenTwoPartsJoinsThemAndCandidateIsATitle() {
    Comparison d = new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null,
        "Election\n\nCandidate Rosa Alvarez spoke first. \"Voters want results,\" Governor Tom Reed said.\n\n"
            + "\"I have delivered results,\" Alvarez shot back at a later rally. \"He has delivered excuses.\""),
        new Article("Other", null, null, "en", null, "None.")));
    Quote q = d.quotesOf("d1").stream().filter(x -> x.text().contains("delivered results")).findFirst().orElseThrow();
    assertThat(q.spans()).hasSize(2);
    assertThat(q.verb()).isEqualTo("shot back");
    assertThat(d.speaker(q.speakerId()).orElseThrow().name()).isEqualTo("Rosa Alvarez");
  }
}
