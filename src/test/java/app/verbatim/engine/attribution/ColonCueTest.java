package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A colon before the quotation: the subject that introduces it, a headline's or round-up's speaker, a turn. */
class ColonCueTest {

  /** The prose of the quotation's paragraph up to its opening mark, as the before-quote sieve reads it. */
  private static List<Word> before(SieveFixture f, String words) {
    FoundQuote q = f.quote(words);
    return f.ctx.prose(f.ctx.paragraphs().get(q.paragraph()).span().start(), q.start());
  }

  private static String colonSpeaker(SieveFixture f, String words) {
    return SieveFixture.phrase(new ColonCue(f.ctx).colonCue(before(f, words)));
  }

  @Test
  void theSubjectOfTheSentenceThatIntroducesTheQuotation() {
    SieveFixture f = new SieveFixture("Tomas Varga was more upbeat: “We will have the boats back by June.”");
    Cue cue = new ColonCue(f.ctx).colonCue(before(f, "boats back"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Tomas Varga");
    assertThat(cue.verb()).isNull();
  }

  @Test
  void aKnownPersonOpeningTheSentencePastAnAside() {
    SieveFixture f = new SieveFixture("Tomas Varga arrived late to the talks.\n\n"
        + "Varga, speaking after the talks, struck a softer tone: “We will have the boats back by June.”");
    assertThat(colonSpeaker(f, "boats back")).isEqualTo("Varga");
  }

  @Test
  void anUnknownNameOpeningTheSentencePastAnAsideIsNoSpeaker() {
    SieveFixture f = new SieveFixture("The talks ran late.\n\n"
        + "Varga, speaking after the talks, struck a softer tone: “We will have the boats back by June.”");
    assertThat(colonSpeaker(f, "boats back")).isNull();
  }

  @Test
  void aPossessorIsNotTheSpeaker() {
    SieveFixture f = new SieveFixture("Tomas Varga arrived late to the talks.\n\n"
        + "Varga’s deputy was more cautious: “We may not have the boats back by June.”");
    assertThat(colonSpeaker(f, "boats back")).isNull();
  }

  @Test
  void aHeadlineSpeakerBeforeTheColon() {
    SieveFixture f = new SieveFixture("Varga: “We will not back down on the harbour”\n\n"
        + "The session opened in the morning with a long list of items to discuss.", false);
    assertThat(colonSpeaker(f, "not back down")).isEqualTo("Varga");
  }

  @Test
  void aRoundUpItemSpeakerAfterTheDash() {
    SieveFixture f = new SieveFixture("Turnout beat every forecast - Ana Ruiz: “We counted every single vote twice.”");
    assertThat(colonSpeaker(f, "counted every")).isEqualTo("Ana Ruiz");
  }

  @Test
  void aTranscriptTurnOfRoleAndName() {
    SieveFixture f = new SieveFixture("Former secretary of state Ines Morel: “We never signed that treaty at all.”");
    assertThat(colonSpeaker(f, "never signed")).isEqualTo("Ines Morel");
  }

  @Test
  void noColonNoCue() {
    SieveFixture f = new SieveFixture("Tomas Varga was more upbeat about “the boats coming back by June.”");
    assertThat(colonSpeaker(f, "boats coming")).isNull();
  }

  @Test
  void aKnownPersonAfterCapitalsThatDescribeTheirRole() {
    SieveFixture f = new SieveFixture("Tomas Varga arrived late to the talks.\n\n"
        + "Former Varga speechwriter Tom Ellery summed up the mood to the Courier: “The boats will not be back by June.”");
    assertThat(colonSpeaker(f, "boats will not")).isEqualTo("Tom Ellery");
  }
}
