package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.quotes.MarkPairing.MarkSegment;
import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation left open at its paragraph's end runs on only when it opened as speech. */
class MultiParagraphRuleTest {
  private final MultiParagraphRule rule = new MultiParagraphRule();

  private boolean opensSpeech(String text) {
    return rule.opensSpeech(text, 0, text.indexOf('“'));
  }

  @Test
  void aMarkAtTheParagraphStartOrAfterAColonOpensSpeech() {
    assertThat(opensSpeech("“We have waited long enough")).isTrue();
    assertThat(opensSpeech("Ana Ruiz put it plainly: “We have waited long enough")).isTrue();
  }

  @Test
  void aReportingVerbEarlierInTheSentenceOpensSpeech() {
    assertThat(opensSpeech("The harbour was calm. Ruiz said the offer was “an insult to every crew")).isTrue();
  }

  @Test
  void aMarkMidSentenceWithoutAVerbDoesNotOpenSpeech() {
    assertThat(opensSpeech("The ferry, known on the island as “the Old Lady of the bay")).isFalse();
  }

  @Test
  void theNextBodyParagraphContinuesWhenItOpensWithTheSameFamily() {
    Paragraph next = new Paragraph(2, new Span(40, 80), Section.BODY);
    MarkSegment first = new MarkSegment(40, 70, Family.DOUBLE, 1);
    assertThat(rule.continuation(next, List.of(first), Family.DOUBLE)).isEqualTo(first);
  }

  @Test
  void noContinuationInAnotherFamilyOrSectionOrLaterInTheParagraph() {
    MarkSegment atStart = new MarkSegment(40, 70, Family.DOUBLE, 1);
    Paragraph body = new Paragraph(2, new Span(40, 80), Section.BODY);
    assertThat(rule.continuation(body, List.of(atStart), Family.SINGLE)).isNull();
    assertThat(rule.continuation(new Paragraph(0, new Span(40, 80), Section.SUBHEADING), List.of(atStart), Family.DOUBLE))
        .isNull();
    assertThat(rule.continuation(body, List.of(new MarkSegment(45, 70, Family.DOUBLE, 1)), Family.DOUBLE)).isNull();
    assertThat(rule.continuation(body, List.of(), Family.DOUBLE)).isNull();
  }

  @Test
  void aParagraphSplitByItsOwnAttributionStartsAnotherQuotation() {
    String text = "Harbour council meets again\n\nThe council met on Monday to hear the plan.\n\n"
        + "Ruiz spoke first. “The crews have waited four years for this.\n\n"
        + "“Nobody here wants a strike,” Varga said. “But nobody will sign a bad contract either.”\n";
    List<Paragraph> paragraphs = new app.verbatim.engine.text.StructureReader().read(text, null);
    List<List<String>> quotes = new QuoteFinder().find(text, paragraphs).quotes().stream()
        .map(q -> q.parts().stream().map(s -> s.of(text)).toList()).toList();
    assertThat(quotes).containsExactly(List.of("The crews have waited four years for this."),
        List.of("Nobody here wants a strike,", "But nobody will sign a bad contract either."));
  }
}
