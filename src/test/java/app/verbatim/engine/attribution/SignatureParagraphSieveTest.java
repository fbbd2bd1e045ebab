package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A paragraph that is only the quotation, signed by a dash and a name in the next one. */
class SignatureParagraphSieveTest {

  @Test
  void theNameAfterADashInTheNextParagraphSigns() {
    SieveFixture f = new SieveFixture("“We will rebuild the pier before the summer comes.”\n\n- Dora Pell.\n\n"
        + "“The river has never been this high in my life.”\n\n-Mayor Tim Vance, speaking after the storm.");
    SignatureParagraphSieve sieve = new SignatureParagraphSieve(f.ctx);
    assertThat(SieveFixture.phrase(sieve.find(f.quote("rebuild the pier")))).isEqualTo("Dora Pell");
    assertThat(SieveFixture.phrase(sieve.find(f.quote("never been this high")))).isEqualTo("Mayor Tim Vance");
  }

  @Test
  void aHeadingBetweenDashesOrAnAgencyDoesNotSign() {
    SieveFixture f = new SieveFixture("“Nobody saw this coming at all, not even the farmers.”\n\n– Back to the Farm –\n\n"
        + "“The count is late again and nobody knows why.”\n\n- AFP.");
    SignatureParagraphSieve sieve = new SignatureParagraphSieve(f.ctx);
    assertThat(sieve.find(f.quote("Nobody saw this"))).isNull();
    assertThat(sieve.find(f.quote("count is late"))).isNull();
  }
}
