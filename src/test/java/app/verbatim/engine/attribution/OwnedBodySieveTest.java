package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A body a person owns ("the Varga campaign", "her campaign") speaks under the owner's name, never as the owner. */
class OwnedBodySieveTest {

  private static List<Attribution> resolve(String body) {
    return SieveFixture.resolveText(SieveFixture.HEADLINE + body);
  }

  @Test
  void theNamedCampaignOpeningTheClauseSpeaks() {
    List<Attribution> a = resolve("Tomas Varga toured the harbour on Monday.\n\n"
        + "The Varga campaign projects that “a small levy on every container” would pay for the new pier.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Varga campaign");
  }

  @Test
  void aPossessiveOwnersCampaignSpeaks() {
    List<Attribution> a = resolve("Tomas Varga toured the harbour on Monday.\n\n"
        + "Varga’s campaign shrugged off the remarks, telling reporters, “Nobody on our team ever asked for that.”");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Varga campaign");
  }

  @Test
  void herCampaignIsTheCampaignOfTheWomanThePronounMeans() {
    List<Attribution> a = resolve("Hanne Roos toured the harbour on Monday.\n\n"
        + "Her campaign quickly sent an email to supporters stating, “The harbour board has let every one of us down.”");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Roos campaign");
  }

  @Test
  void aCampaignAfterTheQuotationIsTheOwnersCampaignNotTheOwner() {
    List<Attribution> a = resolve("Tomas Varga toured the harbour on Monday.\n\n"
        + "“We never asked the board for anything at all,” his campaign said.");
    assertThat(SieveFixture.who(a.get(0))).isEqualTo("Varga campaign");
  }

  @Test
  void aCampaignNamedAfterNoPersonIsLeftToTheOtherSieves() {
    List<Attribution> a = resolve("“We will march on the harbour on Friday,” the Pier4All campaign said.");
    assertThat(SieveFixture.who(a.get(0))).isNotNull();
  }
}
