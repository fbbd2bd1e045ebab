package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scare quotes (terms, titles, short unattributed words) against quotations of speech. */
class ScareQuoteRuleTest {
  private final ScareQuoteRule rule = new ScareQuoteRule();

  /** Whether the quoted words in {@code sentence} (single curly marks) are a scare quote. */
  private boolean isScare(String sentence, Section section) {
    int open = sentence.indexOf('‘');
    int close = sentence.indexOf('’', open);
    Span part = new Span(open + 1, close);
    int words = QuoteFinder.countWords(part.of(sentence));
    return rule.isScare(sentence, List.of(part), words, sentence.substring(0, open), sentence.substring(close + 1), section);
  }

  @Test
  void aTermAfterSoCalledIsAScareQuote() {
    // five words: without the term cue they would be too many for a scare quote
    assertThat(isScare("The so-called ‘dividend of the open harbour’ never reached the crews.", Section.BODY)).isTrue();
    assertThat(isScare("The long-promised ‘dividend of the open harbour’ never reached the crews.", Section.BODY)).isFalse();
  }

  @Test
  void aTitleInHeadlineCaseIsAScareQuoteOutsideTheHeadline() {
    String sentence = "The council published ‘Water Rights for Coming Generations’ on Monday.";
    assertThat(isScare(sentence, Section.BODY)).isTrue();
    assertThat(isScare(sentence, Section.HEADLINE)).isFalse();
  }

  @Test
  void aShortTermWithoutACueIsAScareQuote() {
    assertThat(isScare("The proposed ‘green corridor’ runs north of the river.", Section.BODY)).isTrue();
  }

  @Test
  void aShortQuotationRightAfterItsReportingVerbIsSpeech() {
    assertThat(isScare("Dock union vows to ‘stand firm’", Section.BODY)).isFalse();
    assertThat(isScare("Dock union vows ‘no surrender’", Section.HEADLINE)).isFalse();
    // in body text a verb without "to"/"that" does not make the words its own
    assertThat(isScare("Dock union vows ‘no surrender’", Section.BODY)).isTrue();
  }

  @Test
  void threeWordsSpokenInPersonAreSpeech() {
    assertThat(isScare("The plan was ‘against our interests’ from the start.", Section.BODY)).isFalse();
    assertThat(isScare("The plan was ‘against local interests’ from the start.", Section.BODY)).isTrue();
  }

  @Test
  void aQuotationInTwoPartsIsNeverAScareQuote() {
    String text = "‘green’ and ‘corridor’";
    List<Span> parts = List.of(new Span(1, 6), new Span(13, 21));
    assertThat(rule.isScare(text, parts, 2, "", "", Section.BODY)).isFalse();
  }

  @Test
  void aPieceWithItsBylineIsATitle() {
    assertThat(isScare("Read ‘the ferry will run late all through the winter months,’ by the Courier's Dana Ilves.", Section.BODY))
        .isTrue();
    assertThat(isScare("Read ‘the ferry will run late all through the winter months,’ by Dana Ilves: more below.", Section.BODY))
        .isTrue();
  }

  @Test
  void aPassiveAgentAfterTheMarkIsNoByline() {
    assertThat(isScare("She condemned the ‘ugly and wholly unprovoked remarks of that kind,’ by Varga last week.", Section.BODY))
        .isFalse();
  }

  @Test
  void threeWordsInAHeadlineAreAQuotation() {
    String sentence = "Harbour chief slams board’s ‘waste of time’ on dredging";
    assertThat(isScare(sentence, Section.HEADLINE)).isFalse();
    assertThat(isScare(sentence, Section.BODY)).isTrue();
  }

  @Test
  void aQuotedInfinitiveIsAQuotation() {
    assertThat(isScare("The mayor wants to ‘tear the fence down’ before the summer.", Section.BODY)).isFalse();
    assertThat(isScare("The mayor wants the ‘fence to come down’ before the summer.", Section.BODY)).isTrue();
  }

  @Test
  void threeWordsAfterAPrepositionInAHeadlineAreATerm() {
    assertThat(isScare("Ferry office flooded with letters from ‘deeply worried parents’", Section.HEADLINE)).isTrue();
  }
}
