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
}
