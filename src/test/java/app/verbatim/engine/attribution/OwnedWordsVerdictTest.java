package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "X called Y's remarks a “…”": the quotation is X's verdict on Y's words, not Y's words. */
class OwnedWordsVerdictTest {

  @Test
  void aNamingVerbBeforeTheOwnedWordsGivesTheSubjectsVerdict() {
    SieveFixture f = new SieveFixture("Mayor Dana Ilves spoke about the storm on Monday.\n\n"
        + "Party Chairman Tom Orton called Ilves’s remarks on the storm a “cheap and cynical stunt by a failing mayor.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("cynical stunt"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Party Chairman Tom Orton");
  }

  @Test
  void theOwnedWordsThemselvesAfterOfStayThePossessors() {
    SieveFixture f = new SieveFixture("Mayor Dana Ilves spoke about the storm on Monday.\n\n"
        + "Party Chairman Tom Orton called Ilves’s claim of a “state of urgent need” over the harbour an excuse.");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("state of urgent need"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ilves");
  }
}
