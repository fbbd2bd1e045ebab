package app.verbatim.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word lists load from their resource files, and the sub-lists are part of the whole. */
class LexiconTest {
  @Test
  void abbreviationListsLoadWithoutComments() {
    assertThat(Lexicon.TITLE_ABBREVIATIONS).contains("mr", "sen", "jr").doesNotHaveDuplicates();
    assertThat(Lexicon.SPLIT_QUOTE_ABBREVIATIONS).contains("gen", "no", "sept").doesNotHaveDuplicates();
    assertThat(Lexicon.list("abbreviations.txt")).contains("corp", "u.s").noneMatch(w -> w.startsWith("#") || w.isBlank());
  }

  @Test
  void everySubListIsAnAbbreviation() {
    assertThat(Lexicon.ABBREVIATIONS).containsAll(Lexicon.list("abbreviations.txt"))
        .containsAll(Lexicon.TITLE_ABBREVIATIONS).containsAll(Lexicon.SPLIT_QUOTE_ABBREVIATIONS);
  }

  /** The rules build patterns from these words, so they must be lower case and free of regex syntax. */
  @Test
  void listedWordsAreLowerCaseLettersAndDots() {
    assertThat(Lexicon.ABBREVIATIONS).allMatch(w -> w.matches("[a-z]+(\\.[a-z]+)*"));
  }

  @Test
  void everyWordListLoadsNonEmpty() {
    for (String file : new String[] {"reporting-verbs.txt", "reporting-verb-forms.txt", "reporting-verbs-excluded.txt",
        "back-verbs.txt", "pronouns.txt", "determiners.txt", "role-nouns.txt", "female-nouns.txt", "male-nouns.txt",
        "demonyms.txt", "titles.txt", "not-names.txt", "function-words.txt", "verbs-neutral.txt", "verbs-loaded.txt",
        "framing-pronouns.txt", "record-label-ignored.txt", "kin-nouns.txt"}) {
      assertThat(Lexicon.list(file)).as(file).isNotEmpty().noneMatch(w -> w.startsWith("#") || w.isBlank());
    }
  }

  /** Every list in the folder loads and holds words: none is left empty or half-written. */
  @Test
  void everyListFileInTheFolderLoadsWithWords() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/app/verbatim/engine"))) {
      List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList();
      assertThat(names).hasSizeGreaterThan(50);
      for (String name : names) {
        List<String> words = Lexicon.list(name);
        assertThat(words).as(name).isNotEmpty().noneMatch(String::isBlank);
      }
    }
  }

  /** A verb frames a quotation one way: neutral or loaded, never both. */
  @Test
  void noVerbIsBothNeutralAndLoaded() {
    assertThat(Lexicon.setOf("verbs-neutral.txt")).doesNotContainAnyElementsOf(Lexicon.setOf("verbs-loaded.txt"));
  }

  /** A base form in reporting-verbs.txt brings its endings; reporting-verbs-excluded.txt takes some out. */
  @Test
  void reportingVerbsAreBuiltFromTheirFiles() {
    assertThat(Lexicon.VERBS).contains("urge", "urges", "urged", "urging", "said", "told", "quipped");
    assertThat(Lexicon.VERBS).containsAll(Lexicon.list("reporting-verb-forms.txt").stream()
        .filter(w -> !Lexicon.list("reporting-verbs-excluded.txt").contains(w)).toList());
    assertThat(Lexicon.VERBS).doesNotContainAnyElementsOf(Lexicon.list("reporting-verbs-excluded.txt"));
    assertThat(Lexicon.ROLE_NOUNS).containsExactlyInAnyOrderElementsOf(Lexicon.setOf("role-nouns.txt"));
    assertThat(Lexicon.TITLES).contains("minister", "meteorologist", "ag");
  }

  @Test
  void roleTitlesAreATable() {
    assertThat(Lexicon.ROLE_ALSO_CALLED.get("senator")).containsExactly("sen");
    assertThat(Lexicon.ROLE_ALSO_CALLED.get("lawmaker")).contains("sen", "legislator", "assemblywoman").hasSize(9);
    assertThat(Lexicon.ROLE_NOUNS).containsAll(Lexicon.ROLE_ALSO_CALLED.keySet());
  }

  @Test
  void aMissingListFailsLoudly() {
    assertThatThrownBy(() -> Lexicon.list("no-such-list.txt")).isInstanceOf(IllegalStateException.class);
  }
}
