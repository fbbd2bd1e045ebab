package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Someone's own words quoted back by the sentence's subject belong to the possessor. */
class OwnedWordsCueTest {

  /** The cue's phrase for the reporter's words before an opening mark, or null. */
  private static String owner(String before) {
    return SieveFixture.phrase(OwnedWordsCue.wordsOwnedBefore(Tokenizer.withPunctuation(before, 0, before.length())));
  }

  @Test
  void theDescriptionIsThePossessorsWords() {
    assertThat(owner("Lena Ostrova rejected Dana Ilves’s description of the port as")).isEqualTo("Dana Ilves");
  }

  @Test
  void aRoleAsPossessorKeepsItsDeterminer() {
    assertThat(owner("Lena Ostrova rejected her predecessor’s description of the port as")).isEqualTo("her predecessor");
  }

  @Test
  void theCueStartsAtThePossessor() {
    String before = "Lena Ostrova rejected Dana Ilves’s description of the port as";
    Cue cue = OwnedWordsCue.wordsOwnedBefore(Tokenizer.withPunctuation(before, 0, before.length()));
    assertThat(cue.offset()).isEqualTo(before.indexOf("Dana"));
    assertThat(cue.verb()).isNull();
  }

  @Test
  void theOwnedWordsAfterOfUnderANamingVerbStayThePossessors() {
    assertThat(owner("Lena Ostrova called Ilves’s claim of a")).isEqualTo("Ilves");
  }

  @Test
  void theOwnedWordsJudgedAsSomethingAreTheSubjectsVerdict() {
    assertThat(owner("Lena Ostrova denounced Ilves’s remarks as")).isNull();
  }

  @Test
  void aNamingVerbOnTheOwnedWordsGivesTheSubjectsVerdict() {
    assertThat(owner("Lena Ostrova called Ilves’s remarks on the port a")).isNull();
  }

  @Test
  void aCueVerbAfterTheOwnedWordsIsACueOfItsOwn() {
    assertThat(owner("Asked about Ilves’s description, Ostrova said:")).isNull();
  }

  @Test
  void theOwnedWordsOpeningAReportedClauseAreTheSubjects() {
    assertThat(owner("Lena Ostrova said Ilves’s remarks")).isNull();
    assertThat(owner("Lena Ostrova said that Ilves’s remarks")).isNull();
  }

  @Test
  void noOwnedWordsNoCue() {
    assertThat(owner("Lena Ostrova rejected Ilves’s plan for the port as")).isNull();
    assertThat(owner("Lena Ostrova rejected the description of the port as")).isNull();
  }
}
