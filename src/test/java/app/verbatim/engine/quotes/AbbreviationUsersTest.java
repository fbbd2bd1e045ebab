package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule that needs abbreviations reads them from {@link Lexicon}: each listed word is tried on each
 * rule, so a word added to a list file and missed by a rule (a private copy of the list) fails here.
 */
class AbbreviationUsersTest {
  private static String capitalized(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static int sentenceEnd(String text) {
    return new Sentences(text, 0, text.length(), new SpanIndex(List.of())).endOf(0);
  }

  @Test
  void sentencesGoOnAfterEveryAbbreviation() {
    assertThat(sentenceEnd("Ana met Berg. Then she left.")).isEqualTo("Ana met Berg.".length());
    for (String a : Lexicon.ABBREVIATIONS) {
      String text = "Ana met " + capitalized(a) + ". Then she left.";
      assertThat(sentenceEnd(text)).as(a).isEqualTo(text.length());
    }
  }

  @Test
  void wordsKeepTheDotOfEveryTitle() {
    assertThat(Tokenizer.withPunctuation("met Berg. Then", 0, 14)).extracting(Word::text).contains("Berg", ".");
    for (String a : Lexicon.TITLE_ABBREVIATIONS) {
      String text = "met " + capitalized(a) + ". Then";
      assertThat(Tokenizer.withPunctuation(text, 0, text.length())).extracting(Word::text).as(a).contains(capitalized(a) + ".");
    }
  }

  @Test
  void noSentenceEndsAtAnAbbreviationBetweenQuoteParts() {
    assertThat(SplitQuoteRule.sentenceEndsIn("said Berg. Diallo added,")).isTrue();
    for (String a : Lexicon.SPLIT_QUOTE_ABBREVIATIONS) {
      assertThat(SplitQuoteRule.sentenceEndsIn("said " + capitalized(a) + ". Diallo,")).as(a).isFalse();
    }
  }
}
