package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Frames that name the speaker whatever the sentence's subject: "as X put it", "as X told Y". */
class AsPutItSieveTest {

  private static String framed(SieveFixture f, String words) {
    return SieveFixture.phrase(new AsPutItSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void theFramesVerbMayHaveAnObjectBeforeTheQuotation() {
    SieveFixture f = new SieveFixture("The mood was grim. Still, as Aris Sarkis told the wire service, “We have suffered the same fate.”");
    assertThat(framed(f, "same fate")).isEqualTo("Aris Sarkis");
  }

  @Test
  void theNameSetOffAfterARoleInTheFrame() {
    SieveFixture f = new SieveFixture("As the Lumen chief executive, Jeff Waller, put it in his memo to staff,"
        + " “Imagine a world where we lead the field.”");
    assertThat(framed(f, "lead the field")).isEqualTo("Jeff Waller");
  }

  @Test
  void whereTheNamedPersonIsFromDoesNotEndTheFrame() {
    SieveFixture f = new SieveFixture("The mood was grim. However, as Archbishop Aris Sarkis of the Patriarchate of Brenn"
        + " told reporters, “We have suffered the same fate.”");
    assertThat(framed(f, "same fate")).isEqualTo("Archbishop Aris Sarkis");
  }

  @Test
  void aClauseAfterTheVerbIsNoFrame() {
    SieveFixture f = new SieveFixture("The mood was grim, as Aris Sarkis said the council would fail, and “the same fate awaits.”");
    assertThat(framed(f, "same fate")).isNull();
  }
}
