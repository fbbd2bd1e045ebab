package app.verbatim.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker's words in a reference: keyed as quotations are, each with its characters, sentence and stretch. */
class RecordIndexTest {
  @Test
  void wordsAreKeyedAsTheAlignerKeysQuotations() {
    RecordIndex r = SmallRecord.index("The United States and the U.S.A. favour forty ports.");
    // "United States" is one word; spelling and numbers are keyed as in the articles
    assertThat(r.keys).containsExactly("the", "usa", "and", "the", "usa", "favor", "40", "ports");
    assertThat(r.size()).isEqualTo(8);
  }

  @Test
  void eachWordKnowsItsCharacters() {
    String text = "The United States will wait.";
    RecordIndex r = SmallRecord.index(text);
    assertThat(r.chars.get(1).of(text)).isEqualTo("United States");
    assertThat(r.span(1, 3).of(text)).isEqualTo("United States will wait.");
  }

  @Test
  void sentencesEndAtAStopButNotAtAnAbbreviation() {
    RecordIndex r = SmallRecord.index("The U.S. will wait. Will it? Yes! \"It must.\" We agree");
    // the, usa, will, wait | will, it | yes | it, must | we, agree
    assertThat(r.sentenceStart).containsExactly(0, 4, 6, 7, 9);
    assertThat(r.sentence).containsExactly(0, 0, 0, 0, 1, 1, 2, 3, 3, 4, 4);
    assertThat(r.sentenceEnd(0)).isEqualTo(4);
    assertThat(r.sentenceEnd(4)).isEqualTo(11); // the last runs to the end of the words
  }

  @Test
  void aStretchNeverContinuesTheSentenceBeforeIt() {
    RecordIndex r = SmallRecord.index("We will wait and\n\nsee what the talks bring.");
    assertThat(r.stretch).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 1);
    assertThat(r.sentenceStart).containsExactly(0, 4);
  }

  @Test
  void aTripleIsFoundWhereverItStands() {
    RecordIndex r = SmallRecord.INDEX;
    assertThat(r.placesOf("fair price for")).containsExactly(24);
    assertThat(r.placesOf("price for fair")).isEmpty();
    assertThat(RecordIndex.triple(List.of("a", "b", "c", "d"), 1)).isEqualTo("b c d");
  }

  @Test
  void aTripleInMoreThanFiftyPlacesIsAStockPhraseAndFoundNowhere() {
    RecordIndex fifty = SmallRecord.index("we stand firm. ".repeat(50));
    RecordIndex fiftyOne = SmallRecord.index("we stand firm. ".repeat(51));
    assertThat(fifty.placesOf("we stand firm")).hasSize(50);
    assertThat(fiftyOne.placesOf("we stand firm")).isEmpty();
  }

  @Test
  void anEmptyRecordHasNoWordsAndNoSentences() {
    RecordIndex r = SmallRecord.index("  — …  ");
    assertThat(r.size()).isZero();
    assertThat(r.sentenceStart).isEmpty();
  }
}
