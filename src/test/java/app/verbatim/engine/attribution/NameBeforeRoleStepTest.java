package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name, then its role with no comma to close it before the reporting verb. */
class NameBeforeRoleStepTest {

  @Test
  void theNameBeforeAnUnclosedRoleSpeaks() {
    SieveFixture f = new SieveFixture("Dana Ilves, director of the Harbour Authority said: “The port is safe for years.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("port is safe"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Dana Ilves");
  }

  @Test
  void rolesJoinedByAndStillLeadToTheName() {
    SieveFixture f = new SieveFixture("Dana Ilves, president and CEO of Harbour Mutual stated: “The port is safe for years.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("port is safe"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Dana Ilves");
  }

  @Test
  void aPlaceBeforeTheCommaIsNoName() {
    SieveFixture f = new SieveFixture("In Port Brenn, the director of the Harbour Authority said: “The port is safe for years.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("port is safe"));
    assertThat(SieveFixture.phrase(cue)).isNotEqualTo("Port Brenn");
  }

  @Test
  void aDescriptionOpeningWithACapitalisedAdjectiveLeadsBackToTheName() {
    SieveFixture f = new SieveFixture("Tomas Varga, an Ostravian actor in Brenn, who runs a small theatre, recalled that "
        + "in 2009, “I asked every lender for more time.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("every lender"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
  }
}
