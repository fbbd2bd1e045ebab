package app.verbatim.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.StructureReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose words each stretch of a reference holds: turns, a bulletin's opener, or the whole text. */
class RecordTurnsTest {
  private static List<String> turns(String text) {
    return RecordTurns.read(text, new StructureReader().read(text, null)).stream()
        .map(t -> t.label() + ": " + t.span().of(text)).toList();
  }

  @Test
  void aBroadcastTranscriptGivesEachTurnToItsLabel() {
    String text = "Interview transcript\n\nHOST: Welcome back to the programme tonight.\n\n"
        + "MR. VOSS: Thank you. We will not sign the treaty this year.\n\nIt is too early.\n\n"
        + "Q: Why not?\n\nMR. VOSS: Because the terms have not changed.\n";
    assertThat(turns(text)).containsExactly("HOST: Welcome back to the programme tonight.",
        "MR. VOSS: Thank you. We will not sign the treaty this year.", "MR. VOSS: It is too early.",
        "Q: Why not?", "MR. VOSS: Because the terms have not changed.");
  }

  @Test
  void aBulletinCountsTheParagraphsAfterItsOpenerAndQuotedWordsBefore() {
    String text = "Minister addresses forum\n\nThe minister said the country had \"kept its word\" on trade.\n\n"
        + "He went on:\n\nOur ports remain open to every partner.\n";
    assertThat(turns(text)).containsExactly("null: kept its word", "null: Our ports remain open to every partner.");
  }

  @Test
  void plainTextIsTheSpeakersWordsExceptATitleWithoutAStop() {
    String text = "Statement by the Minister\n\nWe will not sign the treaty this year. The terms have not changed.\n";
    assertThat(turns(text)).containsExactly("null: We will not sign the treaty this year. The terms have not changed.");
  }

  @Test
  void aTurnLabelMeansTheSpeakerTheArticlesName() {
    var speakers = List.of(new app.verbatim.model.Speaker("s1", "Arlen Voss", List.of("Voss")),
        new app.verbatim.model.Speaker("s2", "Mira Voss-Keller", List.of()));
    assertThat(SpeakerMatch.of("MR. VOSS", speakers)).isNull(); // two speakers carry the name: nobody
    assertThat(SpeakerMatch.of("Mr. Arlen Voss (Kestria)", speakers)).isEqualTo("s1");
    assertThat(SpeakerMatch.of("The President", speakers)).isNull();
  }
}
