package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cues after the closing mark that an aside, a description or "as" stands in: the name still speaks. */
class AfterQuoteAsidesTest {

  private static String after(SieveFixture f, String words) {
    return SieveFixture.phrase(new AfterQuoteSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void anAsideThatHoldsAQuotationOfItsOwn() {
    SieveFixture f = new SieveFixture("“We have had better conventions than this one,” Kessel delegate Bill Easton,"
        + " wearing a cowboy hat and “Tom Crane” campaign pins, said as confetti fell.");
    assertThat(after(f, "better conventions")).isEqualTo("Kessel delegate Bill Easton");
  }

  @Test
  void asANameSaidAfterTheQuotation() {
    SieveFixture f = new SieveFixture("Still, the fact that the race “is a dead heat right now,” as Crane said on"
        + " a radio programme on Monday, only raises the stakes.");
    assertThat(after(f, "dead heat")).isEqualTo("Crane");
  }

  @Test
  void aDescriptionThenTheNameSetOffInCommas() {
    SieveFixture f = new SieveFixture("“He deserved it,” the assailant, Jon Marek, told a television programme after the fight.");
    assertThat(after(f, "deserved it")).isEqualTo("Jon Marek");
  }
}
