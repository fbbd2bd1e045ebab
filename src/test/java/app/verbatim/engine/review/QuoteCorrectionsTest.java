package app.verbatim.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import app.verbatim.model.TextRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyst's speaker, not-a-quotation and missed-quotation corrections, applied before linking. */
class QuoteCorrectionsTest {
  private static final String T1 = "Ferry fares rise\n\n\"The fares must rise,\" Ana Ferro said.\n\n"
      + "An aide said \"talks continue.\"\n\nThe board called the plan a\nbold step forward.\n";
  private static final String T2 = "Ferro defends fares\n\nFerro said: \"The fares must rise.\" Critics disagreed";
  private static final Document D1 = doc("d1", "1", T1);
  private static final Document D2 = doc("d2", "2", T2);
  private static final Speaker FERRO = new Speaker("s1", "Ana Ferro", List.of("Ferro", "Ms Ferro"));
  private static final Speaker AIDE = new Speaker("s3", "An aide", List.of());

  private final QuoteCorrections corrections = new QuoteCorrections(List.of(D1, D2));

  private static Document doc(String id, String shaDigit, String text) {
    return new Document(id, new Article("Outlet " + id, null, null, "en", null, text), shaDigit.repeat(64),
        paragraphs(text));
  }

  /** Blocks between blank lines: the first a headline, the rest body paragraphs 1, 2, … */
  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int from = 0;
    for (String block : text.split("\n\n", -1)) {
      boolean headline = out.isEmpty();
      out.add(new Paragraph(headline ? 0 : out.size(), new Span(from, from + block.length()),
          headline ? Section.HEADLINE : Section.BODY));
      from += block.length() + 2;
    }
    return out;
  }

  private static Quote quote(String id, Document d, String words, String speakerId) {
    int start = d.text().indexOf(words);
    return new Quote(id, d.id(), List.of(new Span(start, start + words.length())), words, QuoteKind.DIRECT, speakerId,
        null, "said", new Position(Section.BODY, 1), List.of(), Evidence.NONE);
  }

  private static TextRef ref(Document d, String words) {
    int start = d.text().indexOf(words);
    return new TextRef(d.sha256(), start, start + words.length());
  }

  // the engine's reading, deliberately out of order: corrections renumber in document order
  private final List<Quote> quotes = List.of(
      quote("q1", D2, "The fares must rise.", "s1"),
      quote("q2", D1, "talks continue.", null),
      quote("q3", D1, "The fares must rise,", "s1"));
  private final List<Speaker> speakers = List.of(FERRO, AIDE);

  private static List<String> texts(QuoteCorrections.Result r) {
    return r.quotes().stream().map(q -> q.id() + " " + q.documentId() + " " + q.text()).toList();
  }

  @Test
  void withoutCorrectionsTheQuotationsAreRenumberedInDocumentOrder() {
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of());
    assertThat(texts(r)).containsExactly("q1 d1 The fares must rise,", "q2 d1 talks continue.",
        "q3 d2 The fares must rise.");
    assertThat(r.speakers()).containsExactly(FERRO, AIDE);
  }

  @Test
  void aSpeakerCorrectionGivesTheQuotationToTheSpeakerOfThatNameOrAlias() {
    Correction c = Correction.speaker(ref(D1, "talks continue"), "ms ferro");
    Quote q = corrections.apply(quotes, speakers, List.of(c)).quotes().get(1);
    assertThat(q.text()).isEqualTo("talks continue.");
    assertThat(q.speakerId()).isEqualTo("s1");
    assertThat(q.speakerLabel()).isEqualTo("ms ferro");
    assertThat(q.evidence().sieve()).isEqualTo("correction");
  }

  @Test
  void aSpeakerNobodyHasIsAddedWithAFreeId() {
    // s1 and s3 are taken: the third speaker is s4, not s3
    Correction c = Correction.speaker(ref(D1, "talks"), "  Pia Lund ");
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of(c));
    assertThat(r.speakers()).hasSize(3).last().isEqualTo(new Speaker("s4", "Pia Lund", List.of()));
    assertThat(r.quotes().get(1).speakerId()).isEqualTo("s4");
    assertThat(speakers).hasSize(2); // the caller's list is left alone
  }

  @Test
  void theSameNewNameTwiceIsOneSpeaker() {
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of(
        Correction.speaker(ref(D1, "talks"), "Pia Lund"), Correction.speaker(ref(D2, "fares must"), "PIA LUND")));
    assertThat(r.speakers()).hasSize(3);
    assertThat(r.quotes()).extracting(Quote::speakerId).containsExactly("s1", "s4", "s4");
  }

  @Test
  void aLaterCorrectionOfTheSameQuotationWins() {
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of(
        Correction.speaker(ref(D1, "talks"), "Pia Lund"), Correction.speaker(ref(D1, "talks"), "Ferro")));
    assertThat(r.quotes().get(1).speakerId()).isEqualTo("s1");
  }

  @Test
  void notAQuotationRemovesTheQuotationsTheMarkedTextOverlapsInThatDocumentOnly() {
    QuoteCorrections.Result r = corrections.apply(quotes, speakers,
        List.of(Correction.notAQuote(ref(D1, "must"))));
    assertThat(texts(r)).containsExactly("q1 d1 talks continue.", "q2 d2 The fares must rise.");
  }

  @Test
  void aMissedQuotationIsAddedWithItsSpeakerPlaceAndEvidence() {
    Correction c = Correction.missedQuote(ref(D1, "bold step forward"), "Harbour Board");
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of(c));
    assertThat(texts(r)).containsExactly("q1 d1 The fares must rise,", "q2 d1 talks continue.",
        "q3 d1 bold step forward", "q4 d2 The fares must rise.");
    Quote added = r.quotes().get(2);
    assertThat(added.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(added.speakerId()).isEqualTo("s4");
    assertThat(added.speakerLabel()).isEqualTo("Harbour Board");
    assertThat(added.verb()).isNull();
    assertThat(added.position()).isEqualTo(new Position(Section.BODY, 3));
    assertThat(added.evidence().detail()).isEqualTo("Marked as a quotation by the analyst.");
  }

  @Test
  void aMissedQuotationAcrossALineBreakReadsAsOneLine() {
    Correction c = Correction.missedQuote(ref(D1, "a\nbold step"), null);
    Quote added = corrections.apply(quotes, speakers, List.of(c)).quotes().get(2);
    assertThat(added.text()).isEqualTo("a bold step");
    assertThat(added.speakerId()).isNull();
  }

  @Test
  void aMissedQuotationInAHeadlineIsPlacedThere() {
    Correction c = Correction.missedQuote(ref(D1, "fares rise"), null);
    Quote added = corrections.apply(quotes, speakers, List.of(c)).quotes().get(0);
    assertThat(added.text()).isEqualTo("fares rise");
    assertThat(added.position()).isEqualTo(new Position(Section.HEADLINE, 0));
  }

  @Test
  void theAnalystsReadingReplacesTheMachinesWhereTheyOverlap() {
    Correction c = Correction.missedQuote(ref(D1, "\"The fares must rise,\" Ana Ferro said."), "Ferro");
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of(c));
    assertThat(texts(r)).containsExactly("q1 d1 \"The fares must rise,\" Ana Ferro said.", "q2 d1 talks continue.",
        "q3 d2 The fares must rise.");
  }

  @Test
  void aMissedQuotationBeyondTheTextIsCutToItOrDropped() {
    int len = T2.length();
    QuoteCorrections.Result cut = corrections.apply(quotes, speakers,
        List.of(Correction.missedQuote(new TextRef(D2.sha256(), len - 9, len + 50), null)));
    assertThat(cut.quotes().get(3).text()).isEqualTo("disagreed");
    QuoteCorrections.Result dropped = corrections.apply(quotes, speakers,
        List.of(Correction.missedQuote(new TextRef(D2.sha256(), len + 5, len + 50), null)));
    assertThat(dropped.quotes()).hasSize(3);
  }

  @Test
  void aCorrectionOfAnArticleNoLongerComparedIsIgnored() {
    TextRef gone = new TextRef("9".repeat(64), 0, 1000);
    QuoteCorrections.Result r = corrections.apply(quotes, speakers, List.of(Correction.notAQuote(gone),
        Correction.missedQuote(gone, "Pia Lund")));
    assertThat(texts(r)).hasSize(3);
    assertThat(r.speakers()).hasSize(2);
  }

  @Test
  void speakerNamedFindsByNameOrAliasIgnoringCaseAndSpaces() {
    List<Speaker> ss = new ArrayList<>(speakers);
    assertThat(QuoteCorrections.speakerNamed(ss, " ANA FERRO ")).isSameAs(FERRO);
    assertThat(QuoteCorrections.speakerNamed(ss, "an aide")).isSameAs(AIDE);
    assertThat(ss).hasSize(2);
  }
}
