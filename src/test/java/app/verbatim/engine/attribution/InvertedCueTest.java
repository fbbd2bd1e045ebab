package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reporting verb before its subject, before the quotation: "Said X, “…”", "…, explained X: “…”". */
class InvertedCueTest {

  private static String before(String body, String words) {
    SieveFixture f = new SieveFixture(body);
    return SieveFixture.phrase(new BeforeQuoteSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void saidOpeningTheSentenceBeforeANameAndItsAside() {
    assertThat(before("The house is a museum now. Said Dorothy Pointer, who grew up with Alder in the"
        + " neighbourhood, “We were all so proud of him.”", "so proud")).isEqualTo("Dorothy Pointer");
  }

  @Test
  void aVerbAfterAnOpeningPhraseBeforeARoleAndAName() {
    assertThat(before("In other words, explained harbour moderator Nancy Cordell: “What does that have to do with"
        + " the fees?”", "to do with")).isEqualTo("harbour moderator Nancy Cordell");
  }

  @Test
  void saidBeforeADefiniteRole() {
    assertThat(before("The pier was closed. Said the mayor, “We will open it again in May.”", "open it again"))
        .isEqualTo("the mayor");
  }

  @Test
  void aNameThatGoesOnIntoAClauseIsNoInvertedCue() {
    assertThat(before("Said to be furious, Dana Ilves left the room and later called the plan “a disgrace to the port.”",
        "disgrace")).isNotEqualTo("Dana Ilves left");
  }
}
