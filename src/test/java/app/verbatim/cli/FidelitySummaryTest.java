package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FidelitySummaryTest {
  private static final String RECORD = "Address by the harbour master\n\n"
      + "The new pier opens in May and the ferries will run every hour.\n\n"
      + "Nobody will lose their berth.\n";
  private static final String GAZETTE = "Harbour master Ada Lund said: \"The new pier opens in May.\"\n\n"
      + "A fisherman said \"the fees are too high\".\n";
  private static final String COURIER = "Lund promised \"nobody will lose a berth\".\n";

  private static Span at(String text, String words) {
    int i = text.indexOf(words);
    return new Span(i, i + words.length());
  }

  private static Quote quote(String id, String doc, String text, String words, String speaker) {
    return new Quote(id, doc, List.of(at(text, words)), words, QuoteKind.DIRECT, speaker, null, "said",
        new Position(Section.BODY, 1), List.of(), Evidence.NONE);
  }

  private static Document document(String id, Article a, List<Paragraph> paragraphs) {
    return new Document(id, a, id.repeat(64).substring(0, 64), paragraphs);
  }

  private static Comparison comparison(List<Fidelity> fidelity) {
    Document gazette = document("g", new Article("Bay Gazette", null, null, null, null, GAZETTE), List.of());
    Document courier = document("c", new Article("Pier Courier", null, null, null, null, COURIER), List.of());
    Document record = document("r", new Article("Port office", null, null, null, null, RECORD, "Ada Lund"), List.of(
        new Paragraph(0, at(RECORD, "Address by the harbour master"), Section.HEADLINE),
        new Paragraph(1, at(RECORD, "The new pier opens in May and the ferries will run every hour."), Section.BODY),
        new Paragraph(2, at(RECORD, "Nobody will lose their berth."), Section.BODY)));
    List<Quote> quotes = List.of(
        quote("q1", "g", GAZETTE, "The new pier opens in May.", "s1"),
        quote("q2", "g", GAZETTE, "the fees are too high", "s2"),
        quote("q3", "c", COURIER, "nobody will lose a berth", "s1"));
    return new Comparison(List.of(gazette, courier, record),
        List.of(new Speaker("s1", "Ada Lund", List.of("Lund")), new Speaker("s2", "Olav Berg", List.of())),
        quotes, List.of(), List.of(), List.of(), "s1", List.of(), fidelity);
  }

  private static final Fidelity TRIMMED = new Fidelity("q1", "r", FidelityClass.TRIMMED,
      List.of(at(RECORD, "The new pier opens in May")), List.of(), List.of(), null);
  private static final Fidelity ALTERED = new Fidelity("q3", "r", FidelityClass.ALTERED,
      List.of(at(RECORD, "Nobody will lose their berth.")), List.of(),
      List.of("changed: “their” → “a”"), null);
  private static final Fidelity ABSENT = new Fidelity("q2", "r", FidelityClass.NOT_IN_RECORD, List.of(), List.of(),
      List.of(), "a paraphrase of nothing the harbour master said");

  private static String print(Comparison c, String speakerId, int width) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new FidelitySummary(out, new TextWrapper(width)).print(c, speakerId);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutMeasurementsNothingIsPrinted() {
    assertThat(print(comparison(List.of()), null, 100)).isEmpty();
  }

  @Test
  void theSectionNamesTheRecordAndCountsEachOutletByClass() {
    String text = print(comparison(List.of(TRIMMED, ABSENT, ALTERED)), null, 200);
    List<String> lines = text.lines().toList();

    assertThat(lines.get(0)).isEmpty();
    assertThat(lines.get(1)).isEqualTo("AGAINST THE RECORD — Port office (r)");
    assertThat(lines.get(2)).isEmpty();
    assertThat(lines.get(3)).isEqualTo("  outlet · measured · verbatim · trimmed · ellipsis · bracketed · silent omission"
        + " · altered · stitched · not in the record");
    assertThat(lines.get(4)).isEqualTo("  Bay Gazette · 2 · 0 · 1 · 0 · 0 · 0 · 0 · 0 · 1");
    assertThat(lines.get(5)).isEqualTo("  Pier Courier · 1 · 0 · 0 · 0 · 0 · 0 · 1 · 0 · 0");
  }

  @Test
  void eachQuotationShowsItsClassPlaceWordsRecordAndChanges() {
    String text = print(comparison(List.of(TRIMMED, ABSENT, ALTERED)), null, 200);

    assertThat(text).contains("\n  Bay Gazette q1 — trimmed — Port office, paragraph 2\n"
        + "    quoted: “The new pier opens in May.”\n"
        + "    record: “The new pier opens in May”\n");
    assertThat(text).contains("\n  Pier Courier q3 — altered — Port office, paragraph 3\n"
        + "    quoted: “nobody will lose a berth”\n"
        + "    record: “Nobody will lose their berth.”\n"
        + "    - changed: “their” → “a”\n");
  }

  @Test
  void aQuotationNotInTheRecordHasNoPlaceNoRecordLineAndSaysWhatItLikelyIs() {
    String text = print(comparison(List.of(ABSENT)), null, 200);

    assertThat(text).endsWith("\n  Bay Gazette q2 — not in the record\n"
        + "    quoted: “the fees are too high”\n"
        + "    a paraphrase of nothing the harbour master said.\n");
    assertThat(text).doesNotContain("record: “");
  }

  @Test
  void whatItLikelyIsPointsAboveWhenTheClosestPassageIsShown() {
    Fidelity near = new Fidelity("q2", "r", FidelityClass.NOT_IN_RECORD,
        List.of(at(RECORD, "the ferries will run every hour.")), List.of(), List.of(), "closest to the passage");

    String text = print(comparison(List.of(near)), null, 200);

    assertThat(text).endsWith("    record: “the ferries will run every hour.”\n"
        + "    closest to the passage above.\n");
  }

  @Test
  void withASpeakerOnlyTheirQuotationsAreListedButTheTableCountsAll() {
    String text = print(comparison(List.of(TRIMMED, ABSENT, ALTERED)), "s2", 200);

    assertThat(text).contains("  Bay Gazette · 2 ·").contains("  Pier Courier · 1 ·");
    assertThat(text).contains("Bay Gazette q2 — not in the record");
    assertThat(text).doesNotContain("q1 —").doesNotContain("q3 —");
  }

  @Test
  void aMeasurementOfAQuotationNoLongerThereIsSkipped() {
    Fidelity gone = new Fidelity("q9", "r", FidelityClass.VERBATIM, List.of(at(RECORD, "Nobody")), List.of(),
        List.of(), null);

    String text = print(comparison(List.of(gone, TRIMMED)), null, 200);

    assertThat(text).doesNotContain("q9");
    assertThat(text).contains("Bay Gazette q1 — trimmed");
  }

  @Test
  void longLinesAreWrappedUnderTheirLabel() {
    Fidelity wordy = new Fidelity("q3", "r", FidelityClass.ALTERED, List.of(at(RECORD, "Nobody will lose their berth.")),
        List.of(), List.of("changed one word of the record into another word that the record never used here"), null);

    String text = print(comparison(List.of(wordy)), null, 40);

    // the table is not wrapped; the quoted words, record and changes are, each under its own label
    assertThat(text).contains("    record: “Nobody will lose their\n     berth.”\n");
    assertThat(text).contains("    - changed one word of the record\n      into another word that the record\n"
        + "      never used here\n");
  }
}
