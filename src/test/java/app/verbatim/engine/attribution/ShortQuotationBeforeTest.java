package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short quotation earlier in the sentence (a title, a phrase) does not hide the cue before the next one. */
class ShortQuotationBeforeTest {

  @Test
  void theCueBeforeAShortQuotationStillSpeaksTheNextOne() {
    SieveFixture f = new SieveFixture("Tomas Varga says his “friend and colleague” Dana Ilves ran “an honest campaign from the start.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("honest campaign"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }

  @Test
  void aLongQuotationBeforeItStillEndsTheSearch() {
    SieveFixture f = new SieveFixture("Tomas Varga says “the harbour will be open to every boat by June” and the"
        + " council says “an honest campaign from the start.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("honest campaign"));
    assertThat(SieveFixture.phrase(cue)).isNotEqualTo("Tomas Varga");
  }
}
