package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given names that almost always belong to one gender; the rest give no answer. */
class FirstNamesTest {

  @Test
  void aListedGivenNameHasItsGender() {
    assertThat(FirstNames.genderOf("Hanne")).isEqualTo(Person.Gender.FEMALE);
    assertThat(FirstNames.genderOf("Tomas")).isEqualTo(Person.Gender.MALE);
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(FirstNames.genderOf("ROSA")).isEqualTo(Person.Gender.FEMALE);
    assertThat(FirstNames.genderOf("peter")).isEqualTo(Person.Gender.MALE);
  }

  @Test
  void anUnlistedNameGivesNoAnswer() {
    assertThat(FirstNames.genderOf("Zorvath")).isEqualTo(Person.Gender.UNKNOWN);
    assertThat(FirstNames.genderOf("")).isEqualTo(Person.Gender.UNKNOWN);
  }

  @Test
  void theListsCommentLinesAreNoNames() {
    assertThat(FirstNames.genderOf("common given names whose bearer is, in news usage, almost always one gender. a pronoun (he/she)"))
        .isEqualTo(Person.Gender.UNKNOWN);
  }

  @Test
  void aNameBorneByBothGendersGivesNoAnswer() {
    // "Jan" is a woman's name in one country and a man's in another: the text must say
    assertThat(FirstNames.genderOf("Jan")).isEqualTo(Person.Gender.UNKNOWN);
    assertThat(FirstNames.genderOf("Jean")).isEqualTo(Person.Gender.UNKNOWN);
  }

  @Test
  void aShorterReadingOfTheNameKeepsTheGivenNamesGender() {
    // "Wasserman Schultz" after "Debbie Wasserman Schultz": a two-word surname is no given name
    Person p = new Person();
    Person.absorbName(p, words("Hanne Maria Kovac Lind"));
    Person.absorbName(p, words("Kovac Lind"));
    assertThat(p.nameGender).isEqualTo(Person.Gender.FEMALE);
  }

  private static java.util.List<app.verbatim.engine.text.Word> words(String s) {
    return app.verbatim.engine.text.Tokenizer.withPunctuation(s, 0, s.length());
  }
}
