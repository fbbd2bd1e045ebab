package app.verbatim.engine;

import static app.verbatim.engine.OneArticle.compare;
import static app.verbatim.engine.OneArticle.find;
import static app.verbatim.engine.OneArticle.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Comparison;
import org.junit.jupiter.api.Test;

/**
 * Cues that a clause, a qualified role or a headline's "calls" sets up: found on articles written to
 * test the engine after its fixtures passed (tarsis-water-summit), each rule here on a text of its own.
 */
class ClauseAndRoleCuesTest {

  @Test
  void aClauseOfTheReportersAfterTheQuotationIsNoAttribution() {
    Comparison c = compare("Budget row\n\n"
        + "Finance Minister Amal Haddad spoke to the chamber on Tuesday.\n\n"
        + "She added that pensioners had ‘carried the heaviest load of any group’, and that the government "
        + "would ask parliament to vote on the figures next week.");
    // not "and that the government": the cue is "She added that" before the quotation
    assertThat(speakerOf(c, "heaviest load")).isEqualTo("Amal Haddad");
    assertThat(c.speakers()).noneMatch(s -> s.name().contains("that"));
  }

  @Test
  void aRoleWithAQualifierBeforeTheNameInCommasMakesThePersonKnownForLaterPronouns() {
    Comparison c = compare("Ceasefire talks\n\n"
        + "The chief negotiator for the northern provinces, Dario Ferrante, sounded more hopeful. "
        + "\"We are closer than we have been in a year,\" he told reporters.");
    assertThat(speakerOf(c, "closer than we have been")).isEqualTo("Dario Ferrante");
  }

  @Test
  void aHeadlinesCallsNamesTheThingInTheSpeakersOwnWordsAndTakesTheClausesOwnSubject() {
    Comparison c = compare("Budget\n\n"
        + "Finance minister says plan will ‘protect every single pension’, while the union leader calls "
        + "the plan a ‘cruel accounting trick’\n\n"
        + "The finance minister, Amal Haddad, presented the budget on Tuesday. The union leader, Petra "
        + "Novak, said it would cut real wages.");
    assertThat(find(c, "cruel accounting trick")).as("speech, not a scare quote").isPresent();
    assertThat(speakerOf(c, "cruel accounting trick")).isEqualTo("Petra Novak");
    assertThat(speakerOf(c, "protect every single pension")).isEqualTo("Amal Haddad");
  }

  @Test
  void phoneCallsAreStillNoCue() {
    Comparison c = compare("Calls\n\nThe ministry logged the calls from ‘deeply worried parents’ all week.");
    assertThat(find(c, "deeply worried parents")).as("a quoted term, not speech").isEmpty();
    assertThat(c.scareQuotes()).isNotEmpty();
  }

  @Test
  void aSportsRoleBeforeANameMakesThePersonKnownForALaterPronoun() {
    Comparison c = compare("Cup final\n\n"
        + "Coach Marta Ilves praised her team. \"We were brave,\" she said.\n\n"
        + "Oakfield striker Ruth Kamau was more cautious. Asked about the final, she said: \"We can still "
        + "play much better than this.\"");
    // not the coach named before: the striker is the subject of the sentence just before
    assertThat(speakerOf(c, "play much better")).isEqualTo("Ruth Kamau");
  }

  @Test
  void aNationalityAfterTheQuotationIsThePersonJustNamedNeverASpeakerCalledSo() {
    Comparison c = compare("Grand prix\n\n"
        + "Team principal Otto Brandl blamed the tyres. \"We had no grip,\" he said.\n\n"
        + "Rival driver Kimi Aaltonen, whose car held on for 71 laps, shrugged off the questions.\n\n"
        + "\"I just drive the car,\" the Finn said with a grin.");
    assertThat(speakerOf(c, "just drive the car")).isEqualTo("Kimi Aaltonen");
    assertThat(c.speakers()).noneMatch(s -> s.name().equalsIgnoreCase("Finn"));
  }
}
