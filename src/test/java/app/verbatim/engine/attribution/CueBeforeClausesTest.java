package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cues before the quotation across the clauses of its sentence: short quotations, a participle after a clause with "that". */
class CueBeforeClausesTest {

  @Test
  void aParticipleAfterAClauseWithThatIsTheSentenceSubjects() {
    SieveFixture f = new SieveFixture("Ana Ruiz, the harbour master, repeated claims that Tomas Varga recites the same lines,"
        + " calling him “a talented speaker who never tires” when he reads from a screen.");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("talented speaker"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ana Ruiz");
  }

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

  @Test
  void theReportingVerbNearerTheQuotationIsKept() {
    SieveFixture f = new SieveFixture("Ana Ruiz spoke last. She said farmers had shown “good-will for thirty years” and urged"
        + " the council “to show the same good-will in return.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("same good-will"));
    assertThat(cue.verb()).isEqualTo("urged");
  }
}
