package app.verbatim.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.StyleRun;
import app.verbatim.engine.present.TextStyles;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overview ruler's marks, the dimming of other speakers and the search highlights (no window needed). */
class PaneMarksTest {
  private static Comparison c;

  @BeforeAll
  static void analyse() throws Exception {
    c = new VerbatimEngine().compare(DefaultArticles.load());
  }

  @Test
  void theRulerHasOneMarkPerQuotationWhereItSitsAndWhatItIs() {
    Quote corrected = c.quotesOf("d2").get(0);
    List<PaneMarks.RulerMark> marks = PaneMarks.ruler(c, "d2", null, Set.of(corrected.id()), Set.of());
    assertThat(marks).hasSameSizeAs(c.quotesOf("d2"));
    int length = c.document("d2").orElseThrow().text().length();
    for (int i = 0; i < marks.size(); i++) {
      Quote q = c.quotesOf("d2").get(i);
      PaneMarks.RulerMark m = marks.get(i);
      assertThat(m.quoteId()).isEqualTo(q.id());
      assertThat(m.from()).isEqualTo(q.start() / (double) length);
      assertThat(m.to()).isBetween(m.from(), 1.0);
      assertThat(m.linked()).isEqualTo(c.isLinked(q.id()));
      // with everyone shown, the engine's focus speaker's quotations are the marked ones
      assertThat(m.focus()).isEqualTo(Objects.equals(q.speakerId(), c.focusSpeaker()));
      assertThat(m.corrected()).isEqualTo(q == corrected);
    }
    assertThat(marks).anyMatch(PaneMarks.RulerMark::linked).anyMatch(m -> !m.linked());
  }

  @Test
  void otherSpeakersQuotationsAreDimmedOnlyWhileOneSpeakerIsShown() {
    String ri = c.focusSpeaker();
    List<StyleRun> runs = TextStyles.of(c, "d1", Set.of(), Set.of(), Set.of());
    assertThat(PaneMarks.dimOthers(runs, c, "d1", null)).isSameAs(runs);
    List<StyleRun> dimmed = PaneMarks.dimOthers(runs, c, "d1", ri);
    assertThat(dimmed).hasSameSizeAs(runs);
    for (Quote q : c.quotesOf("d1")) {
      boolean other = !Objects.equals(q.speakerId(), ri);
      StyleRun at = dimmed.stream().filter(r -> r.start() <= q.start() && q.start() < r.end()).findFirst().orElseThrow();
      assertThat(at.classes().contains(PaneMarks.OTHER_SPEAKER)).as(q.text()).isEqualTo(other);
    }
    assertThat(c.quotesOf("d1")).anyMatch(q -> !Objects.equals(q.speakerId(), ri));
  }

  @Test
  void theSearchWordsAreFoundInsideQuotationsWhateverTheirCase() {
    List<Span> hits = PaneMarks.searchHits(c, "d1", "TRUST");
    String text = c.document("d1").orElseThrow().text();
    assertThat(hits).isNotEmpty();
    hits.forEach(h -> assertThat(text.substring(h.start(), h.end())).isEqualToIgnoringCase("trust"));
    // "trust" outside a quotation (the headline's "mistrust in U.S.") is not marked
    int headline = text.indexOf("mistrust");
    assertThat(hits).noneMatch(h -> h.start() >= headline && h.start() < headline + 8);
    assertThat(PaneMarks.searchHits(c, "d1", "  ")).isEmpty();
  }

  @Test
  void anOverlayCutsRunsWhereTheRangesStartAndEnd() {
    List<StyleRun> runs = List.of(new StyleRun(0, 10, List.of("quote")), new StyleRun(20, 30, List.of("quote", "linked")));
    List<StyleRun> out = PaneMarks.overlay(runs, List.of(new Span(5, 8), new Span(12, 22)), "hit");
    assertThat(out).containsExactly(
        new StyleRun(0, 5, List.of("quote")),
        new StyleRun(5, 8, List.of("quote", "hit")),
        new StyleRun(8, 10, List.of("quote")),
        new StyleRun(12, 20, List.of("hit")),
        new StyleRun(20, 22, List.of("quote", "linked", "hit")),
        new StyleRun(22, 30, List.of("quote", "linked")));
  }

  @Test
  void pageFurnitureIsFoundAndTheFirstScreenStartsAtTheHeadline() {
    app.verbatim.model.Document nbc = c.document("d1").orElseThrow();
    String text = nbc.text();
    List<Span> furniture = PaneMarks.furniture(nbc);
    assertThat(furniture).anyMatch(s -> s.of(text).startsWith("IE 11 is not supported"));
    int start = PaneMarks.firstScreenStart(nbc);
    assertThat(text.substring(start)).startsWith("North Korea says it won't disarm first");
    app.verbatim.model.Document tass = c.document("d2").orElseThrow();
    assertThat(PaneMarks.furniture(tass)).anyMatch(s -> s.of(tass.text()).equals("All news"));
  }
}
