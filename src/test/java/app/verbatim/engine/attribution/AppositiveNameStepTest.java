package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A description after the reporting verb, then the speaker's name after a comma. */
class AppositiveNameStepTest {

  @Test
  void theNameAfterTheDescriptionSpeaks() {
    SieveFixture f = new SieveFixture("“The port is safe for years,” said another council member, Dana Ilves.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("port is safe"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Dana Ilves");
  }

  @Test
  void aTrailingPhraseMayStandBeforeTheComma() {
    SieveFixture f = new SieveFixture("“The port is safe for years,” wrote the harbour director at the time, Tomas J. Varga.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("port is safe"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas J. Varga");
  }

  @Test
  void aDescriptionWithoutANameStays() {
    SieveFixture f = new SieveFixture("“The port is safe for years,” said another council member, who asked not to be named.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("port is safe"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("another council member");
  }

  @Test
  void aCapitalizedPlaceAfterItsPrepositionMayStandBeforeTheComma() {
    SieveFixture f = new SieveFixture("“He never once spoke of it,” said his oldest friend at Brenn Academy, Oskar Halm, who"
        + " shared a room with him.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("never once spoke"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Oskar Halm");
  }
}
