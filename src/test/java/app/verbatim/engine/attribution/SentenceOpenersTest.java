package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who opens a sentence as its subject: a name before its verb, or a definite role before its verb. */
class SentenceOpenersTest {

  private static List<Word> words(String s) {
    return Tokenizer.withPunctuation(s, 0, s.length());
  }

  private static String role(String s) {
    return CueGrammar.joinText(SentenceOpeners.openingRole(words(s)));
  }

  private static String subject(String s) {
    List<Word> w = words(s);
    return CueGrammar.joinText(SentenceOpeners.sentenceSubject(w, w.size()));
  }

  @Test
  void aDefiniteRoleBeforeItsVerb() {
    assertThat(role("The Varsian senator sought to calm his supporters")).isEqualTo("The Varsian senator");
  }

  @Test
  void aRoleFollowedByAPrepositionIsNoSubject() {
    assertThat(role("The senator for the coast sought to calm his supporters")).isEmpty();
  }

  @Test
  void aSentenceWithARelativeClauseIsLeftAlone() {
    assertThat(role("The senator rallied for a candidate who worked the crowd")).isEmpty();
  }

  @Test
  void aSentenceNotOpeningWithTheIsNoRole() {
    assertThat(role("A senator sought to calm his supporters")).isEmpty();
    assertThat(role("The crowd sought to calm the senator")).isEmpty();
  }

  @Test
  void aNameBeforeItsVerb() {
    assertThat(subject("Linda Okafor on Monday defended the budget")).isEqualTo("Linda Okafor");
    assertThat(subject("Hanne Roos defended the budget")).isEqualTo("Hanne Roos");
  }

  @Test
  void aNamePastADateline() {
    assertThat(subject("GREENHAVEN — Hanne Roos defended the budget")).isEqualTo("Hanne Roos");
  }

  @Test
  void onlyTheWordsBeforeTheEndAreRead() {
    List<Word> w = words("Hanne Roos defended the budget");
    assertThat(SentenceOpeners.sentenceSubject(w, 2)).isEmpty();
  }

  @Test
  void aNameNotFollowedByAVerbIsNoSubject() {
    assertThat(subject("Hanne Roos, the mayor, the budget")).isEmpty();
  }

  @Test
  void aSentenceWithoutANameHasNoSubject() {
    assertThat(subject("the budget was defended on Monday")).isEmpty();
  }

  @Test
  void aNameAfterCapitalsThatDescribeItsRole() {
    assertThat(subject("Former Liberal presidential candidate Jon Brill said he would run again"))
        .isEqualTo("Jon Brill");
  }
}
