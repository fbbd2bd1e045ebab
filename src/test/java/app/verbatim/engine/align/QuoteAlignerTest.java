package app.verbatim.engine.align;

import static app.verbatim.engine.text.QuoteWordsFixture.parts;
import static app.verbatim.engine.text.QuoteWordsFixture.withEditorial;
import static app.verbatim.engine.text.QuoteWordsFixture.words;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Relation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The aligner's rules, one quotation pair at a time: which pairs link, and as what. */
class QuoteAlignerTest {
  private static final String PLEDGE = "We will not sign the harvest treaty before the northern farmers are heard.";
  // 10 words; ten against the other's ten, 7 in order: 0.7 of the shorter, between the 0.6 asked when
  // both speakers are known and the 0.75 asked when one is not
  private static final String GRANTS = "farmers will receive fresh seed grants before the spring planting";
  private static final String LOANS = "farmers will receive generous seed loans after the spring planting";

  private final QuoteAligner aligner = new QuoteAligner();

  private static List<String> ids(QuoteLink l) {
    return List.of(l.a().quote().id(), l.b().quote().id());
  }

  @Test
  void theSameWordsInTwoOutletsLinkAsIdentical() {
    List<QuoteLink> links = aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s1", PLEDGE)));
    assertThat(links).hasSize(1);
    assertThat(ids(links.get(0))).containsExactly("q1", "q2");
    assertThat(links.get(0).relation()).isEqualTo(Relation.IDENTICAL);
    assertThat(links.get(0).similarity()).isEqualTo(1.0);
  }

  @Test
  void aCapitalAtTheStartAndTheFinalStopAreHouseStyleNotAVariant() {
    String lower = "we will not sign the harvest treaty before the northern farmers are heard";
    QuoteLink l = aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s1", lower))).get(0);
    assertThat(l.relation()).isEqualTo(Relation.IDENTICAL);
  }

  @Test
  void anotherSpellingOfTheSameWordsIsAVariant() {
    String us = "The U.S. will not defend the colour of the harvest treaty in the tribunal.";
    String american = "The US will not defend the color of the harvest treaty in the tribunal.";
    QuoteLink l = aligner.align(List.of(words("q1", "d1", "s1", us), words("q2", "d2", "s1", american))).get(0);
    assertThat(l.relation()).isEqualTo(Relation.VARIANT);
    assertThat(l.similarity()).isEqualTo(1.0);
  }

  @Test
  void wordsRunTogetherOrApartAreAVariantToo() {
    // "good-will" is one key, "good will" two: the keys differ, their letters do not
    QuoteLink l = aligner.measure(words("q1", "d1", "s1", "a gesture of good-will to the river towns"),
        words("q2", "d2", "s1", "a gesture of good will to the river towns"));
    assertThat(l.relation()).isEqualTo(Relation.VARIANT);
  }

  @Test
  void quotingMoreOrLessIsAnOverlapScoredOnTheWordsShared() {
    String more = "We will not sign the harvest treaty before the northern farmers are heard, and that is final.";
    QuoteLink l = aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s1", more))).get(0);
    assertThat(l.relation()).isEqualTo(Relation.OVERLAP);
    // 13 words in common of 13 and 17: 2 * 13 / 30
    assertThat(l.similarity()).isEqualTo(0.867);
  }

