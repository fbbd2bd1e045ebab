package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cue inside a clause that another speaker's reporting verb reports. */
class ReportedClauseStepTest {

  @Test
  void theReporterOfTheClauseIsTheSource() {
    SieveFixture f = new SieveFixture("Dana Ilves said Tomas Varga assured the board that the port was “safe for many years.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("safe for many"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Dana Ilves");
    assertThat(cue.verb()).isEqualTo("said");
  }

  @Test
  void aClauseOpenedByThatAndWhenIsReportedToo() {
    SieveFixture f = new SieveFixture("Dana Ilves said that when Tomas Varga spoke up, “he spoke for the whole valley.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("whole valley"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Dana Ilves");
  }

  @Test
  void anInnerVerbThatQuotesKeepsItsOwnSubject() {
    SieveFixture f = new SieveFixture("Dana Ilves said Tomas Varga called the plan “a gift to the smugglers.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("gift to the smugglers"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }
}
