package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "…,” said NP could …": the noun phrase after the verb opens a reported clause and does not speak. */
class ReportedSubjectAfterQuoteTest {

  private static String after(SieveFixture f, String words) {
    return SieveFixture.phrase(new AfterQuoteSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void aNounPhraseWithAVerbOfItsOwnIsNoSpeaker() {
    SieveFixture f = new SieveFixture("Mr. Halvorsen, praising “the quiet strength of the harbour towns,” said the"
        + " candidate could carry every county on the coast.");
    assertThat(after(f, "quiet strength")).isNull();
  }

  @Test
  void theInvertedSpeakerStillSpeaks() {
    SieveFixture f = new SieveFixture("“We can carry every county on the coast,” said the candidate on Monday.");
    assertThat(after(f, "every county")).isEqualTo("the candidate");
  }
}
