package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker a comparison is about: quoted by most documents, then by most quotations, then first seen. */
class FocusSpeakerTest {

  private static int n;

  private static Quote q(String doc, String speaker) {
    n++;
    return new Quote("q" + n, doc, List.of(new Span(0, 5)), "words", QuoteKind.DIRECT, speaker, null, null,
        new Position(Section.BODY, 1), List.of(), null);
  }

  @Test
  void theSpeakerQuotedByMostDocumentsWinsOverOneQuotedMoreOften() {
    List<Quote> quotes = List.of(q("d1", "s1"), q("d1", "s1"), q("d1", "s1"), q("d1", "s2"), q("d2", "s2"));
    assertThat(FocusSpeaker.of(quotes)).isEqualTo("s2");
  }

  @Test
  void aTieInDocumentsGoesToTheOneWithMoreQuotations() {
    List<Quote> quotes = List.of(q("d1", "s1"), q("d2", "s1"), q("d1", "s2"), q("d2", "s2"), q("d2", "s2"));
    assertThat(FocusSpeaker.of(quotes)).isEqualTo("s2");
  }

  @Test
  void aFullTieGoesToTheFirstSeen() {
    List<Quote> quotes = List.of(q("d1", "s3"), q("d1", "s1"), q("d2", "s1"), q("d2", "s3"));
    assertThat(FocusSpeaker.of(quotes)).isEqualTo("s3");
  }

  @Test
  void unattributedQuotationsCountForNoOne() {
    List<Quote> quotes = List.of(q("d1", null), q("d2", null), q("d3", null), q("d1", "s4"));
    assertThat(FocusSpeaker.of(quotes)).isEqualTo("s4");
  }

  @Test
  void noSpeakerNoFocus() {
    assertThat(FocusSpeaker.of(List.of())).isNull();
    assertThat(FocusSpeaker.of(List.of(q("d1", null)))).isNull();
  }
}
