package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffKind;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.QuotePart;
import app.verbatim.model.Relation;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A comparison written by the codec reads back equal, whatever it holds; other bytes are refused. */
class ComparisonCodecTest {
  private static String fixture(String path) throws IOException {
    try (InputStream in = ComparisonCodecTest.class.getResourceAsStream("/fixtures/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Comparison roundTrip(Comparison c) throws IOException {
    return ComparisonCodec.read(ComparisonCodec.write(c));
  }

  @Test
  void theBundledComparisonReadsBackEqual() throws Exception {
    Comparison c = new VerbatimEngine().compare(DefaultArticles.loadBundled());
    assertThat(c.quotes()).isNotEmpty();
    assertThat(c.alignments()).isNotEmpty();
    Comparison back = roundTrip(c);
    assertThat(back).isEqualTo(c);
    assertThat(back.documents().get(0).article()).isEqualTo(c.documents().get(0).article());
  }

  @Test
  void aComparisonWithARecordReadsBackEqual() throws Exception {
    List<Article> articles = List.of(
        new Article("coastal-wire", null, null, "en", null, fixture("record/coastal-wire.txt")),
        new Article("harbor-daily", null, null, "en", null, fixture("record/harbor-daily.txt")),
        new Article("speech", null, null, "en", null, fixture("record/speech.txt"), ""));
    Comparison c = new VerbatimEngine().compare(articles);
    assertThat(c.fidelity()).isNotEmpty();
    assertThat(roundTrip(c)).isEqualTo(c);
  }

  @Test
  void missingValuesAndEveryKindOfPartReadBackEqual() throws Exception {
    Article a = new Article("Outlet ✓", null, null, null, null, "Headline\n\n“Yes,” she said. Ünïcödé 𝄞.", " Ana ");
    Document d = new Document("d1", a, "abc", List.of(new Paragraph(1, new Span(0, 8), Section.HEADLINE)));
    Quote plain = new Quote("q1", "d1", List.of(new Span(10, 14)), "Yes,", QuoteKind.DIRECT, null, null, null, null,
        List.of(), null);
    Quote full = new Quote("q2", "d1", List.of(new Span(10, 12), new Span(12, 14)), "Yes,", QuoteKind.PARTIAL, "s1",
        "she", "said", new Position(Section.BODY, 2), List.of(new Span(11, 12)),
        new Evidence("cue-after", "said", new Span(16, 20), null, "A detail."));
    Alignment al = new Alignment("a1", "g1", List.of("q1", "q2"), Relation.VARIANT, 0.1 + 0.2,
        List.of(new DiffSpan(DiffKind.ONLY, "d1", new Span(1, 2))), List.of(new QuotePart("q2", 1, 2, List.of(new Span(10, 12)))));
    Fidelity f = new Fidelity("q2", "d1", FidelityClass.SILENT_OMISSION, List.of(new Span(0, 1)), List.of(), List.of("x"), null);
    Comparison c = new Comparison(List.of(d), List.of(new Speaker("s1", "Ana", List.of("she", "Ana R."))), List.of(plain, full),
        List.of(new ScareQuote("d1", new Span(0, 3), "Hea")), List.of(al), List.of(new Coverage("d1", null, List.of("q1"))),
        null, List.of(new Warning("d1", 3, "unbalanced")), List.of(f));
    Comparison back = roundTrip(c);
    assertThat(back).isEqualTo(c);
    assertThat(back.quotes().get(0).evidence()).isSameAs(Evidence.NONE);
    assertThat(back.alignments().get(0).similarity()).isEqualTo(0.1 + 0.2);
  }

  @Test
  void bytesOfAnotherLayoutOrCutShortAreRefused() throws Exception {
    byte[] good = ComparisonCodec.write(new VerbatimEngine().compare(DefaultArticles.loadBundled()));
    byte[] otherVersion = good.clone();
    otherVersion[3]++;
    assertThatThrownBy(() -> ComparisonCodec.read(otherVersion)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ComparisonCodec.read(Arrays.copyOf(good, good.length / 2))).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ComparisonCodec.read(Arrays.copyOf(good, good.length + 1))).isInstanceOf(IOException.class);
  }
}
