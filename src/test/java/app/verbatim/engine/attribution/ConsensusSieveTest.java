package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-outlet sieve, through the engine: agreement fills a gap, disagreement is reported. */
class ConsensusSieveTest {
  private static final String PASSAGE = "We will never give up the harbour to anyone, whatever the council decides";

  private static Comparison compare(String a, String b) {
    return new VerbatimEngine().compare(List.of(new Article("Gazette", null, null, "en", null, a),
        new Article("Courier", null, null, "en", null, b)));
  }

  private static Quote quoteIn(Comparison c, String doc) {
    return c.quotesOf(doc).stream().filter(q -> q.text().contains("harbour")).findFirst().orElseThrow();
  }

  @Test
  void aQuotationWithoutSpeakerTakesTheSpeakerTheOtherOutletsAgreeOn() {
    Comparison c = compare("Harbour row\n\nThe meeting ran late.\n\n“" + PASSAGE + ",” Mayor Lena Ostrova said.",
        "Harbour row\n\nThe meeting ran late into the night.\n\nThe hall was full.\n\n“" + PASSAGE + ".”");
    Quote q = quoteIn(c, "d2");
    assertThat(c.speaker(q.speakerId()).map(s -> s.name()).orElse(null)).isEqualTo("Lena Ostrova");
    assertThat(q.evidence().sieve()).isEqualTo(ConsensusSieve.ID);
    assertThat(q.evidence().detail()).contains("Gazette");
  }

  @Test
  void outletsThatGiveOnePassageToTwoPeopleAreReportedNotMerged() {
    Comparison c = compare("Harbour row\n\nThe meeting ran late.\n\n“" + PASSAGE + ",” Mayor Lena Ostrova said.",
        "Harbour row\n\nThe meeting ran late.\n\n“" + PASSAGE + ",” council leader Tomas Varga said.");
    assertThat(c.speaker(quoteIn(c, "d1").speakerId()).map(s -> s.name()).orElse(null)).isEqualTo("Lena Ostrova");
    assertThat(c.speaker(quoteIn(c, "d2").speakerId()).map(s -> s.name()).orElse(null)).isEqualTo("Tomas Varga");
    assertThat(c.warnings()).anyMatch(w -> w.message().contains("disagree") && w.message().contains("Lena Ostrova")
        && w.message().contains("Tomas Varga"));
  }
}
