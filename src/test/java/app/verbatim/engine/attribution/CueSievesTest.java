package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each cue sieve on its own: the words it finds, and where it must find none. */
class CueSievesTest {

  @Test
  void afterQuoteFindsTheNameAndVerbAfterTheClosingMark() {
    SieveFixture f = new SieveFixture("Talks began on Monday.\n\n“We will not give ground,” Ilse Marenko told reporters.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("give ground"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ilse Marenko");
    assertThat(cue.verb()).isEqualTo("told");
  }

  @Test
  void afterQuoteReadsADashSignatureAsTheDashSieve() {
    SieveFixture f = new SieveFixture("“Water is a right, not a favour.” — Ilse Marenko");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("Water is a right"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ilse Marenko");
    assertThat(cue.sieve()).isEqualTo("dash");
  }

  @Test
  void afterQuoteIgnoresANewSentenceAfterAFullStop() {
    SieveFixture f = new SieveFixture("“The deal is done.” Officials in Brenn disagreed with the count.");
    assertThat(new AfterQuoteSieve(f.ctx).find(f.quote("deal is done"))).isNull();
  }

  @Test
  void beforeQuoteFindsTheSubjectOfTheReportingVerb() {
    SieveFixture f = new SieveFixture("Tomas Varga told the assembly that “no budget will pass this way.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("no budget"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
    assertThat(cue.verb()).isEqualTo("told");
  }

  @Test
  void beforeQuoteReadsAccordingTo() {
    SieveFixture f = new SieveFixture("According to Hanne Roos, “the harvest will be late this year.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("harvest"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Hanne Roos");
    assertThat(cue.verb()).isEqualTo("according to");
  }

  @Test
  void colonParagraphTakesTheCueThatEndsThePreviousParagraph() {
    SieveFixture f = new SieveFixture("Mayor Linda Okafor later told reporters:\n\n“We will find the savings somewhere.”");
    Cue cue = new ColonParagraphSieve(f.ctx, new BeforeQuoteSieve(f.ctx)).find(f.quote("find the savings"));
    assertThat(SieveFixture.phrase(cue)).contains("Okafor");
  }

  @Test
  void colonParagraphNeedsTheColon() {
    SieveFixture f = new SieveFixture("Mayor Linda Okafor later met reporters.\n\n“We will find the savings somewhere.”");
    assertThat(new ColonParagraphSieve(f.ctx, new BeforeQuoteSieve(f.ctx)).find(f.quote("find the savings"))).isNull();
  }

  @Test
  void answerAfterReadsThatWasXsAnswer() {
    SieveFixture f = new SieveFixture("The river kept rising.\n\n“Then we build the wall higher.”\n\n"
        + "That was Jakob Brill’s answer to the flood.");
    Cue cue = new AnswerAfterSieve(f.ctx).find(f.quote("build the wall"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Jakob Brill");
  }

  @Test
  void headlineNameNeedsAHeadline() {
    String body = "Elena Pereira ‘ready to talk, but not under threat’\n\nTalks resumed in Brenn on Monday after a week.";
    SieveFixture f = new SieveFixture(body, false);
    Cue cue = new HeadlineNameSieve(f.ctx).find(f.quote("ready to talk"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Elena Pereira");
  }

  @Test
  void laterInSentenceFindsACueAfterOtherWords() {
    SieveFixture f = new SieveFixture("“We are not leaving” in any case, Tomas Varga said on Monday.");
    Cue cue = new LaterInSentenceSieve(f.ctx, new AfterQuoteSieve(f.ctx)).find(f.quote("not leaving"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }

  @Test
  void afterQuoteReadsANameWithAPartyTagInBrackets() {
    SieveFixture f = new SieveFixture("“The bill is dead,” Rep. Tom Adair (D-Ore.) said on Monday.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("bill is dead"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Rep. Tom Adair");
    assertThat(cue.verb()).isEqualTo("said");
  }

  @Test
  void afterQuoteReadsANameFollowedByAsidesInCommas() {
    SieveFixture f = new SieveFixture("“I voted early,” Ruth Kell, 54, of Dayton, Ohio, who works nights, said.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("voted early"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ruth Kell");
  }

  @Test
  void afterQuoteReadsANameAndVerbEvenAfterAFullStopInsideTheMarks() {
    SieveFixture f = new SieveFixture("“The harbour will open in May.” Tomas Varga said as he left the hall.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("harbour will open"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }

  @Test
  void reportingVerbsFoundOnRealNewsAreCues() {
    SieveFixture f = new SieveFixture("“The market will sort it out,” Tomas Varga mused.");
    assertThat(SieveFixture.phrase(new AfterQuoteSieve(f.ctx).find(f.quote("market will")))).isEqualTo("Tomas Varga");
  }

  @Test
  void aNewSentenceAfterAPartialQuotationDoesNotAttributeIt() {
    SieveFixture f = new SieveFixture("Lena Ostrova said she was open to talks “if the union moves first.” "
        + "Tomas Varga said the union would wait.");
    assertThat(new AfterQuoteSieve(f.ctx).find(f.quote("union moves first"))).isNull();
  }

  @Test
  void aMediumAfterTheQuotationIsNoSpeaker() {
    SieveFixture f = new SieveFixture("Tomas Varga said the harbour deal has “kept us afloat” on Twitter.");
    assertThat(new LaterInSentenceSieve(f.ctx, new AfterQuoteSieve(f.ctx)).find(f.quote("kept us afloat"))).isNull();
  }

  @Test
  void asPutItReadsAsXPutIt() {
    SieveFixture f = new SieveFixture("Or, as Tom Ridge, a former harbour master, put it: “The tide does not wait for votes.”");
    assertThat(SieveFixture.phrase(new AsPutItSieve(f.ctx).find(f.quote("tide does not wait")))).isEqualTo("Tom Ridge");
  }

  @Test
  void asPutItReadsInXsWords() {
    SieveFixture f = new SieveFixture("In Lena Ostrova’s words, “the harbour is the city’s lung.”");
    assertThat(SieveFixture.phrase(new AsPutItSieve(f.ctx).find(f.quote("city’s lung")))).isEqualTo("Lena Ostrova");
  }

  @Test
  void beforeQuoteReadsANamingParticiple() {
    SieveFixture f = new SieveFixture("In a fiery speech, Tomas Varga attacked Lena Ostrova, calling her “the worst mayor in years.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("worst mayor")))).isEqualTo("Tomas Varga");
  }

  @Test
  void aFullStopInsideTheMarksEndsTheSentenceForTheNextQuotation() {
    java.util.List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE + "Tomas Varga called the plan "
        + "“quite dangerous.” Mayor Lena Ostrova, hoping to calm the hall, called him “a frightened child who sees ghosts” "
        + "in reply.");
    assertThat(SieveFixture.who(a.get(a.size() - 1))).isEqualTo("Lena Ostrova");
  }

  @Test
  void aNameAfterUntilBelongsToAnotherClause() {
    SieveFixture f = new SieveFixture("Jason Sims says he was “riding the fence on this one” until Lena Ostrova said she backed it.");
    assertThat(new LaterInSentenceSieve(f.ctx, new AfterQuoteSieve(f.ctx)).find(f.quote("riding the fence"))).isNull();
  }

  @Test
  void aParticipleAfterAPrepositionIsTheSubjectsToo() {
    SieveFixture f = new SieveFixture("Tomas Varga deflected questions about Lena Ostrova before saying, “It is time to stop.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("time to stop")))).isEqualTo("Tomas Varga");
  }

  @Test
  void beforeQuoteLooksPastAPartyTagAndAParticipleAside() {
    SieveFixture f = new SieveFixture("Sen. Richard Lamb (D-Ill.), noting the size of the crowd, said, “Let me tell you, it is big.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("Let me tell you")))).contains("Richard Lamb");
  }

  @Test
  void beforeQuoteReadsAParticipleLikeWritingRightBeforeTheQuotation() {
    SieveFixture f = new SieveFixture("Mayor Lena Ostrova quickly took to social media, writing: “Another awful night for the harbour.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("awful night")))).contains("Lena Ostrova");
  }

  @Test
  void aTranscriptTurnNamesItsSpeaker() {
    SieveFixture f = new SieveFixture("Former port official Ines Morel: “We learned that from the port authority itself.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("port authority")))).isEqualTo("Ines Morel");
  }

  @Test
  void anAsPutItFrameOpeningTheSentenceNamesTheSpeakerOfItsQuotation() {
    SieveFixture f = new SieveFixture("As the columnist Ann Lee puts it, the council is making farmers "
        + "“an offer they cannot refuse.”");
    assertThat(SieveFixture.phrase(new AsPutItSieve(f.ctx).find(f.quote("cannot refuse")))).isEqualTo("Ann Lee");
  }

  @Test
  void aRoundUpItemNamesItsSourceAfterTheDash() {
    SieveFixture f = new SieveFixture("TURNOUT BEAT EVERY FORECAST IN THE NORTH - Ana Ruiz: “The count was slower than "
        + "anyone expected.”\n\nWhat it means for the spring - More from Ruiz: “The south will follow.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("slower than")))).isEqualTo("Ana Ruiz");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("south will follow")))).isEqualTo("Ruiz");
  }

  @Test
  void aQuestionTakesANameWithAnAsideAfterIt() {
    SieveFixture f = new SieveFixture("“How do we win the valley?” Ana Ruiz, the chair of the county party, said of the visit.");
    assertThat(SieveFixture.phrase(new AfterQuoteSieve(f.ctx).find(f.quote("win the valley")))).isEqualTo("Ana Ruiz");
  }

  @Test
  void aParticipleAfterARoleThatOpensTheSentenceIsThatRolesWords() {
    SieveFixture f = new SieveFixture("The harbour chief sought to calm the crews, saying the port would “open again by noon.”");
    assertThat(SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote("open again")))).isEqualTo("The harbour chief");
  }

  @Test
  void aParticipleAfterARelativeClauseIsNotTheOpeningRolesWords() {
    SieveFixture f = new SieveFixture("The harbour chief waited for a skipper who knew the crews, praising “the calm of the men.”");
    assertThat(new BeforeQuoteSieve(f.ctx).find(f.quote("calm of the men"))).isNull();
  }

  @Test
  void beforeQuoteReadsPastAnAppositionTooLongForAnAppositive() {
    SieveFixture f = new SieveFixture("Mia Lund, associate lecturer in history at the University of Kessel who has studied "
        + "the region's elections and its harbour for more than twenty years, said towns such as Brenn and Ostland “have a longer memory.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("longer memory"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Mia Lund");
    assertThat(cue.verb()).isEqualTo("said");
  }

  @Test
  void beforeQuoteGivesTheClauseAfterAReportingVerbToItsSubjectNotToAPossessor() {
    SieveFixture f = new SieveFixture("Tomas Varga said Hanne Roos's words “amount to a threat against the harbour.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("amount to a threat"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }

  @Test
  void beforeQuoteReadsAVerbFormAfterAPossessiveAsANoun() {
    SieveFixture f = new SieveFixture("The mayor, who runs a small town in the hills, said Varga's remarks "
        + "“have done real harm to the harbour.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("real harm"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("The mayor");
    assertThat(cue.verb()).isEqualTo("said");
  }

  @Test
  void beforeQuoteGivesAPassiveReportingVerbToItsAgent() {
    SieveFixture f = new SieveFixture("Varga was asked by harbour board member Jan Olsen whether the plan would risk "
        + "“adding another fee to every ship that docks.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("another fee"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("harbour board member Jan Olsen");
  }

  @Test
  void afterQuoteReadsPastAStateAbbreviationInTheNamesAside() {
    SieveFixture f = new SieveFixture("“I never trusted the harbour board,” Ruth Kell, 54, a retired nurse in Dayton, "
        + "Oh., said in a later interview.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("never trusted"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ruth Kell");
    assertThat(cue.verb()).isEqualTo("said");
  }

  @Test
  void afterQuoteTakesTheNameSetOffAfterAnyRoleOfTheNews() {
    SieveFixture f = new SieveFixture("“Will the board ever resign?” the likely harbour nominee, Tomas Varga, wrote on Sunday.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("ever resign"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }

  @Test
  void beforeQuoteGivesAVerdictOnSomeonesWordsToWhoeverPassesIt() {
    SieveFixture f = new SieveFixture("Tomas Varga denounced Hanne Roos's remarks as “reckless and unworthy of the office.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("reckless"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }

  @Test
  void beforeQuoteGivesAParticipleToTheSubjectAfterAConjunctionAndAnAdverb() {
    SieveFixture f = new SieveFixture("Tomas Varga spoke first.\n\nAnd then Varga went fully on the attack, saying, "
        + "“Is the board ever going to resign?”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("ever going"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Varga");
  }

  @Test
  void beforeQuoteGivesAParticipleToALoneSurnameThatActs() {
    SieveFixture f = new SieveFixture("At the debate on Sunday, Varga compared himself to Ruiz, saying, "
        + "“I take no fees from the harbour board.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("no fees"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Varga");
    assertThat(cue.verb()).isEqualTo("saying");
  }

  @Test
  void aModalOrAuxiliaryEndsTheSubjectPhrase() {
    String t = "she might consider Tomas Varga";
    assertThat(CueGrammar.joinText(CueGrammar.trimTrailing(app.verbatim.engine.text.Tokenizer.withPunctuation(t, 0, t.length()))))
        .isEqualTo("she");
    String u = "Dana Ilves has firmly";
    assertThat(CueGrammar.joinText(CueGrammar.trimTrailing(app.verbatim.engine.text.Tokenizer.withPunctuation(u, 0, u.length()))))
        .isEqualTo("Dana Ilves");
  }

  @Test
  void whatOpensTheClauseOfTheOneWhoCallsItSo() {
    SieveFixture f = new SieveFixture("The town sought the festival in the hope of shedding what Dana Ilves called “a sleepy image.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("sleepy image"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Dana Ilves");
  }

  @Test
  void whoIsToldAfterTheQuotationIsNoSpeaker() {
    SieveFixture f = new SieveFixture("“The port is safe for years,” told the evening programme Harbour Watch.");
    assertThat(new AfterQuoteSieve(f.ctx).find(f.quote("port is safe"))).isNull();
  }
}
