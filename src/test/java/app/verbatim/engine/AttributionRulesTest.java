package app.verbatim.engine;

import static app.verbatim.engine.OneArticle.compare;
import static app.verbatim.engine.OneArticle.quote;
import static app.verbatim.engine.OneArticle.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Comparison;
import org.junit.jupiter.api.Test;

/**
 * Attribution rules for constructions found in the selva-dam-talks, haivon-port-strike and
 * lumara-budget fixtures, each on a short text of its own.
 */
class AttributionRulesTest {

  @Test
  void namesKeepTheirParticles() {
    Comparison c = compare("Water talks\n\n"
        + "\"We are asking for the river,\" said Khalid al-Mansouri, the water minister.\n\n"
        + "Deputy Prime Minister Johanna van der Berg disagreed. \"The dam is not a weapon,\" she said.\n\n"
        + "Opposition leader Jean-Baptiste de la Croix told parliament the plan was \"a fantasy in four pages.\"\n\n"
        + "Asked about the court, Mr al-Mansouri said: \"We hope it will not come to that.\"");
    assertThat(speakerOf(c, "asking for the river")).isEqualTo("Khalid al-Mansouri");
    assertThat(speakerOf(c, "not a weapon")).isEqualTo("Johanna van der Berg");
    assertThat(speakerOf(c, "fantasy")).isEqualTo("Jean-Baptiste de la Croix");
    assertThat(speakerOf(c, "come to that")).isEqualTo("Khalid al-Mansouri");
  }

  @Test
  void aLongAttributionThatOpensWithItsCueAndDescribesTheSpeakerStillSplitsOneQuotation() {
    Comparison c = compare("Strike\n\n"
        + "\u201cNot one crane will move,\u201d said Nguyen Thi Lan, the president of the Haivon Dockworkers\u2019 "
        + "Federation, who has led the strike since it began on Feb. 23. \u201cThey can wait four more weeks.\u201d");
    assertThat(c.quotesOf("d1")).hasSize(1);
    assertThat(c.quotesOf("d1").get(0).spans()).hasSize(2);
  }

  @Test
  void aClauseAboutTheOccasionStillEndsTheQuotation() {
    Comparison c = compare("Talks\n\n"
        + "\"Seven years is a beginning, not an end,\" al-Mansouri said when asked about the offer. "
        + "\"We need guarantees for the dry years.\"");
    assertThat(c.quotesOf("d1")).hasSize(2);
  }

  @Test
  void aNestedQuotationClosingTheFirstPartLeavesItOpenForTheSecond() {
    Comparison c = compare("Budget\n\n"
        + "\"This budget is, as my predecessor liked to say, 'a promise with numbers attached,'\" Wanjiru told "
        + "the Sentinel newspaper. \"Next year we find out whether we kept it.\"");
    assertThat(c.quotesOf("d1")).hasSize(1);
    assertThat(c.quotesOf("d1").get(0).spans()).hasSize(2);
  }

  @Test
  void aQuestionMarkEndsTheQuotationNotTheSentenceWhenOnlyACueFollows() {
    Comparison c = compare("Talks\n\n"
        + "Minister Pak Sung-min met union leader Nguyen Thi Lan. \"We have made a generous offer,\" Pak said. "
        + "\"Generous for whom?\" Nguyen replied. \"Is that all?\" She added that the union would wait.");
    assertThat(speakerOf(c, "Generous for whom")).isEqualTo("Nguyen Thi Lan");
    assertThat(quote(c, "Generous for whom").verb()).isEqualTo("replied");
    assertThat(quote(c, "Is that all").verb()).isNull(); // a new sentence with a clause of its own
  }

  @Test
  void aPersonSpeakingAfterThePreviousParagraphsLastQuotationHasTheFloor() {
    Comparison c = compare("Talks\n\n"
        + "HAIVON — Minister Pak Sung-min met union leader Nguyen Thi Lan on Sunday.\n\nPak said he was open to arbitration "
        + "\"if the union accepts it first.\" Nguyen said the union would consider it.\n\n"
        + "\"The minister wants us to come to the table with a gun on it.\"");
    assertThat(speakerOf(c, "gun on it")).isEqualTo("Nguyen Thi Lan");
  }

  @Test
  void anAgeNounRefersBackToThePersonJustNamedPastADescription() {
    Comparison c = compare("Dam talks\n\n"
        + "ARVIN — \"We are asking for the river,\" said Khalid al-Mansouri, the water minister.\n\n"
        + "The 58-year-old, a hydrologist by training who spent twenty years at the ministry, said the talks "
        + "had been \"frank, sometimes painful, but never hopeless\".");
    assertThat(speakerOf(c, "never hopeless")).isEqualTo("Khalid al-Mansouri");
  }

