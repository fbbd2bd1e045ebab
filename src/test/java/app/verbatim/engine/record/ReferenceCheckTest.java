package app.verbatim.engine.record;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.align.QuoteAligner;
import app.verbatim.engine.diff.WordDiffer;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.text.QuoteWordsFixture;
import app.verbatim.engine.text.StructureReader;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Relation;
import app.verbatim.model.Section;
import app.verbatim.model.Speaker;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each quotation measured against the record of its speaker, and renderings in other translations linked
 * through it. Each news document here is one quotation: its text is the quoted words.
 */
class ReferenceCheckTest {
  private static final String RECORD = "Statement by the minister\n\n" + SmallRecord.TEXT + "\n";
  private static final Speaker VOSS = new Speaker("s1", "Arlen Voss", List.of("Voss", "Minister Arlen Voss"));
  private static final Speaker KELL = new Speaker("s2", "Dana Kell", List.of("Kell"));

  private final List<Document> documents = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final Map<String, QuoteWords> words = new LinkedHashMap<>();

  private void reference(String text, String speaker) {
    String id = "d" + (documents.size() + 1);
    documents.add(new Document(id, new Article("Record " + id, null, null, "en", null, text, speaker), "0".repeat(64),
        new StructureReader().read(text, null)));
  }

  /** A news document holding one quotation, all of its text. */
  private String quote(String speakerId, String text) {
    String doc = "d" + (documents.size() + 1);
    documents.add(new Document(doc, new Article("Outlet " + doc, null, null, "en", null, text), "0".repeat(64),
        List.of()));
    String id = "q" + (quotes.size() + 1);
    Quote q = new Quote(id, doc, List.of(new Span(0, text.length())), text, QuoteKind.DIRECT, speakerId, null, "said",
        new Position(Section.BODY, 1), List.of(), Evidence.NONE);
    quotes.add(q);
    words.put(id, QuoteWordsFixture.of(q, text));
    return id;
  }

  private ReferenceCheck.Result check(List<Alignment> alignments, String focus) {
    return new ReferenceCheck(new Tokenizer(), new VariantRules(), new QuoteAligner(), new WordDiffer())
        .check(documents, List.of(VOSS, KELL), quotes, words, alignments, focus);
  }

  private static Map<String, FidelityClass> kinds(ReferenceCheck.Result r) {
    Map<String, FidelityClass> out = new LinkedHashMap<>();
    r.fidelity().forEach(f -> out.put(f.quoteId(), f.kind()));
    return out;
  }

  @Test
  void aReferenceNamingItsSpeakerMeasuresThatSpeakersQuotationsOnly() {
    reference(RECORD, "Minister Arlen Voss");
    quote("s1", "Our farmers deserve a fair price for their grain.");
    quote("s2", "Our farmers deserve a fair price for their grain.");
    quote(null, "Our farmers deserve a fair price for their grain.");
    ReferenceCheck.Result r = check(List.of(), null);
    assertThat(kinds(r)).containsExactly(Map.entry("q1", FidelityClass.VERBATIM));
    Fidelity f = r.fidelity().get(0);
    assertThat(f.referenceId()).isEqualTo("d1");
    assertThat(f.record().get(0).of(RECORD)).isEqualTo("Our farmers deserve a fair price for their grain.");
    assertThat(r.alignments()).isEmpty();
  }

  @Test
  void aReferenceForTheSpeakerQuotedMostHoldsTheFocusSpeakersWords() {
    reference(RECORD, "");
    quote("s1", "a fair price for their grain");
    quote("s2", "a fair price for their grain");
    assertThat(kinds(check(List.of(), "s2"))).containsExactly(Map.entry("q2", FidelityClass.TRIMMED));
    assertThat(check(List.of(), null).fidelity()).isEmpty(); // no focus, no speaker: nothing to measure
  }

  @Test
  void aTranscriptGivesEachTurnToTheSpeakerItNames() {
    reference("Interview\n\nVOSS: We will not sign the treaty this year.\n\nKELL: Talks can resume when the other "
        + "side is serious.\n", "");
    quote("s1", "We will not sign the treaty this year.");
    quote("s2", "We will not sign the treaty this year.");
    quote("s2", "Talks can resume when the other side is serious.");
    assertThat(kinds(check(List.of(), "s1"))).containsExactly(Map.entry("q1", FidelityClass.VERBATIM),
        Map.entry("q2", FidelityClass.NOT_IN_RECORD), Map.entry("q3", FidelityClass.VERBATIM));
  }

