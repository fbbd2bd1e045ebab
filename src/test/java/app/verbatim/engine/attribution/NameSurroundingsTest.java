package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the words around a name say about it: roles beside it, coordination, whether it is a subject. */
class NameSurroundingsTest {

  private static List<Word> words(String s) {
    return Tokenizer.withPunctuation(s, 0, s.length());
  }

  /** The index of the first word with this text. */
  private static int at(List<Word> w, String text) {
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no word " + text);
  }

  @Test
  void aNameJoinedByAndToAnotherIsCoordinated() {
    List<Word> w = words("Teller and Kovac said the deal was off");
    assertThat(NameSurroundings.coordinatedName(w, at(w, "Kovac"), at(w, "Kovac") + 1)).isTrue();
    assertThat(NameSurroundings.coordinatedName(w, 0, 1)).isTrue();
  }

  @Test
  void aNameJoinedToARoleIsNotCoordinated() {
    List<Word> w = words("the mayor and Kovac said the deal was off");
    assertThat(NameSurroundings.coordinatedName(w, at(w, "Kovac"), at(w, "Kovac") + 1)).isFalse();
  }

  @Test
  void aNameAfterAShortOpeningPhraseOpensItsClause() {
    List<Word> w = words("In the cellar, Jakob Brill pours the wine.");
    assertThat(NameSurroundings.afterOpeningPhrase(w, at(w, "Jakob"))).isTrue();
    List<Word> later = words("Later, Falk left the hall.");
    assertThat(NameSurroundings.afterOpeningPhrase(later, at(later, "Falk"))).isTrue();
  }

  @Test
  void aNameAfterAClauseOrADescriptionDoesNotFollowAnOpeningPhrase() {
    List<Word> clause = words("In the cellar he stood, Jakob Brill pours the wine.");
    assertThat(NameSurroundings.afterOpeningPhrase(clause, at(clause, "Jakob"))).isFalse();
    List<Word> role = words("The winemaker, Jakob Brill, pours the wine.");
    assertThat(NameSurroundings.afterOpeningPhrase(role, at(role, "Jakob"))).isFalse();
    assertThat(NameSurroundings.afterOpeningPhrase(role, 0)).isFalse();
  }

  @Test
  void aRoleOpeningTheSentenceWithTheNameBetweenCommas() {
    List<Word> w = words("The regional agriculture minister, Hanne Roos, visited the farm.");
    int name = at(w, "Hanne");
    assertThat(NameSurroundings.roleApposedAtSentenceStart(w, name, name + 2)).isTrue();
  }

  @Test
  void aRoleApposedInsideTheSentenceOrFollowedByMoreDescriptionIsNot() {
    List<Word> inside = words("He met the minister, Hanne Roos, yesterday.");
    int name = at(inside, "Hanne");
    assertThat(NameSurroundings.roleApposedAtSentenceStart(inside, name, name + 2)).isFalse();
    List<Word> more = words("The regional agriculture minister, Hanne Roos, the farmer, spoke.");
    name = at(more, "Hanne");
    assertThat(NameSurroundings.roleApposedAtSentenceStart(more, name, name + 2)).isFalse();
    List<Word> open = words("The regional agriculture minister, Hanne Roos visited the farm.");
    name = at(open, "Hanne");
    assertThat(NameSurroundings.roleApposedAtSentenceStart(open, name, name + 2)).isFalse();
  }

  @Test
  void theRoleWordsRightBeforeAName() {
    List<Word> w = words("opposition leader Tomas Varga said");
    assertThat(NameSurroundings.rolesBefore(w, 2, 4)).containsExactly("leader", "opposition");
  }

  @Test
  void theRoleBeforeANameSetOffByCommas() {
    List<Word> w = words("The opposition leader, Tomas Varga, said");
    int name = at(w, "Tomas");
    assertThat(NameSurroundings.rolesBefore(w, name, name + 2)).containsExactly("leader", "opposition");
  }

