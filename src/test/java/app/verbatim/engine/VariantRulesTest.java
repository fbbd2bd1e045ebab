package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantRulesTest {
  private final VariantRules rules = new VariantRules();

  @ParameterizedTest
  @CsvSource({"U.S.,US", "USA,US", "usa,U.S.", "good-will,goodwill", "colour,color", "realise,realize", "programme,program",
      "centre,center", "travelled,traveled", "forty,40", "don’t,don't", "Défense,defense", "analyse,analyze"})
  void spellingVariantsShareAKey(String a, String b) {
    assertThat(rules.key(a)).isEqualTo(rules.key(b));
  }

  @ParameterizedTest
  @CsvSource({"four,for", "trade,trace", "nuclear,unclear", "sanctions,sanction", "US,us", "U.S.,us"})
  void differentWordsKeepDifferentKeys(String a, String b) {
    assertThat(rules.key(a)).isNotEqualTo(rules.key(b));
  }

  @Test
  void twoWordUnitsJoin() {
    List<VariantRules.Keyed> k = rules.keyed(new Tokenizer(rules).tokenize("the United States and per cent"));
    assertThat(k.stream().map(VariantRules.Keyed::key).toList()).containsExactly("the", rules.key("US"), "and", "percent");
  }

  @Test
  void tokensKeepOffsetsAndAbbreviationDots() {
    var t = new Tokenizer(rules).tokenize("in the U.S. there—now");
    assertThat(t.stream().map(x -> x.core()).toList()).containsExactly("in", "the", "U.S.", "there", "now");
    assertThat(t.get(2).start()).isEqualTo(7);
  }
}
