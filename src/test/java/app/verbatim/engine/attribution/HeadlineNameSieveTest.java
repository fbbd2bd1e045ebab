package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline's speaker before its opening colon speaks the quotation later in that headline. */
class HeadlineNameSieveTest {

  private static String cueOf(String headline, String words) {
    SieveFixture f = new SieveFixture(headline + "\n\nTalks resumed in Brenn on Monday after a week of silence.", false);
    return SieveFixture.phrase(new HeadlineNameSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void theNameBeforeTheColonSpeaksAQuotationFurtherOn() {
    assertThat(cueOf("Pereira: Varga Is ‘Not Serious About Talks’ on the Harbour", "Not Serious")).isEqualTo("Pereira");
  }

  @Test
  void aTitledNameBeforeTheColonSpeaks() {
    assertThat(cueOf("Gov Ana Pereira: Harbour Plan Is ‘Dead in the Water’", "Dead in the")).isEqualTo("Gov Ana Pereira");
  }

  @Test
  void anOutletsEditorialBeforeTheColonSpeaks() {
    assertThat(cueOf("Courier editorial: ‘Close the harbour now.’", "Close the harbour")).isEqualTo("Courier editorial");
  }

  @Test
  void aKickerThatLabelsTheStoryIsNoSpeaker() {
    assertThat(cueOf("The Latest: Varga Gives a Defence of ‘Our Harbour Values’", "Harbour Values")).isNull();
    assertThat(cueOf("Exclusive: Varga Calls Plan ‘A Disaster for Brenn’", "A Disaster")).isNull();
  }

  @Test
  void aLongPhraseBeforeTheColonIsNoSpeaker() {
    assertThat(cueOf("Harbour Board Makes A Big Announcement: Pier Is ‘Closed for Good’", "Closed for")).isNull();
  }
}
