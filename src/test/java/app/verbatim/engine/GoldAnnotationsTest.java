package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.GoldAnnotations.Event;
import app.verbatim.engine.GoldAnnotations.Gold;
import app.verbatim.engine.GoldAnnotations.GoldQuote;
import app.verbatim.engine.GoldAnnotations.Run;
import app.verbatim.model.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The expected annotations themselves are consistent with the fixture texts, so a failing accuracy
 * test always points at the engine, never at a typo in events.json.
 */
class GoldAnnotationsTest {

  private final Gold gold = GoldAnnotations.events();

  @Test
  void everyPartIsExactTextOfItsArticleInTextOrder() {
    for (Event e : gold.events().values()) {
      for (String doc : e.documents()) {
        int cursor = 0;
        for (GoldQuote q : e.quotesOf(doc)) {
          List<Span> spans = e.spans(q.id());
          assertThat(spans).hasSameSizeAs(q.parts());
          for (int i = 0; i < spans.size(); i++) {
            assertThat(spans.get(i).of(e.text(doc))).isEqualTo(q.parts().get(i));
            assertThat(spans.get(i).start()).as("%s listed in text order", q.id()).isGreaterThanOrEqualTo(cursor);
            cursor = spans.get(i).end();
          }
        }
      }
    }
  }

  @Test
  void everyQuoteHasThreeWordsAKnownSpeakerAndAUniqueId() {
    Set<String> ids = new HashSet<>();
    for (Event e : gold.events().values()) {
      for (GoldQuote q : e.quotes()) {
        assertThat(ids.add(q.id())).as("unique id %s", q.id()).isTrue();
        assertThat(gold.speakers()).containsKey(q.speaker());
        assertThat(FixtureScorer.tokens(q.joined()).size()).as(q.id()).isGreaterThanOrEqualTo(3);
        assertThat(q.kind()).isIn("direct", "partial");
        for (String mark : q.editorial()) {
          assertThat(e.locateInQuote(q.id(), mark)).isNotNull();
        }
      }
    }
  }

  @Test
  void pairsLinkQuotesOfDifferentDocumentsOnce() {
    for (Event e : gold.events().values()) {
      Set<Set<String>> seen = new HashSet<>();
      for (List<String> p : e.pairs()) {
        assertThat(p).hasSize(2);
        GoldQuote a = e.quote(p.get(0));
        GoldQuote b = e.quote(p.get(1));
        assertThat(a.document()).as("pair %s", p).isNotEqualTo(b.document());
        assertThat(seen.add(Set.copyOf(p))).as("pair %s listed once", p).isTrue();
        assertThat(a.speaker()).as("pair %s links one speaker", p).isEqualTo(b.speaker());
      }
    }
  }

  @Test
  void snippetsAndWordsAreWhereTheAnnotationSaysTheyAre() {
    for (Event e : gold.events().values()) {
      e.scare().forEach((doc, list) -> list.forEach(s -> e.locateOutsideQuotes(doc, s)));
      e.outside().forEach((doc, list) -> list.forEach(s -> e.locateOutsideQuotes(doc, s)));
      e.warnings().forEach((doc, list) -> list.forEach(s -> assertThat(e.text(doc)).contains(s)));
      e.diff().forEach(d -> e.locateInQuote(d.quote(), d.word()));
      for (String doc : e.noQuotes()) {
        assertThat(e.quotesOf(doc)).isEmpty();
        assertThat(e.text(doc)).doesNotContainPattern("[\"“”„«»]");
      }
    }
  }

  @Test
  void runsNameDocumentsOfTheirEventAndCoverEveryEvent() {
    Set<String> covered = new HashSet<>();
    for (Run r : gold.runs()) {
      Event e = gold.event(r.event());
      assertThat(e).as(r.label()).isNotNull();
      assertThat(e.documents()).containsAll(r.documents());
      assertThat(r.documents()).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
      covered.add(r.event());
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(gold.events().keySet());
  }

  @Test
  void seedGoldReadsLikeTheScorerReadsIt() {
    Gold seed = GoldAnnotations.seedPair();
    assertThat(seed.speakers()).containsOnlyKeys("Ho", "Pompeo");
    assertThat(seed.speakers().get("Ho")).containsExactly("ri yong ho");
    assertThat(seed.speakers().get("Pompeo")).containsExactly("pompeo");
    Event e = seed.event("seed");
    assertThat(e.quotes()).hasSize(22);
    assertThat(e.pairs()).hasSize(3);
    for (GoldQuote q : e.quotes()) {
      assertThat(e.spans(q.id()).get(0).of(e.text(q.document()))).isEqualTo(q.parts().get(0));
    }
  }
}