  @Test
  void twoQuotationsOfOneDocumentAreNeverLinked() {
    assertThat(aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d1", "s1", PLEDGE)))).isEmpty();
  }

  @Test
  void twoNamedSpeakersAreNeverLinkedButThePairIsAConflict() {
    List<QuoteLink> links = aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s2", PLEDGE)));
    assertThat(links).isEmpty();
    assertThat(aligner.conflicts()).hasSize(1);
    assertThat(ids(aligner.conflicts().get(0))).containsExactly("q1", "q2");
    assertThat(aligner.conflicts().get(0).relation()).isEqualTo(Relation.VARIANT);
  }

  @Test
  void theConflictsAreThoseOfTheLastCallOnly() {
    aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s2", PLEDGE)));
    aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s1", PLEDGE)));
    assertThat(aligner.conflicts()).isEmpty();
  }

  @Test
  void twoSpeakersRenderingDifferentPassagesAreNoConflict() {
    // 0.7 in order: enough to link one speaker's quotations, not the stricter test a conflict asks
    aligner.align(List.of(words("q1", "d1", "s1", GRANTS), words("q2", "d2", "s2", LOANS)));
    assertThat(aligner.conflicts()).isEmpty();
  }

  @Test
  void aSpeakerTheTextOnlyDescribesMayBeTheOneAnotherOutletNames() {
    List<QuoteWords> quotes = List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s9", PLEDGE));
    assertThat(aligner.align(quotes, Set.of("s9"))).hasSize(1);
    assertThat(aligner.conflicts()).isEmpty();
    // the described speakers are for that call only
    assertThat(aligner.align(quotes)).isEmpty();
  }

  @Test
  void oneSpeakerLinksOnSeventyPerCentOfTheWords() {
    QuoteLink l = aligner.align(List.of(words("q1", "d1", "s1", GRANTS), words("q2", "d2", "s1", LOANS))).get(0);
    assertThat(l.relation()).isEqualTo(Relation.OVERLAP);
    assertThat(l.similarity()).isEqualTo(0.7);
  }

  @Test
  void anUnknownSpeakerAsksForMoreOfTheWords() {
    assertThat(aligner.align(List.of(words("q1", "d1", "s1", GRANTS), words("q2", "d2", null, LOANS)))).isEmpty();
    assertThat(aligner.align(List.of(words("q1", "d1", null, GRANTS), words("q2", "d2", null, LOANS)))).isEmpty();
    // the same words are still the same passage
    assertThat(aligner.align(List.of(words("q1", "d1", null, GRANTS), words("q2", "d2", null, GRANTS)))).hasSize(1);
  }

  @Test
  void sharingOnlyGrammarIsNoEvidence() {
    QuoteWords a = words("q1", "d1", "s1", "we will not be moved on this");
    QuoteWords b = words("q2", "d2", "s1", "we will not be there for you");
    assertThat(aligner.align(List.of(a, b))).isEmpty();
    assertThat(aligner.compare(a, b)).isNull();
  }

  @Test
  void sharingOneContentWordIsNotEnough() {
    // six words in order of seven, but "treaty" is the only content word
    QuoteWords a = words("q1", "d1", "s1", "we will have the treaty by then");
    QuoteWords b = words("q2", "d2", "s1", "we will have the treaty by now");
    assertThat(aligner.align(List.of(a, b))).isEmpty();
    assertThat(aligner.compare(a, b)).isNull();
  }

  @Test
  void twoWordsAreTooFewToLink() {
    QuoteWords a = words("q1", "d1", "s1", "tariffs rise");
    QuoteWords b = words("q2", "d2", "s1", "tariffs rise");
    assertThat(aligner.align(List.of(a, b))).isEmpty();
    assertThat(aligner.compare(a, b)).isNull();
  }

  @Test
  void aShortPhraseHeldWordForWordLinksOnOneContentWordForOneKnownSpeaker() {
    // "out of all" is grammar; "proportion" is the one content word
    QuoteWords phrase = words("q1", "d1", "s1", "out of all proportion");
    QuoteWords sentence = words("q2", "d2", "s1", "This sentence is out of all proportion to the offence.");
    QuoteLink l = aligner.align(List.of(phrase, sentence)).get(0);
    assertThat(l.relation()).isEqualTo(Relation.OVERLAP);
    assertThat(l.similarity()).isEqualTo(0.571); // 2 * 4 / (4 + 10)
  }

  @Test
  void aShortPhraseHeldWholeIsNotEnoughWithoutAKnownSpeaker() {
    QuoteWords phrase = words("q1", "d1", null, "out of all proportion");
    QuoteWords sentence = words("q2", "d2", null, "This sentence is out of all proportion to the offence.");
    assertThat(aligner.align(List.of(phrase, sentence))).isEmpty();
  }

  @Test
  void aPhraseHeldOnlyWithAWordBetweenIsNotHeldWhole() {
    QuoteWords phrase = words("q1", "d1", "s1", "out of all proportion");
    QuoteWords sentence = words("q2", "d2", "s1", "This sentence is out of all due proportion to the offence.");
    assertThat(aligner.compare(phrase, sentence)).isNull();
  }

  private static final String STALLED = "the talks have stalled because the other side keeps moving the goalposts";
  private static final String READY = "we are ready to resume the negotiations tomorrow";
  private static final String READY_IF = READY + " if the sanctions are lifted first by the council";

  @Test
  void onePartOfASplitQuotationMayBeWhatAnotherOutletQuotes() {
    QuoteWords split = parts("q1", "d1", "s1", STALLED, READY);
    QuoteLink l = aligner.align(List.of(split, words("q2", "d2", "s1", READY_IF))).get(0);
    assertThat(l.relation()).isEqualTo(Relation.OVERLAP);
    // measured on the whole quotations: 8 words shared of 20 and 17
    assertThat(l.similarity()).isEqualTo(0.432);
  }

  @Test
  void thePartRuleWorksFromEitherSide() {
    QuoteWords split = parts("q2", "d2", "s1", STALLED, READY);
    assertThat(aligner.align(List.of(words("q1", "d1", "s1", READY_IF), split))).hasSize(1);
  }

  @Test
  void theSameWordsAsOneUnbrokenQuotationDoNotLink() {
    // without the cut, 8 shared words of the shorter 17 are too few
    QuoteWords whole = words("q1", "d1", "s1", STALLED + " " + READY);
    assertThat(aligner.align(List.of(whole, words("q2", "d2", "s1", READY_IF)))).isEmpty();
  }

  @Test
  void anEllipsisMarkedEditorialCutsAQuotationIntoParts() {
    QuoteWords elided = withEditorial("q1", "d1", "s1", STALLED + " … " + READY, "…");
    assertThat(elided.size()).isEqualTo(20); // the ellipsis is no word
    assertThat(aligner.align(List.of(elided, words("q2", "d2", "s1", READY_IF)))).hasSize(1);
  }

  @Test
  void linksComeInTheOrderOfTheQuotations() {
    List<QuoteLink> links = aligner.align(List.of(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s1", PLEDGE),
        words("q3", "d3", "s1", PLEDGE)));
    assertThat(links).extracting(QuoteAlignerTest::ids)
        .containsExactly(List.of("q1", "q2"), List.of("q1", "q3"), List.of("q2", "q3"));
  }

  @Test
  void aPairIsComparedOnlyWhenOneSideKeepsTheOtherAmongItsFourBestCandidates() {
    // five copies of one passage in each of two outlets, all sharing as much: each quotation keeps the
    // first four of the other outlet, so only the last of each is left uncompared with the other
    List<QuoteWords> quotes = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      quotes.add(words("q" + i, i <= 5 ? "d1" : "d2", "s1", PLEDGE));
    }
    List<QuoteLink> links = aligner.align(quotes);
    assertThat(links).hasSize(24);
    assertThat(links).extracting(QuoteAlignerTest::ids).doesNotContain(List.of("q5", "q10"))
        .contains(List.of("q5", "q9"), List.of("q4", "q10"));
  }

  @Test
  void measureScoresAnyPairEvenUnrelatedOnes() {
    QuoteLink l = aligner.measure(words("q1", "d1", "s1", PLEDGE), words("q2", "d2", "s2", "Nothing in common here."));
    assertThat(l.similarity()).isEqualTo(0.0);
    assertThat(l.relation()).isEqualTo(Relation.OVERLAP);
    assertThat(aligner.measure(words("q1", "d1", "s1", GRANTS), words("q2", "d1", null, LOANS)).similarity())
        .isEqualTo(0.7);
  }

  @Test
  void measureOfTwoQuotationsWithoutWordsIsZero() {
    QuoteLink l = aligner.measure(words("q1", "d1", "s1", "…"), words("q2", "d2", "s1", "—"));
    assertThat(l.similarity()).isEqualTo(0.0);
  }
}