  @Test
  void newsArticlesAreNotRecords() {
    quote("s1", "Our farmers deserve a fair price for their grain.");
    quote("s1", "Our farmers deserve a fair price for their grain.");
    assertThat(check(List.of(), "s1").fidelity()).isEmpty();
  }

  @Test
  void aQuotationFoundInOneRecordIsNotOverriddenByAnotherThatLacksIt() {
    reference(RECORD, "Voss");
    reference("Second statement\n\nThe harbour will stay open all winter.\n", "Voss");
    quote("s1", "We will not sign the accord this year.");
    List<Fidelity> f = check(List.of(), null).fidelity();
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(FidelityClass.ALTERED);
      assertThat(x.referenceId()).isEqualTo("d1");
    });
  }

  @Test
  void aLaterRecordThatHoldsTheWordsReplacesNotInTheRecord() {
    reference("Second statement\n\nThe harbour will stay open all winter.\n", "Voss");
    reference(RECORD, "Voss");
    quote("s1", "We will not sign the treaty this year.");
    Fidelity f = check(List.of(), null).fidelity().get(0);
    assertThat(f.kind()).isEqualTo(FidelityClass.VERBATIM);
    assertThat(f.referenceId()).isEqualTo("d2");
  }

  @Test
  void aQuotationWithoutWordsIsNotMeasured() {
    reference(RECORD, "Voss");
    quote("s1", "…");
    assertThat(check(List.of(), null).fidelity()).isEmpty();
  }

  @Test
  void anotherTranslationOfARecordSentenceJoinsTheGroupOfAQuotationOfIt() {
    reference(RECORD, "Voss");
    quote("s1", "Our farmers deserve a fair price for their grain.");
    quote("s1", "The grain of our farmers deserved prices that are fair.");
    Alignment existing = new Alignment("a1", "g1", List.of("q1"), Relation.IDENTICAL, 1.0, List.of());
    ReferenceCheck.Result r = check(List.of(existing), null);
    assertThat(kinds(r)).containsExactly(Map.entry("q1", FidelityClass.VERBATIM),
        Map.entry("q2", FidelityClass.NOT_IN_RECORD));
    assertThat(r.alignments()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("t1");
      assertThat(a.group()).isEqualTo("g1");
      assertThat(a.quoteIds()).containsExactly("q1", "q2");
      assertThat(a.relation()).isEqualTo(Relation.TRANSLATION);
      assertThat(a.diff()).isNotEmpty();
    });
  }

  @Test
  void twoTranslationsOfOneSentenceMakeANewGroup() {
    reference(RECORD, "Voss");
    quote("s1", "We will not sign the treaty this year.");
    quote("s1", "The grain of our farmers deserved prices that are fair.");
    quote("s1", "Fair prices are deserved by the grain farmers of ours.");
    Alignment existing = new Alignment("a1", "g1", List.of("q1"), Relation.IDENTICAL, 1.0, List.of());
    ReferenceCheck.Result r = check(List.of(existing), null);
    assertThat(r.fidelity()).filteredOn(FidelityJudge::translation).extracting(Fidelity::quoteId)
        .containsExactly("q2", "q3");
    assertThat(r.alignments()).singleElement().satisfies(a -> {
      assertThat(a.group()).isEqualTo("g2"); // after the one group there was
      assertThat(a.quoteIds()).containsExactly("q2", "q3");
    });
  }

  @Test
  void aTranslationInTheSameOutletIsNotLinked() {
    reference(RECORD, "Voss");
    String both = "Our farmers deserve a fair price for their grain.";
    quote("s1", both);
    // a second quotation in the first outlet's document
    String again = "The grain of our farmers deserved prices that are fair.";
    Quote q2 = new Quote("q2", "d2", List.of(new Span(0, again.length())), again, QuoteKind.DIRECT, "s1", null,
        "said", new Position(Section.BODY, 2), List.of(), Evidence.NONE);
    quotes.add(q2);
    words.put("q2", QuoteWordsFixture.of(q2, again));
    assertThat(check(List.of(), null).alignments()).isEmpty();
  }
}
