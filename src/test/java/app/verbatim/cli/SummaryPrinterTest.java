package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Comparison;
import app.verbatim.model.SampleComparison;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryPrinterTest {
  private static String print(Comparison c, String speakerId, int width) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new SummaryPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), width).print(c, speakerId);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private final Comparison sample = SampleComparison.build();

  @Test
  void showsEverySection() {
    String s = print(sample, null, 100);
    assertThat(s).contains("2 articles, 5 quotations, 2 named speakers, 1 linked group")
        .contains("Minister vows \"no retreat\" on tariffs") // headline as title when metadata has none
        .contains("QUOTATIONS BY OUTLET AND SPEAKER", "LINKED QUOTATIONS", "ONLY IN ONE OUTLET (3)", "SCARE QUOTES",
            "WARNINGS (1)")
        .contains("Daily Wire (d1) — 3 quotations", "The Broadsheet (d2) — 2 quotations")
        .contains("speaker not identified");
  }

  @Test
  void listsQuotationsPerOutletBySpeakerWithTheirLinks() {
    String s = print(sample, null, 100);
    String wire = s.substring(s.indexOf("Daily Wire (d1)"), s.indexOf("The Broadsheet (d2)"));
    assertThat(wire).contains("Elena Marsh — 2", "Tomas Varga — 1");
    assertThat(wire.indexOf("Elena Marsh — 2")).isLessThan(wire.indexOf("Tomas Varga — 1"));
    assertThat(wire.lines().filter(l -> l.contains("q1 ")).findFirst().orElseThrow()).contains("lead, said").endsWith("linked g1");
    assertThat(wire.lines().filter(l -> l.contains("q2 ")).findFirst().orElseThrow()).endsWith("only here");
  }

  @Test
  void describesTheWordDifferencesOfALinkedGroup() {
    String s = print(sample, null, 120);
    String group = s.substring(s.indexOf("g1 · Elena Marsh · variant, similarity 0.93"), s.indexOf("ONLY IN ONE OUTLET"));
    assertThat(group).contains("Daily Wire, lead (Trade Minister Elena Marsh, said):")
        .contains("Spelled differently: “U.S.” (Daily Wire) / “US” (The Broadsheet)")
        .contains("Editorial insertions in The Broadsheet: “[in the north]”")
        .doesNotContain("Only in");
  }

  @Test
  void wrapsLongLinesToTheWidth() {
    for (int width : List.of(60, 80, 100)) {
      String s = print(sample, null, width);
      assertThat(s.lines()).as("width %d", width).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
      assertThat(s.replaceAll("\\s+", " ")).as("nothing lost in wrapping")
          .contains("“We will not sign a deal with the U.S. that sacrifices our farmers.”");
    }
  }

  @Test
  void restrictsEverythingToOneSpeaker() {
    String s = print(sample, "s2", 100);
    assertThat(s).contains("Only the quotations of Tomas Varga").contains("theater.")
        .contains("Daily Wire (d1) — 1 quotation\n").contains("The Broadsheet (d2) — 0 quotations")
        .doesNotContain("Our growers", "talks continue", "g1 ·", "SCARE QUOTES")
        .contains("No quotation appears in more than one outlet.");
  }

  @Test
  void putsThePartLabelOfAStitchAfterTheClosingMark() throws java.io.IOException {
    List<app.verbatim.model.Article> articles = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String name = String.format("o%02d", i);
      try (java.io.InputStream in = getClass().getResourceAsStream("/fixtures/passages-12/" + name + ".txt")) {
        articles.add(new app.verbatim.model.Article(name, null, null, "en", null,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    String s = print(new app.verbatim.engine.VerbatimEngine().compare(articles), null, 100);
    // the label names the part; inside the marks it would read as the speaker's words
    assertThat(s).containsPattern("” \\(part 1 of \\d\\)").doesNotContainPattern("\\(part \\d of \\d\\)”");
  }
}
