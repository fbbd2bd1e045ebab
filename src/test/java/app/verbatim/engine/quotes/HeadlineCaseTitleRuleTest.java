package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title in headline case, told from speech. */
class HeadlineCaseTitleRuleTest {
  private final HeadlineCaseTitleRule rule = new HeadlineCaseTitleRule();

  private boolean isTitle(String content) {
    return rule.isTitle(content, QuoteFinder.countWords(content));
  }

  @Test
  void everyLongWordCapitalizedIsATitle() {
    assertThat(isTitle("Water Rights for Coming Generations")).isTrue();
    assertThat(isTitle("Harbours of the North")).isTrue();
  }

  @Test
  void aLowerCaseLongWordIsNoTitle() {
    assertThat(isTitle("Water rights for Coming Generations")).isFalse();
  }

  @Test
  void sentencePunctuationOrSpeakingInPersonIsNoTitle() {
    assertThat(isTitle("Water Rights Come First.")).isFalse();
    assertThat(isTitle("Our Water Comes First")).isFalse();
  }

  @Test
  void oneWordOrTooManyIsNoTitle() {
    assertThat(isTitle("Harbours")).isFalse();
    assertThat(isTitle("One Two Three Four Five Six Seven Eight Nine Tens Elevens Twelves Thirteens")).isFalse();
  }

  @Test
  void aDoubledApostropheBeforeTheFirstWordLeavesATitle() {
    assertThat(isTitle("'Harbours of the Northern Sea")).isTrue();
  }

  @Test
  void aStopInsideTheMarkAfterAProgrammeOrBookLeavesATitle() {
    String title = "Rivers of the North,";
    assertThat(rule.isWorkTitle(title, QuoteFinder.countWords(title), "In her new book, ")).isTrue();
    String show = "Morning With Lena Holt.";
    assertThat(rule.isWorkTitle(show, QuoteFinder.countWords(show), "the mayor said on the network's ")).isTrue();
  }

  @Test
  void aStopInsideTheMarkWithoutAWorkBeforeItIsSpeech() {
    String speech = "Water Rights Come First.";
    assertThat(rule.isWorkTitle(speech, QuoteFinder.countWords(speech), "The farmers chanted ")).isFalse();
  }

  @Test
  void aShortPrepositionInLowerCaseStillLeavesATitle() {
    String show = "The Evening with Lena Holt,";
    assertThat(rule.isWorkTitle(show, QuoteFinder.countWords(show), "the mayor told the network's ")).isTrue();
    String film = "Rivers over the Northern Plains,";
    assertThat(rule.isWorkTitle(film, QuoteFinder.countWords(film), "the actor, who starred in ")).isTrue();
    String programme = "Sunday Harbour Report.";
    assertThat(rule.isWorkTitle(programme, QuoteFinder.countWords(programme), "said in an interview with ")).isTrue();
  }

  private boolean work(String content, String before) {
    return rule.isWorkTitle(content, QuoteFinder.countWords(content), before);
  }

  @Test
  void aTitleOfOneLongWordAfterWordsThatNameAWorkIsATitle() {
    assertThat(work("Coffee and Friends,", "“The vote is fair,” Ilves told ")).isTrue();
    assertThat(work("The Oak Files", "In an interview on his podcast ")).isTrue();
    assertThat(work("An Island Son.", "Mr. Varga wrote in his 2012 book, ")).isTrue();
    assertThat(work("The Glass House.", "His rallies are the equivalent of ")).isTrue();
    assertThat(work("12 Days: The Long Siege,", "The film, ")).isTrue();
    assertThat(work("Meet the Nation.", "he said on\u00a0")).isTrue();
  }

  @Test
  void aShortQuotationInLowerCaseOrWithoutAWorkBeforeItIsNoTitle() {
    assertThat(work("Coffee and friends,", "Ilves told ")).isFalse();
    assertThat(work("Vote Now.", "The crowd chanted ")).isFalse();
    assertThat(work("a Fair Deal,", "he spoke of ")).isFalse();
  }
}
