package app.verbatim.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.ProgressListener;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.TextRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyst's corrections, applied by the engine on every run. */
class CorrectionsTest {
  private static final String A = "Talks stall\n\n"
      + "\"We will never accept these terms, not today and not tomorrow,\" Foreign Minister Ana Lind said on Monday.\n\n"
      + "Her rival, Tomas Berg, was unmoved. \"The offer stands as written,\" Berg told reporters.\n\n"
      + "The harbour report was titled \"A Quiet Winter\" and ran to forty pages.\n";
  private static final String B = "Lind rejects offer\n\n"
      + "Ana Lind said: \"We will never accept these terms, not today and not tomorrow.\"\n\n"
      + "Berg replied that \"the offer stands as written and will not change\".\n";

  private final VerbatimEngine engine = new VerbatimEngine();
  private final List<Article> articles = List.of(
      new Article("Herald", "Talks stall", null, "en", null, A),
      new Article("Courier", "Lind rejects offer", null, "en", null, B));

  private Comparison run(List<Correction> cs) {
    return engine.compare(articles, cs, ProgressListener.NONE);
  }

  private static TextRef ref(Comparison c, Quote q) {
    return TextRef.of(c.document(q.documentId()).orElseThrow(), q);
  }

  private static Quote quoteContaining(Comparison c, String docId, String words) {
    return c.quotesOf(docId).stream().filter(q -> q.text().contains(words)).findFirst().orElseThrow();
  }

  @Test
  void aSpeakerCorrectionRenamesTheQuotationAndSurvivesReanalysis() {
    Comparison base = run(List.of());
    Quote q = quoteContaining(base, "d1", "never accept");
    Comparison fixed = run(List.of(Correction.speaker(ref(base, q), "Lena Holm")));
    Quote after = quoteContaining(fixed, "d1", "never accept");
    assertThat(fixed.speaker(after.speakerId()).orElseThrow().name()).isEqualTo("Lena Holm");
    assertThat(quoteContaining(fixed, "d2", "never accept").speakerId()).isNotEqualTo(after.speakerId());
  }

  @Test
  void notAQuotationRemovesItAndItsLinks() {
    Comparison base = run(List.of());
    Quote q = quoteContaining(base, "d1", "never accept");
    assertThat(base.isLinked(q.id())).isTrue();
    Comparison fixed = run(List.of(Correction.notAQuote(ref(base, q))));
    assertThat(fixed.quotesOf("d1")).noneMatch(x -> x.text().contains("never accept"));
    assertThat(fixed.quotesOf("d2")).anyMatch(x -> x.text().contains("never accept"));
    assertThat(fixed.alignments()).allMatch(a -> a.quoteIds().stream()
        .allMatch(id -> fixed.quote(id).isPresent()));
  }

  @Test
  void aMissedQuotationIsAddedWithItsSpeaker() {
    Comparison base = run(List.of());
    Document d1 = base.document("d1").orElseThrow();
    int start = A.indexOf("and ran to forty pages");
    Comparison fixed = run(List.of(Correction.missedQuote(
        new TextRef(d1.sha256(), start, start + "and ran to forty pages".length()), "Harbour Board")));
    Quote added = quoteContaining(fixed, "d1", "forty pages");
    assertThat(fixed.speaker(added.speakerId()).orElseThrow().name()).isEqualTo("Harbour Board");
    assertThat(fixed.quotes()).hasSize(base.quotes().size() + 1);
  }

  @Test
  void linksAndUnlinksByHandOverrideTheEngine() {
    Comparison base = run(List.of());
    Quote herald = quoteContaining(base, "d1", "never accept");
    Quote courier = quoteContaining(base, "d2", "never accept");
    Comparison unlinked = run(List.of(Correction.unlink(ref(base, herald), null)));
    assertThat(unlinked.isLinked(quoteContaining(unlinked, "d1", "never accept").id())).isFalse();

    Quote bergA = quoteContaining(base, "d1", "offer stands");
    Quote bergB = quoteContaining(base, "d2", "offer stands");
    Comparison relinked = run(List.of(
        Correction.unlink(ref(base, herald), null),
        Correction.link(ref(base, herald), ref(base, courier)),
        Correction.unlink(ref(base, bergA), ref(base, bergB))));
    Quote h = quoteContaining(relinked, "d1", "never accept");
    Quote c = quoteContaining(relinked, "d2", "never accept");
    assertThat(relinked.alignmentsOf(h.id())).anyMatch(a -> a.quoteIds().contains(c.id()));
    Quote ba = quoteContaining(relinked, "d1", "offer stands");
    Quote bb = quoteContaining(relinked, "d2", "offer stands");
    assertThat(relinked.alignmentsOf(ba.id())).noneMatch(a -> a.quoteIds().contains(bb.id()));
  }

  @Test
  void correctionsForAnArticleNoLongerComparedAreIgnored() {
    Comparison fixed = run(List.of(Correction.notAQuote(new TextRef("0".repeat(64), 0, 10))));
    assertThat(fixed.quotes()).hasSize(run(List.of()).quotes().size());
  }
}
