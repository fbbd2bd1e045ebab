package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.StructureReader;
import app.verbatim.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted runs of one sentence with one attribution are one quotation in several parts. */
class SentenceRunsRuleTest {
  private static final String HEAD = "Harbour council meets again\n\nThe council met on Monday to hear the plan.\n\n";

  private static List<List<String>> quotes(String body) {
    String text = HEAD + body;
    List<Paragraph> paragraphs = new StructureReader().read(text, null);
    return new QuoteFinder().find(text, paragraphs).quotes().stream()
        .map(q -> q.parts().stream().map(s -> s.of(text)).toList()).toList();
  }

  @Test
  void aShortRunJoinsTheSpeechOfItsSentence() {
    assertThat(quotes("The mayor said the plan was “hasty” and would “never pass the council in this form.”\n"))
        .containsExactly(List.of("hasty", "never pass the council in this form."));
  }

  @Test
  void runsThatAreAllScareQuotesStayScareQuotes() {
    assertThat(quotes("The old quay, known as “the Elbow” or “the Crook,” was rebuilt in spring.\n")).isEmpty();
  }

  @Test
  void aReportingVerbBetweenTheRunsStartsAnotherQuotation() {
    assertThat(quotes("Ruiz called the offer “an insult to every crew on the water” and Varga said it was "
        + "“a fair start for the talks.”\n"))
        .containsExactly(List.of("an insult to every crew on the water"), List.of("a fair start for the talks."));
  }

  @Test
  void anotherClauseBetweenTheRunsKeepsThemApart() {
    assertThat(quotes("Ruiz called the offer “an insult to every crew on the water,” while the board thought it "
        + "“a fair start for the talks.”\n"))
        .containsExactly(List.of("an insult to every crew on the water,"), List.of("a fair start for the talks."));
  }

  @Test
  void aRunThatEndsItsSentenceIsNotJoined() {
    assertThat(quotes("Ruiz said the offer was “an insult to every crew on the water.” “Never again,” she added.\n"))
        .containsExactly(List.of("an insult to every crew on the water."), List.of("Never again,"));
  }

  @Test
  void aRunInHeadlineCaseNextToATitleIsAnotherTitle() {
    assertThat(quotes("The actor, who starred in “Harbour Lights” and “The Long Quay,” opened the festival.\n")).isEmpty();
  }

  @Test
  void shortRunsAReportingVerbGivesToSomeoneAreOneQuotation() {
    assertThat(quotes("Ruiz said the board was “slow,” “timid” and “out of its depth.”\n"))
        .containsExactly(List.of("slow,", "timid", "out of its depth."));
    assertThat(quotes("Ruiz told the board it was “slow” and “timid.”\n")).containsExactly(List.of("slow", "timid."));
  }
}
