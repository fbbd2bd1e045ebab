package app.verbatim.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grammar words carry no evidence that two quotations are one passage; content words do. */
class FunctionWordsTest {
  @ParameterizedTest
  @ValueSource(strings = {"the", "we", "will", "not", "of", "in", "they", "which", "also", "many"})
  void grammarIsAFunctionWord(String key) {
    assertThat(FunctionWords.isFunctionWord(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"treaty", "farmers", "sign", "because", "before", "ready", "proportion", "usa", ""})
  void contentIsNot(String key) {
    assertThat(FunctionWords.isFunctionWord(key)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The", "WE", "Not"})
  void onlyComparisonKeysCountWhichAreLowerCase(String word) {
    // the aligner passes keys, already lower-cased; a capitalised word is not looked up as such
    assertThat(FunctionWords.isFunctionWord(word)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void theCountrysKeyIsContentThePronounIsGrammar() {
    // "U.S." is keyed "usa", never "us"; "one" is keyed "1": keys, not the words, are looked up
    assertThat(FunctionWords.isFunctionWord("us")).isTrue();
    assertThat(FunctionWords.isFunctionWord("usa")).isFalse();
    assertThat(FunctionWords.isFunctionWord("1")).isFalse();
  }
}
