package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who the prose introduces before any quotation is attributed, and how a bare surname is then read. */
class PeopleReaderTest {

  private static List<String> people(SieveFixture f) {
    return f.ctx.persons().stream().map(Person::displayName).toList();
  }

  @Test
  void aTitleCaseHeadlineMakesNoPerson() {
    List<Attribution> a = SieveFixture.resolveText("Varga Slams Plan For The Harbour At The Council\n\n"
        + "Opposition leader Tomas Varga spoke for an hour on Monday.\n\n"
        + "“This plan sinks the harbour,” Varga said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Tomas Varga");
  }

  @Test
  void aKnownGivenNameAfterADatelineIntroducesAPerson() {
    SieveFixture f = new SieveFixture("BRENN — Dana Hollis doesn’t like the new harbour plan at all.");
    assertThat(people(f)).contains("Dana Hollis");
  }

  @Test
  void aShortGivenNameIsTheSamePersonAsItsFullForm() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Kenneth Marlow, the harbour master, opened the hearing.\n\n"
        + "Ken Marlow later told the panel that dredging would start in May.\n\n"
        + "“The channel is too shallow for the new ferries,” Marlow said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Kenneth Marlow");
  }

  @Test
  void aSurnameSharedByTwoPeopleMeansTheArticlesPrincipal() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Dana Hollis opened her campaign in Brenn on Monday.\n\n"
        + "Dana Hollis and her husband, former governor Mark Hollis, toured the docks.\n\n"
        + "The crowd was small but loud, and the rain held off until the evening.\n\n"
        + "“We will rebuild the harbour,” Hollis said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Dana Hollis");
  }

  @Test
  void aSharedSurnameRightAfterTheOtherPersonsFullNameNamesNeither() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Dana Hollis opened her campaign in Brenn on Monday.\n\n"
        + "Dana Hollis toured the docks with aides.\n\n"
        + "Her husband, former governor Mark Hollis, stayed in the car.\n\n"
        + "“We will rebuild the harbour,” Hollis said.");
    assertThat(a.get(0).person()).isNull();
  }

  @Test
  void aNameAfterAPrepositionDoesNotSpeakForTheVerbAfterItsComma() {
    SieveFixture f = new SieveFixture("Mia Lund, a lecturer at the teachers' college of Port Alder, said turnout would fall.");
    assertThat(f.ctx.mentions().stream().filter(Mention::speech).map(m -> m.person().displayName()).toList())
        .doesNotContain("Port Alder");
  }

  @Test
  void anOccupationOrInitialsBeforeANameMakeNoSecondPerson() {
    List<Attribution> a = SieveFixture.resolveText("Former AG Ostrova at the harbour: board must go\n\n"
        + "Former attorney general Lena Ostrova spoke on Monday.\n\n"
        + "Columnist Tomas Varga wrote about it on Tuesday.\n\n"
        + "Another Varga column followed the next day.\n\n"
        + "“The board has failed the town,” Ostrova said.\n\n"
        + "“She is right,” Varga wrote.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Lena Ostrova");
    assertThat(SieveFixture.who(a.get(1))).isEqualTo("Tomas Varga");
  }

  @Test
  void capitalsBeforeADescribedRoleAndANameMakeNoPerson() {
    SieveFixture f = new SieveFixture("Former Liberal presidential candidate Jon Brill spoke for an hour on Monday.");
    assertThat(people(f)).contains("Jon Brill").doesNotContain("Liberal");
  }

  @Test
  void aPersonMetBeforeOpeningASentenceBeforeAnUnlistedVerbIsItsSubject() {
    // "Varga courts …": "courts" is no verb the lists hold; the name that opens the sentence is still its subject
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Mayor Lena Ostrova welcomed Senator Ann Varga to the harbour on Monday.\n\n"
        + "Varga courts the fishing towns with promises of a new pier.\n\n"
        + "“The pier will be built by spring,” she said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Ann Varga");
  }

  @Test
  void aCapitalBeforeAPersonMetBeforeLeavesTheNameADescription() {
    // "Another Varga …" at a sentence's start: the name describes what follows, no subject is met
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Mayor Lena Ostrova welcomed Senator Ann Varga to the harbour on Monday.\n\n"
        + "Another Varga pledge drew cheers from the fishing towns.\n\n"
        + "“The pier will be built by spring,” she said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Lena Ostrova");
  }

  @Test
  void aNameBeforeAParentheticalStillSpeaksForTheVerbAfterIt() {
    // "Varga (D-Brenn), said …": the party tag in brackets between the name and its reporting verb
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Mayor Lena Ostrova opened the harbour hearing on Monday.\n\n"
        + "Council members, however, were vague. Sen. Ann Varga (D-Brenn), said after a lunch on Tuesday that"
        + " the plan was a “starting point for our talks on the pier.”");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Ann Varga");
  }

  @Test
  void aNameAfterTheRoleThatOpensItsSentenceIsItsSubject() {
    // "Former Brenn governor Jan Halloway, <a long aside>, calls …": the role opens the sentence, the name is its subject
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Mayor Lena Ostrova opened the harbour hearing on Monday.\n\n"
        + "Former Brenn governor Jan Halloway, a longtime critic of the plan, calls it a waste.\n\n"
        + "“The pier will never pay for itself,” she said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Jan Halloway");
  }
}