  @Test
  void anAgeNounWithARoleThatFitsNobodyStaysUnknown() {
    Comparison c = compare("Strike\n\n"
        + "HAIVON — Labor Minister Pak Sung-min met Rafael de Souza, the port\u2019s chief executive.\n\n"
        + "\"That money does not exist,\" the minister said.\n\n"
        + "The 54-year-old union leader, a former crane operator, said her members were ready. "
        + "\"We have strike funds for two months.\"");
    assertThat(speakerOf(c, "money does not exist")).isEqualTo("Pak Sung-min");
    assertThat(speakerOf(c, "strike funds")).isNull();
  }

  @Test
  void aPronounCueInTheSentenceBeforeAttributesAQuotationWithoutOne() {
    Comparison c = compare("Strike\n\n"
        + "HAIVON — Labor Minister Pak Sung-min met Nguyen Thi Lan, the president of the dockworkers.\n\n"
        + "\"We have made an offer,\" Mr. Pak said. She said her members were ready for a long fight. "
        + "\"We have strike funds for two months.\"");
    assertThat(speakerOf(c, "strike funds")).isEqualTo("Nguyen Thi Lan");
  }

  @Test
  void aNameBeforeItsOrganisationInARolesAppositiveIsTheSubject() {
    Comparison c = compare("Dam talks\n\n"
        + "ARVIN — The mediator, Dr Chidinma Okafor-Eze of the Continental Water Commission, said the gap had "
        + "narrowed to \"a question of months, not of principle\".");
    assertThat(speakerOf(c, "question of months")).isEqualTo("Chidinma Okafor-Eze");
  }

  @Test
  void aKnownPersonOpeningASentenceThatEndsInAColonIntroducesTheQuotation() {
    Comparison c = compare("Dam talks\n\n"
        + "ARVIN — Deputy Prime Minister Johanna van der Berg and port chief Rafael de Souza met on Monday.\n\n"
        + "Ms van der Berg set out her government\u2019s position at length:\n\n"
        + "\"The Selva dam is not a weapon.\"\n\n"
        + "De Souza, speaking after the talks, struck a more conciliatory tone: \"Nobody wins a fight like this.\"\n\n"
        + "In Arvin the mood was darker: \"We will not forget this week.\"");
    assertThat(speakerOf(c, "not a weapon")).isEqualTo("Johanna van der Berg");
    assertThat(speakerOf(c, "Nobody wins")).isEqualTo("Rafael de Souza");
    assertThat(speakerOf(c, "not forget")).isNull();
  }

  @Test
  void aGroupNamedByAPluralRoleGivesTheVerbButNoSpeaker() {
    Comparison c = compare("Strike\n\n"
        + "HAIVON — Union president Nguyen Thi Lan rejected the offer on Sunday.\n\n"
        + "The union had asked for more. Its leaders said the committee was \"a place where good ideas go to die.\"");
    assertThat(speakerOf(c, "good ideas")).isNull();
    assertThat(quote(c, "good ideas").verb()).isEqualTo("said");
  }

  @Test
  void aRoleWithItsOrganisationThenTheNameInCommasNamesTheSpeaker() {
    Comparison c = compare("Budget\n\n"
        + "LUMARA — The governor of the central bank, Ri Chol-min, said the target was \"ambitious but achievable.\"\n\n"
        + "The opposition leader, Jean-Baptiste de la Croix, called the budget \"a fantasy in four hundred pages.\"");
    assertThat(speakerOf(c, "ambitious")).isEqualTo("Ri Chol-min");
    assertThat(quote(c, "ambitious").verb()).isEqualTo("said");
    assertThat(speakerOf(c, "fantasy")).isEqualTo("Jean-Baptiste de la Croix");
  }

  @Test
  void anAgeNounWithARoleGoesToThePersonWhoseRoleFitsItsHead() {
    Comparison c = compare("Strike\n\n"
        + "HAIVON — \"Not one crane will move,\" said Nguyen Thi Lan, the president of the dockworkers.\n\n"
        + "\"That money does not exist,\" said Labor Minister Pak Sung-min.\n\n"
        + "The 54-year-old union leader, a former crane operator, said her members were ready. "
        + "\"We have strike funds for two months.\"");
    assertThat(speakerOf(c, "strike funds")).isEqualTo("Nguyen Thi Lan");
  }

  @Test
  void aKnownPersonBeforeAPastTenseVerbIsTheSubjectAnAgeNounRefersTo() {
    Comparison c = compare("Summit\n\n"
        + "UNITED NATIONS — Secretary of State Mike Pompeo met Foreign Minister Ri Yong Ho on Saturday.\n\n"
        + "\"The sanctions are a crime,\" Ri said.\n\n"
        + "Asked about the remarks, Pompeo shrugged. \"I have heard it before,\" the 54-year-old said.");
    assertThat(speakerOf(c, "heard it before")).isEqualTo("Mike Pompeo");
  }

