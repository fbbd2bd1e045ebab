package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body whose name holds a preposition, then a title and a name right before the reporting verb. */
class BodyRoleNameStepTest {

  @Test
  void theTitledNameAfterTheBodySpeaks() {
    SieveFixture f = new SieveFixture("The Institute on Farm Policy Deputy Director Ana Petrov says in a statement that"
        + " the levy is “a disaster for every family farm.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("disaster for every"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Deputy Director Ana Petrov");
  }

  @Test
  void aTimeAfterANameIsStillCutOff() {
    SieveFixture f = new SieveFixture("Ana Petrov on Tuesday said the levy is “a disaster for every family farm.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("disaster for every"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ana Petrov");
  }
}
