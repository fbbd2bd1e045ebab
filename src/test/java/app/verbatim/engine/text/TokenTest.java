package app.verbatim.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a token holds: the whole run of characters (punctuation attached, so a view paints it whole),
 * the word without that punctuation, and its comparison key.
 */
class TokenTest {
  private static List<Token> tokens(String text) {
    return new Tokenizer().tokenize(text);
  }

  @Test
  void theRunCoversAttachedPunctuationTheCoreDoesNot() {
    Token t = tokens("He said: “Enough!” twice").get(2);
    assertThat(t).isEqualTo(new Token(9, 18, "“Enough!”", "Enough", "enough"));
  }

  @Test
  void theKeyIsTheWordNormalisedForComparison() {
    assertThat(tokens("Colour, good-will, U.S., Café, forty")).extracting(Token::key)
        .containsExactly("color", "goodwill", "usa", "cafe", "40");
  }

  @Test
  void anAbbreviationKeepsItsFinalDotInTheCore() {
    Token t = tokens("the U.N. said").get(1);
    assertThat(t.surface()).isEqualTo("U.N.");
    assertThat(t.core()).isEqualTo("U.N.");
  }

  @Test
  void startAndEndAreOffsetsIntoTheWholeText() {
    String text = "  ports   stay open";
    Token t = new Tokenizer().tokenize(text, 7, text.length()).get(0);
    assertThat(t.start()).isEqualTo(10);
    assertThat(t.end()).isEqualTo(14);
    assertThat(text.substring(t.start(), t.end())).isEqualTo(t.surface()).isEqualTo("stay");
  }

  @Test
  void purePunctuationIsNoToken() {
    assertThat(tokens("— … \"\" !")).isEmpty();
  }

  @Test
  void tokensAreValues() {
    assertThat(new Token(0, 3, "Yes", "Yes", "yes")).isEqualTo(new Token(0, 3, "Yes", "Yes", "yes"))
        .isNotEqualTo(new Token(0, 3, "Yes", "Yes", "no"));
  }
}