  @Test
  void aMastheadLineIsNotTheHeadlineAndABareNameCuesTheHeadlineQuotation() {
    Comparison c = compare("OSTMARK RADIO · ENGLISH SERVICE\n\n"
        + "Pereira \u2018ready to talk, but not under threat\u2019 as Ruiz demands end to patrols\n\n"
        + "PORT ALDREN — Foreign Minister Jonas Pereira spoke on Tuesday.");
    assertThat(quote(c, "ready to talk").position().section()).isEqualTo(app.verbatim.model.Section.HEADLINE);
    assertThat(speakerOf(c, "ready to talk")).isEqualTo("Jonas Pereira");
  }

  @Test
  void aBareNameCuesASubheadingQuotationToo() {
    Comparison c = compare("Ostmark and Lusavia clash over fishing line\n\n"
        + "Pereira \u2018ready to talk, but not under threat\u2019 as Ruiz demands end to patrols\n\n"
        + "PORT ALDREN — Foreign Minister Jonas Pereira spoke on Tuesday.");
    assertThat(quote(c, "ready to talk").position().section()).isEqualTo(app.verbatim.model.Section.SUBHEADING);
    assertThat(speakerOf(c, "ready to talk")).isEqualTo("Jonas Pereira");
  }

  @Test
  void aGestureSentenceBeforeAnUncuedQuotationNamesItsSpeaker() {
    Comparison c = compare("Coalition\n\n"
        + "BERLINGEN — Chancellor Heike Brandt and Economy Minister Lukas Veit met on Wednesday.\n\n"
        + "\u2018The Chancellor has nothing to fear,\u2019 Mr Veit said.\n\n"
        + "Asked whether the coalition would survive, Ms Brandt smiled. \u2018Ask me again on Friday.\u2019\n\n"
        + "The meeting ended early. \u2018We shall see.\u2019");
    assertThat(speakerOf(c, "Ask me again")).isEqualTo("Heike Brandt");
    assertThat(speakerOf(c, "We shall see")).isNull();
  }

  @Test
  void anAgeInCommasBetweenNameAndVerbKeepsTheVerb() {
    Comparison c = compare("Coalition\n\n"
        + "BERLINGEN — Economy Minister Lukas Veit spoke on Wednesday.\n\n"
        + "Veit, 61, said only: \u2018We shall see.\u2019");
    assertThat(speakerOf(c, "We shall see")).isEqualTo("Lukas Veit");
    assertThat(quote(c, "We shall see").verb()).isEqualTo("said");
  }

  @Test
  void anIndefiniteRoleIsSomeoneNewNeverAPersonNamedBefore() {
    Comparison c = compare("Envoys meet\n\n"
        + "GENEVA — Foreign Minister Ri Yong Ho met U.S. envoy Stephen Biegun on Friday.\n\n"
        + "\"It was a start,\" one diplomat said.\n\n"
        + "\"Nobody walked out,\" a senior diplomat added.");
    assertThat(speakerOf(c, "It was a start")).isNotEqualTo("Ri Yong Ho").isNotEqualTo("Stephen Biegun");
    assertThat(speakerOf(c, "Nobody walked out")).isNotEqualTo("Ri Yong Ho").isNotEqualTo("Stephen Biegun");
  }

  @Test
  void aPronounNeverFallsBackToSomeoneWhoseGivenNameSaysTheOtherGender() {
    Comparison c = compare("Farmers protest\n\n"
        + "ARVIN — Farmers\u2019 leader Tomas Ferreira addressed the crowd on Monday.\n\n"
        + "\"We have heard promises since 2015,\" Ferreira said.\n\n"
        + "The crowd then heard from a local teacher. \"My pupils have no water,\" she said.\n\n"
        + "Ms Jean Morel, the mayor, agreed. \"We need the river,\" she said.");
    assertThat(speakerOf(c, "My pupils")).isNull();
    assertThat(speakerOf(c, "need the river")).isEqualTo("Jean Morel"); // the text's own Ms decides
  }

  @Test
  void aPronounAfterASentenceWhoseSubjectIsARoleMeansThatRolesHolderOrNobodyNamed() {
    Comparison c = compare("Debate\n\n"
        + "WARSOVA — Former prime minister Ewa Nowicka debated Mayor Piotr Zielinski on Thursday.\n\n"
        + "\"Then who wrote the report?\" Nowicka asked. The moderator moved on. \"We have ten minutes left,\" "
        + "she said.\n\n"
        + "Zielinski smiled. The mayor looked tired. \"It was a long night,\" he said.");
    assertThat(speakerOf(c, "ten minutes")).isNull();
    assertThat(quote(c, "ten minutes").verb()).isEqualTo("said");
    assertThat(speakerOf(c, "long night")).isEqualTo("Piotr Zielinski");
  }

  @Test
  void aColonAfterSomeoneElsesRoleEndsTheEarlierSpeakersTurn() {
    Comparison c = compare("Visit\n\n"
        + "SEOUL — Foreign Minister Kang Kyung-wha, who met him for an hour, said the talks were \"frank and "
        + "useful.\" Kang's deputy was more cautious: \"We need more time.\"");
    assertThat(speakerOf(c, "frank and useful")).isEqualTo("Kang Kyung-wha");
    assertThat(speakerOf(c, "more time")).isNull();
  }
}
