package app.verbatim.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one tokenizer, in both modes. */
class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @Test
  void contentModeDropsPunctuationAndKeepsOffsets() {
    String text = "Ms. Aalto, the mayor, said: \"no.\"";
    List<Token> tokens = tokenizer.tokenize(text);
    assertThat(tokens).extracting(Token::core).containsExactly("Ms", "Aalto", "the", "mayor", "said", "no");
    Token mayor = tokens.get(3);
    assertThat(text.substring(mayor.start(), mayor.end())).isEqualTo("mayor,");
  }

  @Test
  void contentModeSplitsWordsGluedByDashesAndEllipses() {
    assertThat(tokenizer.tokenize("peace—and...quiet")).extracting(Token::core).containsExactly("peace", "and", "quiet");
  }

  @Test
  void punctuationModeKeepsClausePunctuationAsWords() {
    String text = "Aalto, the mayor (a Green), said: yes";
    assertThat(Tokenizer.withPunctuation(text, 0, text.length())).extracting(Word::text)
        .containsExactly("Aalto", ",", "the", "mayor", "(", "a", "Green", ")", ",", "said", ":", "yes");
  }

  @Test
  void punctuationModeEndsASentenceButKeepsAnAbbreviationsDot() {
    String text = "Sen. Aalto met U.S. envoys. Then";
    List<Word> words = Tokenizer.withPunctuation(text, 0, text.length());
    assertThat(words).extracting(Word::text).containsExactly("Sen.", "Aalto", "met", "U.S.", "envoys", ".", "Then");
    Word stop = words.get(5);
    assertThat(stop.start()).isEqualTo(text.indexOf(". Then"));
    assertThat(words.get(4).bare()).isEqualTo("envoys");
  }

  @Test
  void punctuationModeReadsOnlyItsRegion() {
    String text = "before Aalto said after";
    int from = text.indexOf("Aalto");
    assertThat(Tokenizer.withPunctuation(text, from, from + "Aalto said".length())).extracting(Word::start)
        .containsExactly(from, from + 6);
  }
}
