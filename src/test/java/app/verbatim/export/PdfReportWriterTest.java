package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportWriterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-06T09:30:00Z"), ZoneId.of("UTC"));
  static final ReportOptions OPTIONS = ReportOptions.defaults().withClock(CLOCK).withVersion("9.9.9-test");

  static Comparison seed;

  @TempDir
  Path dir;

  @BeforeAll
  static void compareSeed() throws Exception {
    seed = new VerbatimEngine().compare(DefaultArticles.load());
  }

  private PdfReading write(Comparison c, ReportOptions options) throws Exception {
    Path out = dir.resolve("report-" + System.nanoTime() + ".pdf");
    new PdfReportWriter(new ReportFonts(List.of())).write(c, options, out);
    return new PdfReading(out);
  }

  @Test
  void seedReportNamesEveryOutletAndEveryLinkedQuotationInFull() throws Exception {
    PdfReading pdf = write(seed, OPTIONS);
    for (Document d : seed.documents()) {
      assertThat(pdf.flat).contains(d.outlet()).contains(d.sha256());
    }
    assertThat(seed.alignments()).isNotEmpty();
    // portrait stacks the wordings, so each linked quotation reads as one run of text
    for (var group : seed.groups().keySet()) {
      for (Quote q : seed.quotesOfGroup(group)) {
        for (var span : q.spans()) {
          String words = PdfReading.flatten(span.of(seed.document(q.documentId()).orElseThrow().text()));
          assertThat(pdf.flat).as("linked quotation %s", q.id()).contains(words);
        }
      }
    }
    assertThat(pdf.flat).contains("Quotations only one outlet has");
    assertThat(pdf.title).isEqualTo(new ReportHtml(new ReportContent(seed, null), OPTIONS, null,
        ReportHtml.Target.PDF, TextPolicy.anyGlyph(), new ExportProgress(null)).title());
  }

  @Test
  void firstPageFiguresMatchTheComparison() throws Exception {
    PdfReading pdf = write(seed, OPTIONS);
    String firstPage = PdfReading.flatten(pdf.text.substring(0, pdf.text.indexOf("Quotations more than one outlet")));
    for (Document d : seed.documents()) {
      List<Quote> qs = seed.quotesOf(d.id());
      long shared = qs.stream().filter(q -> seed.isLinked(q.id())).count();
      List<Quote> focus = qs.stream().filter(q -> seed.focusSpeaker().equals(q.speakerId())).toList();
      long focusShared = focus.stream().filter(q -> seed.isLinked(q.id())).count();
      // the focus speaker's figures first, as the window's summary counts them, then every speaker's
      String row = d.outlet() + " " + focus.size() + " " + focusShared + " " + (focus.size() - focusShared) + " "
          + qs.size() + " " + shared + " " + (qs.size() - shared);
      assertThat(firstPage).as("figures row").contains(row);
    }
    assertThat(firstPage)
        .contains("Focus speaker: " + seed.speaker(seed.focusSpeaker()).orElseThrow().name())
        .contains(seed.speaker(seed.focusSpeaker()).orElseThrow().name() + "’s quotations").contains("All speakers")
        .contains("Generated 2024-03-06 09:30 +00:00 (UTC) by Verbatim 9.9.9-test")
        .contains("A4 portrait, no appendix")
        .contains("How to read the marks");
  }

  @Test
  void onlyHereSectionsListEachOutletsUnlinkedQuotations() throws Exception {
    PdfReading pdf = write(seed, OPTIONS);
    String only = pdf.flat.substring(pdf.flat.indexOf("Quotations only one outlet has"));
    for (Document d : seed.documents()) {
      long n = seed.quotesOf(d.id()).stream().filter(q -> !seed.isLinked(q.id())).count();
      assertThat(only).contains("Only in " + d.outlet() + " — " + n + " quotation");
      for (Quote q : seed.quotesOf(d.id())) {
        if (!seed.isLinked(q.id())) {
          String firstWords = String.join(" ", Arrays.copyOf(q.text().split("\\s+"), Math.min(4, q.text().split("\\s+").length)));
          assertThat(only).as("only-here %s", q.id()).contains(firstWords);
        }
      }
    }
  }

  @Test
  void everyFontIsEmbedded() throws Exception {
    PdfReading pdf = write(HandBuilt.twoOutlets(), OPTIONS.withAppendix(true));
    assertThat(pdf.fonts).isNotEmpty();
    for (PDFont f : pdf.fonts) {
      assertThat(f.isEmbedded()).as(f.getName()).isTrue();
      assertThat(f.getName()).contains("DejaVu");
    }
  }

  @Test
  void diacriticsCyrillicAndTypographicPunctuationSurviveAsText() throws Exception {
    PdfReading pdf = write(HandBuilt.twoOutlets(), OPTIONS.withAppendix(true));
    assertThat(pdf.flat)
        .contains("Zoë Marček", "Łódź", "São Paulo", "Вестник Daily", "Марчек: мы не отступим", "Сергей Иванов",
            "„", "Peace is built by patient work… not by slogans.“ — Сергей", "GENEVA — Valdorian",
            "‘We will not retreat’")
        .doesNotContain(TextPolicy.PLACEHOLDER);
  }

  @Test
  void splitQuotationEditorialAndUnknownSpeakerAreShown() throws Exception {
    PdfReading pdf = write(HandBuilt.twoOutlets(), OPTIONS);
    assertThat(pdf.flat)
        .contains("“We will never accept a deal that hurts our farmers,” Marček said. “Our growers deserve better.”")
        .contains("Editorial insertion: “[to Valdoria]”")
        .contains("Only Daily Ledger has: “a” · “Our growers deserve better.”")
        .contains("Spelled differently: Daily Ledger “honour” · Вестник Daily “honor”")
        .contains("Speaker not stated (1)")
        .contains("Passage 1", "Passage 2", "Overlap · similarity 80%", "Variant · similarity 100%");
  }

  @Test
  void threeOutletsSideBySideInLandscape() throws Exception {
    Comparison three = HandBuilt.threeOutlets();
    PdfReading pdf = write(three, OPTIONS.withOrientation(ReportOptions.Orientation.LANDSCAPE).withAppendix(true));
    assertThat(pdf.flat).contains("Daily Ledger", "Вестник Daily", "Le Courrier", "3 outlets",
        "Nothing only in Daily Ledger and Le Courrier", "Only in Вестник Daily — 1 quotation");
    for (Quote q : three.quotes()) {
      for (String w : q.text().split("\\s+")) {
        assertThat(pdf.flat).contains(w);
      }
    }
    // side by side: the three outlet names head one row of the passage
    assertThat(pdf.text).containsPattern("Daily Ledger\\s+Вестник Daily\\s+Le Courrier");
  }

  @Test
  void letterAndLandscapeSetThePageSize() throws Exception {
    Path out = dir.resolve("letter.pdf");
    new PdfReportWriter(new ReportFonts(List.of())).write(seed,
        OPTIONS.withPaper(ReportOptions.Paper.LETTER).withOrientation(ReportOptions.Orientation.LANDSCAPE), out);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      var box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(792f, org.assertj.core.data.Offset.offset(2f));
      assertThat(box.getHeight()).isCloseTo(612f, org.assertj.core.data.Offset.offset(2f));
    }
    Path a4 = dir.resolve("a4.pdf");
    new PdfReportWriter(new ReportFonts(List.of())).write(seed, OPTIONS, a4);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(a4.toFile())) {
      var box = doc.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
      assertThat(box.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
    }
  }

  @Test
  void pagesAreNumberedAndCarryTheRunningHeader() throws Exception {
    PdfReading pdf = write(seed, OPTIONS.withAppendix(true));
    assertThat(pdf.pages).isGreaterThan(1);
    for (int p = 1; p <= pdf.pages; p++) {
      assertThat(pdf.text).contains("Page " + p + " of " + pdf.pages);
    }
    assertThat(pdf.text.split("Verbatim report · ", -1).length - 1).isEqualTo(pdf.pages - 1);
    assertThat(pdf.flat).contains("Appendix: the full texts");
  }

  @Test
  void charactersNoFontCanDrawBecomeAClearPlaceholderNotACrash() throws Exception {
    HandBuilt.Builder b = new HandBuilt.Builder();
    String a = b.doc("Ledger", null, "Headline\n\nThe envoy said “和平靠耐心 work 😀 pays” today.\n", "zh");
    String c = b.doc("Courier", null, "Headline\n\nThe envoy said “和平靠耐心 work pays” today.\n", "zh");
    var s = b.speaker("The envoy");
    var q1 = b.quote(a, s, "The envoy", "said", 1, app.verbatim.model.QuoteKind.PARTIAL, "和平靠耐心 work 😀 pays");
    var q2 = b.quote(c, s, "The envoy", "said", 1, app.verbatim.model.QuoteKind.PARTIAL, "和平靠耐心 work pays");
    b.align("g1", app.verbatim.model.Relation.OVERLAP, 0.9, List.of(q1, q2),
        b.marks(q1, "SAME 和平靠耐心 work", "ONLY 😀", "SAME pays"), b.marks(q2, "SAME 和平靠耐心 work pays"));
    PdfReading pdf = write(b.build(s), OPTIONS.withAppendix(true));
    assertThat(pdf.flat).contains(TextPolicy.PLACEHOLDER.repeat(5) + " work").contains("fonts cannot draw")
        .doesNotContain("和平");
  }

  @Test
  void cjkTextUsesAnInstalledCjkFont() throws Exception {
    boolean installed = ReportFonts.CJK_CANDIDATES.stream().anyMatch(p -> {
          try {
            return Files.isRegularFile(Path.of(p));
          } catch (RuntimeException e) {
            return false;
          }
        });
    org.junit.jupiter.api.Assumptions.assumeTrue(installed, "no CJK font installed on this machine");
    HandBuilt.Builder b = new HandBuilt.Builder();
    String a = b.doc("Ledger", null, "Headline\n\nThe envoy said “和平靠耐心 work pays” today.\n", "zh");
    String c = b.doc("Courier", null, "Headline\n\nThe envoy said “和平靠耐心 work pays” today.\n", "zh");
    var s = b.speaker("The envoy");
    var q1 = b.quote(a, s, "The envoy", "said", 1, app.verbatim.model.QuoteKind.PARTIAL, "和平靠耐心 work pays");
    var q2 = b.quote(c, s, "The envoy", "said", 1, app.verbatim.model.QuoteKind.PARTIAL, "和平靠耐心 work pays");
    b.align("g1", app.verbatim.model.Relation.IDENTICAL, 1.0, List.of(q1, q2),
        b.marks(q1, "SAME 和平靠耐心 work pays"), b.marks(q2, "SAME 和平靠耐心 work pays"));
    Path out = dir.resolve("cjk.pdf");
    PdfReportWriter writer = new PdfReportWriter();
    writer.write(b.build(s), OPTIONS, out);
    assertThat(writer.cjkFont()).isNotNull();
    PdfReading pdf = new PdfReading(out);
    assertThat(pdf.flat).contains("和平靠耐心 work pays").doesNotContain(TextPolicy.PLACEHOLDER);
    assertThat(pdf.fonts).allMatch(PDFont::isEmbedded);
  }

  @Test
  void progressRisesToTheEndAndNamesThePages() throws Exception {
    List<Long> done = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    new PdfReportWriter(new ReportFonts(List.of())).write(seed, OPTIONS.withAppendix(true), ReportAnnotations.NONE,
        dir.resolve("p.pdf"), (d, total, step) -> {
          done.add(d);
          steps.add(step);
          assertThat(total).isEqualTo(ExportProgress.TOTAL);
        });
    assertThat(done).isSorted().last().isEqualTo(ExportProgress.TOTAL);
    assertThat(steps).anyMatch(s -> s.startsWith("Writing page 2 of "));
  }

  @Test
  void interruptedExportIsCancelledAndLeavesTheOldFile() throws Exception {
    Path out = dir.resolve("keep.pdf");
    Files.writeString(out, "old report");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> new PdfReportWriter().write(seed, OPTIONS, out))
          .isInstanceOf(ExportCancelledException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(Files.readString(out)).isEqualTo("old report");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.pdf");
    }
  }

  @Test
  void analystCorrectionsAndNotesAreMarkedAsTheAnalysts() throws Exception {
    Comparison c = HandBuilt.twoOutlets();
    ReportAnnotations notes = new ReportAnnotations(
        List.of(new ReportAnnotations.CorrectionEntry("q3", "speaker", "unknown", "Zoë Marček")),
        List.of(new ReportAnnotations.NoteEntry("g1", "TASS-style paraphrase; check the transcript."),
            new ReportAnnotations.NoteEntry(null, "Compared for the weekly media review.")));
    Path out = dir.resolve("notes.pdf");
    new PdfReportWriter(new ReportFonts(List.of())).write(c, OPTIONS, notes, out, null);
    PdfReading pdf = new PdfReading(out);
    assertThat(pdf.flat)
        .contains("Analyst’s correction: speaker: unknown → Zoë Marček")
        .contains("Analyst’s note: TASS-style paraphrase; check the transcript.")
        .contains("Compared for the weekly media review.");
  }

  @Test
  void noPageHoldsOnlyALineOrTwo() throws Exception {
    List<String> outlets = List.of("Ledger", "Vestnik", "Courrier", "Herald", "Wire");
    List<app.verbatim.model.Article> five = new ArrayList<>();
    for (String outlet : outlets) {
      five.add(new app.verbatim.model.Article(outlet, null, null, "en", null,
          "Minister speaks\n\nThe minister, Arlen Voss, spoke on Monday.\n\n\"We will not give up our ports "
              + "while the blockade lasts,\" Voss said to " + outlet + ".\n"));
    }
    Comparison fiveOutlets = new VerbatimEngine().compare(five);
    // three long articles whose report, laid out as usual, ends with one quotation alone on its last page
    List<app.verbatim.model.Article> summit = new ArrayList<>();
    for (String name : List.of("continentale-guillemets-colon-cue", "ledger-single-quotes-apostrophes-nested-stitched",
        "meridian-straight-quotes-split-headline")) {
      try (var in = getClass().getResourceAsStream("/fixtures/norvessa-trade-summit/" + name + ".txt")) {
        summit.add(new app.verbatim.model.Article(name, null, null, "en", null,
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
    for (Comparison c : List.of(seed, fiveOutlets, HandBuilt.threeOutlets(), new VerbatimEngine().compare(summit))) {
      for (ReportOptions o : List.of(OPTIONS, OPTIONS.withOrientation(ReportOptions.Orientation.LANDSCAPE),
          OPTIONS.withPaper(ReportOptions.Paper.LETTER))) {
        PdfReading pdf = write(c, o);
        for (int i = 0; i < pdf.pages; i++) {
          // besides the running header and the footer, a page carries a real part of the report
          long lines = pdf.pageTexts.get(i).lines().filter(l -> !l.isBlank())
              .filter(l -> !l.startsWith("Verbatim report") && !l.startsWith("Verbatim ")).count();
          assertThat(lines).as("page %d of %d (%d articles, landscape %s):%n%s", i + 1, pdf.pages,
              c.documents().size(), o.landscape(), pdf.pageTexts.get(i)).isGreaterThan(4);
        }
      }
    }
  }
}
