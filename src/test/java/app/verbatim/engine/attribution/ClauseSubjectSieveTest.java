package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseSubjectSieveTest {

  private static String subjectOf(String body, String words) {
    SieveFixture f = new SieveFixture(body);
    return SieveFixture.phrase(new ClauseSubjectSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void aPartialQuotationAfterAnyPredicateIsTheSubjects() {
    assertThat(subjectOf("Mayor Lena Ostrova blamed the delay on “a council that never reads its mail.”", "council"))
        .isEqualTo("Mayor Lena Ostrova");
  }

  @Test
  void thePartyTagAndAnOpeningPhraseDoNotHideTheSubject() {
    assertThat(subjectOf("On Monday, Sen. Joe Pratt (R-Texas) told a radio host that he “would be surprised.”",
        "would be surprised")).isEqualTo("Sen. Joe Pratt");
  }

  @Test
  void aPronounSubjectIsReadToo() {
    assertThat(subjectOf("Lena Ostrova spoke first. She is pledging to “fix every pothole by spring.”", "pothole"))
        .isEqualTo("She");
  }

  @Test
  void anotherPersonsWordsBetweenSubjectAndQuotationStopIt() {
    assertThat(subjectOf("Tomas Varga spoke. Lena Ostrova called Varga's remarks “a new low for the council.”", "new low"))
        .isNull();
  }

  @Test
  void aSubjectThatIsNoPersonGivesNothing() {
    assertThat(subjectOf("The report blamed the delay on “a council that never reads its mail.”", "council")).isNull();
  }

  @Test
  void aNameUsedAsAModifierIsNotTheSubjectTheNameAfterTheRoleIs() {
    assertThat(subjectOf("Former Varga adviser Mona Hale wrote that it was “a plan without a harbour.”", "harbour"))
        .isEqualTo("Mona Hale");
  }

  @Test
  void aPersonWhoIsOnlyAnObjectDoesNotStopIt() {
    assertThat(subjectOf("Tomas Varga credited Lena Ostrova's victory to “a closed primary that shut out independents.”",
        "closed primary")).isEqualTo("Tomas Varga");
  }

  @Test
  void aPersonWhoIsTheSubjectOfAnInnerClauseStopsIt() {
    assertThat(subjectOf("Tomas Varga said on Friday that Lena Ostrova “happens to be the wrong judge for this.”",
        "wrong judge")).isNull();
  }

  @Test
  void aRolePhraseBeforeTheNameAndAnOpeningConjunctionAreReadPast() {
    assertThat(subjectOf("And after the court ruled, Republican harbour candidate Tomas Varga blamed the court's "
        + "“four judges who never saw a ship.”", "four judges")).isEqualTo("Tomas Varga");
  }

  @Test
  void theNameAfterTheLastTitleIsTheSubject() {
    assertThat(subjectOf("Senate Majority Leader Mitch Harlan, R-Ky., delivered a blunt message: “It is time to stop.”",
        "time to stop")).isEqualTo("Senate Majority Leader Mitch Harlan");
  }

  @Test
  void anOpeningPhraseWithCommasOfItsOwn() {
    assertThat(subjectOf("At a rally in Brenn, Ostland, on Tuesday, Senator Tomas Varga endorsed the mayor as "
        + "“the best harbour mayor we ever had.”", "best harbour mayor")).isEqualTo("Senator Tomas Varga");
  }

  @Test
  void aSurnameTwoPeopleShareIsStillAPersonsSubject() {
    assertThat(subjectOf("Tom Baird and Rosa Baird run the farm together.\n\n"
        + "Baird blamed the delay on “a council that never reads its mail.”", "council")).isEqualTo("Baird");
  }

  @Test
  void severalAsidesInARowStandBetweenTheSubjectAndItsPredicate() {
    assertThat(subjectOf("Lena Ostrova, meanwhile, who sits on no committee, said the vote showed who was "
        + "“ready to take on the old guard.”", "old guard")).isEqualTo("Lena Ostrova");
  }

  @Test
  void anOpeningPhraseThatCannotBeTheSubjectIsSkipped() {
    assertThat(subjectOf("Speaking at a fair in Brenn, Lena Ostrova went after the council, calling it "
        + "“a club for people who never read their mail.”", "never read")).isEqualTo("Lena Ostrova");
  }

  @Test
  void aPlaceAfterTheOpeningPhraseIsNoSubject() {
    // "Kessel, North Vale," is a town and its region; the name that follows at once with its verb is the subject
    assertThat(subjectOf("Speaking at a fair in Kessel, North Vale, Lena Ostrova went after the council, calling it "
        + "“a club for people who never read their mail.”", "never read")).isEqualTo("Lena Ostrova");
  }

  @Test
  void anOccupationBeforeTheNameIsARoleToo() {
    assertThat(subjectOf("The Brenn Courier's technology columnist Ann Lee went so far as to say: “The network as we "
        + "know it is over.”", "network as we")).isEqualTo("Ann Lee");
  }

  @Test
  void anAsideOfAnyLengthBetweenTheSubjectAndItsVerbIsReadPast() {
    assertThat(subjectOf("Tomas Varga, who questioned last year whether the harbour board's plan would survive a "
        + "single winter of storms on the northern coast, blamed the delay on “a council that never reads its mail.”",
        "council")).isEqualTo("Tomas Varga");
  }

  @Test
  void aNameThatOnlyDescribesTheNounAfterItIsNoOtherSubject() {
    assertThat(subjectOf("Tomas Varga spoke on Monday.\n\nDan Backus, the treasurer of the harbour fund, has egged on"
        + " Varga supporters with pep talks like “the port will win in the end.”", "port will win"))
        .isEqualTo("Dan Backus");
  }

  @Test
  void anAsideBetweenDashesDoesNotHideTheSubject() {
    assertThat(subjectOf("Dana Ilves — named by the Courier as the leading choice for the post — told the Ledger that"
        + " “you have to look at it very seriously.”", "very seriously")).isEqualTo("Dana Ilves");
  }

  @Test
  void aQuotationInsideTheOpeningSubordinateClauseIsItsSubjects() {
    assertThat(subjectOf("While Mr. Rhyl, representing the governing wing, laid out a vision for “a tax code that rewards"
        + " work,” Ben Carrow used his address to attack the mayor.", "rewards work")).isEqualTo("Mr. Rhyl");
  }

  @Test
  void theMainClauseAfterTheSubordinateOneIsNotItsSubjects() {
    assertThat(subjectOf("When Mr. Rhyl spoke of taxes, the crowd chanted “a tax code that rewards work.”", "rewards work"))
        .isNull();
  }

  @Test
  void aTitleInTheSubjectsAsideDoesNotHideTheSubject() {
    assertThat(subjectOf("Dan Hemsley, the co-author of “Going Viral,” about the spread of rumours, said the days when the"
        + " nation had “a somewhat unifying story” are gone.", "unifying story")).isEqualTo("Dan Hemsley");
  }

  @Test
  void thePlaceANameIsOfStillBelongsToTheSubject() {
    assertThat(subjectOf("At a rally on Tuesday, Senator Ana Ruiz of Vermont praised Lena Ostrova, saying her rival"
        + " would “make an outstanding mayor.”", "outstanding mayor")).isEqualTo("Senator Ana Ruiz");
  }
}
