package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.align.QuoteLink;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Relation;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A speaker only described in one outlet is the speaker another outlet names, when their quotations link. */
class DescribedMergeTest {

  private static Quote q(String id, String doc, String speaker) {
    return new Quote(id, doc, List.of(new Span(0, 5)), "words", QuoteKind.DIRECT, speaker, null, null,
        new Position(Section.BODY, 1), List.of(), null);
  }

  private static QuoteLink link(Quote a, Quote b) {
    return new QuoteLink(new QuoteWords(a, List.of(), List.of()), new QuoteWords(b, List.of(), List.of()), 1.0,
        Relation.IDENTICAL);
  }

  private static final Speaker VARGA = new Speaker("s1", "Tomas Varga", List.of("Varga"));
  private static final Speaker OFFICE = new Speaker("s2", "the harbour office", List.of());
  private static final Speaker ROOS = new Speaker("s3", "Hanne Roos", List.of());

  @Test
  void aDescribedSpeakerLinkedToOneNamedSpeakerIsThatSpeaker() {
    Quote named = q("q1", "d1", "s1");
    Quote desc = q("q2", "d2", "s2");
    DescribedMerge.Result r = DescribedMerge.apply(List.of(link(named, desc)), List.of(named, desc), Set.of("s2"),
        List.of(VARGA, OFFICE));
    assertThat(r.quotes()).extracting(Quote::speakerId).containsExactly("s1", "s1");
    assertThat(r.speakers()).extracting(Speaker::id).containsExactly("s1");
    assertThat(r.speakers().get(0).aliases()).containsExactly("the harbour office", "Varga");
  }

  @Test
  void aDescribedSpeakerLinkedToTwoNamedSpeakersStaysApart() {
    Quote varga = q("q1", "d1", "s1");
    Quote desc = q("q2", "d2", "s2");
    Quote desc2 = q("q3", "d2", "s2");
    Quote roos = q("q4", "d3", "s3");
    List<Quote> quotes = List.of(varga, desc, desc2, roos);
    DescribedMerge.Result r = DescribedMerge.apply(List.of(link(varga, desc), link(desc2, roos)), quotes, Set.of("s2"),
        List.of(VARGA, OFFICE, ROOS));
    assertThat(r.quotes()).isSameAs(quotes);
    assertThat(r.speakers()).hasSize(3);
  }

  @Test
  void aDescribedSpeakerBesideTheNamedOneInADocumentIsSomeoneElse() {
    Quote named = q("q1", "d1", "s1");
    Quote desc = q("q2", "d2", "s2");
    Quote namedToo = q("q3", "d2", "s1");
    List<Quote> quotes = List.of(named, desc, namedToo);
    DescribedMerge.Result r = DescribedMerge.apply(List.of(link(named, desc)), quotes, Set.of("s2"),
        List.of(VARGA, OFFICE));
    assertThat(r.quotes()).extracting(Quote::speakerId).containsExactly("s1", "s2", "s1");
    assertThat(r.speakers()).hasSize(2);
  }

  @Test
  void twoNamedSpeakersLinkedAreNeverMerged() {
    Quote varga = q("q1", "d1", "s1");
    Quote roos = q("q2", "d2", "s3");
    DescribedMerge.Result r = DescribedMerge.apply(List.of(link(varga, roos)), List.of(varga, roos), Set.of(),
        List.of(VARGA, ROOS));
    assertThat(r.quotes()).extracting(Quote::speakerId).containsExactly("s1", "s3");
  }

  @Test
  void ofTwoDescribedBodiesTheFullerDescriptionStands() {
    Speaker shortDesc = new Speaker("s4", "the ministry", List.of());
    Speaker longDesc = new Speaker("s5", "the Ministry of Harbours", List.of());
    Quote a = q("q1", "d1", "s4");
    Quote b = q("q2", "d2", "s5");
    DescribedMerge.Result r = DescribedMerge.apply(List.of(link(a, b)), List.of(a, b), Set.of("s4", "s5"),
        List.of(shortDesc, longDesc));
    assertThat(r.quotes()).extracting(Quote::speakerId).containsExactly("s5", "s5");
    assertThat(r.speakers()).extracting(Speaker::name).containsExactly("the Ministry of Harbours");
    assertThat(r.speakers().get(0).aliases()).containsExactly("the ministry");
  }

  @Test
  void unattributedQuotationsInALinkAreIgnored() {
    Quote none = q("q1", "d1", null);
    Quote desc = q("q2", "d2", "s2");
    List<Quote> quotes = List.of(none, desc);
    DescribedMerge.Result r = DescribedMerge.apply(List.of(link(none, desc)), quotes, Set.of("s2"), List.of(OFFICE));
    assertThat(r.quotes()).isSameAs(quotes);
  }
}