  @Test
  void aRoleWithAQualifierBeforeTheName() {
    List<Word> w = words("The special envoy for the basin, Ilse Kam, said");
    int name = at(w, "Ilse");
    assertThat(NameSurroundings.qualifiedRoleBefore(w, name, name + 2)).containsExactly("envoy", "special");
    assertThat(NameSurroundings.rolesBefore(w, name, name + 2)).containsExactly("envoy", "special");
  }

  @Test
  void noRoleWordBeforeTheNameGivesNoRole() {
    List<Word> w = words("Yesterday Tomas Varga said");
    assertThat(NameSurroundings.rolesBefore(w, 1, 3)).isEmpty();
  }

  @Test
  void aRoleThenACapitalisedWordNotSetOffGivesItNoRole() {
    List<Word> w = words("According to the minister, Norvessa will sign");
    int name = at(w, "Norvessa");
    assertThat(NameSurroundings.rolesBefore(w, name, name + 1)).isEmpty();
  }

  @Test
  void aRelativeClauseGivesTheRoleHeldNow() {
    List<Word> w = words("Hanne Roos, who has been finance minister since spring, said");
    assertThat(NameSurroundings.relativeRole(w, at(w, "who"))).containsExactly("finance", "minister");
    List<Word> is = words("Hanne Roos, who is the union’s chief negotiator, said");
    assertThat(NameSurroundings.relativeRole(is, at(is, "who"))).containsExactly("chief", "negotiator");
  }

  @Test
  void aFormerRoleOrNoRelativeClauseGivesNoRole() {
    List<Word> was = words("Hanne Roos, who was finance minister, said");
    assertThat(NameSurroundings.relativeRole(was, at(was, "who"))).isEmpty();
    List<Word> lives = words("Hanne Roos, who lives by the sea, said");
    assertThat(NameSurroundings.relativeRole(lives, at(lives, "who"))).isEmpty();
    assertThat(NameSurroundings.relativeRole(lives, 0)).isEmpty();
  }

  @Test
  void anAppositiveAfterTheNameGivesItsRoleNouns() {
    List<Word> w = words("Tomas Varga, the opposition leader, said");
    assertThat(NameSurroundings.appositive(w, 2)).containsExactly("opposition", "leader");
    List<Word> rel = words("Hanne Roos, who is the union’s chief negotiator, said");
    assertThat(NameSurroundings.appositive(rel, 2)).containsExactly("chief", "negotiator");
  }

  @Test
  void noCommaOrNoRoleGivesNoAppositive() {
    assertThat(NameSurroundings.appositive(words("Tomas Varga said the opposition leader lied"), 2)).isEmpty();
    assertThat(NameSurroundings.appositive(words("Tomas Varga, Hanne Roos and the leader said"), 2)).isEmpty();
    assertThat(NameSurroundings.appositive(words("Tomas Varga, who lives by the sea, said"), 2)).isEmpty();
  }

  @Test
  void aRolePhraseGoingOnIntoAVerbIsTheNextClausesSubject() {
    assertThat(NameSurroundings.appositive(words("seen by Tomas Varga, the opposition leader wrote that"), 4)).isEmpty();
  }

  @Test
  void aReportingVerbAfterTheNameMakesItTheSubject() {
    assertThat(NameSurroundings.followedByVerb(words("Tomas Varga said the deal was off"), 2)).isTrue();
    assertThat(NameSurroundings.followedByVerb(words("Dario Vell, for his part, said nothing"), 2)).isTrue();
  }

  @Test
  void aFiniteVerbCountsOnlyWhenAskedFor() {
    List<Word> w = words("Dario Vell was more measured");
    assertThat(NameSurroundings.followedByVerb(w, 2)).isFalse();
    assertThat(NameSurroundings.followedByVerb(w, 2, true)).isTrue();
    List<Word> aside = words("Alves, whose side won 2-1, refused to comment");
    assertThat(NameSurroundings.followedByVerb(aside, 1, true)).isTrue();
  }

  @Test
  void aNameFollowedByAnotherNameIsNoSubject() {
    assertThat(NameSurroundings.followedByVerb(words("Tomas Varga and Hanne Roos met"), 2)).isFalse();
    assertThat(NameSurroundings.followedByVerb(words("Tomas Varga"), 2)).isFalse();
  }
}
