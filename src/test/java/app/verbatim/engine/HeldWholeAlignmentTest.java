package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A short partial quotation held word for word in another outlet's longer one links on one content word. */
class HeldWholeAlignmentTest {
  private static final String LONG = "Strike talks\n\n"
      + "\"The union accepts that mistakes were made, but this offer is out of all reason,\" union leader "
      + "Carla Moreno told reporters.\n\n"
      + "Transport minister Piet Dekker said the talks would resume.";

  private static Comparison compare(String other) {
    return new VerbatimEngine().compare(List.of(new Article("Post", null, null, "en", null, LONG),
        new Article("Wire", null, null, "en", null, other)));
  }

  private static boolean linked(Comparison c, String words) {
    Quote q = c.quotesOf("d2").stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow();
    return c.isLinked(q.id());
  }

  @Test
  void theSameSpeakersWordsHeldWholeAreLinked() {
    Comparison c = compare("Talks stall\n\nUnion leader Carla Moreno said the offer was \"out of all reason\" and "
        + "walked out.");
    // one content word ("reason"): linked only because the four words stand in the other, in one run
    assertThat(linked(c, "out of all reason")).isTrue();
  }

  @Test
  void anotherSpeakersSamePhraseIsNotLinked() {
    Comparison c = compare("Talks stall\n\nTransport minister Piet Dekker said the union's demand was \"out of all "
        + "reason\" and left.");
    assertThat(linked(c, "out of all reason")).isFalse();
  }

  @Test
  void wordsNotHeldInOneRunOrTooFewAreNotLinkedOnOneContentWord() {
    Comparison scattered = compare("Talks stall\n\nUnion leader Carla Moreno said the offer was \"all out of "
        + "reason\" and walked out.");
    assertThat(linked(scattered, "all out of reason")).isFalse();
    Comparison three = compare("Talks stall\n\nUnion leader Carla Moreno called the offer \"of all reason\" "
        + "and walked out.");
    assertThat(three.quotesOf("d2").stream().noneMatch(q -> three.isLinked(q.id()))).isTrue();
  }
}
