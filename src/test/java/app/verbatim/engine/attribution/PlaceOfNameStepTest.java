package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "X of Town, Region says": the region before the verb is part of the place, the name before "of" speaks. */
class PlaceOfNameStepTest {

  @Test
  void theNameBeforeOfSpeaksNotTheRegionBeforeTheVerb() {
    SieveFixture f = new SieveFixture("Rita Moss of Kessel, North Vale says she thinks the mayor can win if she keeps "
        + "“talking to the farmers every week.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("talking to the farmers"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Rita Moss");
  }
}
