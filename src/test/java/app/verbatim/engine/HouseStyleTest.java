package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.Section;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fixtures of an invented speech in several house styles; one assertion group per phenomenon. */
class HouseStyleTest {
  private static final String BRITISH = "valdoria/british-single-quotes-split-multiparagraph.txt";
  private static final String AMERICAN = "valdoria/american-straight-quotes.txt";
  private static final String FRENCH = "valdoria/guillemets-low-high-unbalanced.txt";
  private static final String NONE = "valdoria/no-quotations.txt";
  private static Comparison c;

  @BeforeAll
  static void run() {
    c = new VerbatimEngine().compare(Fixtures.articles(BRITISH, AMERICAN, FRENCH, NONE));
  }

  private static Quote quote(String doc, String containing) {
    return c.quotesOf(doc).stream().filter(q -> q.text().contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation containing '" + containing + "' in " + doc));
  }

  private static String speaker(Quote q) {
    return c.speaker(q.speakerId()).map(Speaker::name).orElse(null);
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    Quote headline = quote("d1", "We will not back down");
    assertThat(headline.text()).isEqualTo("We will not back down on the farmers’ rights");
    assertThat(c.quotesOf("d1")).noneMatch(q -> q.text().startsWith("90s") || q.text().startsWith("s "));
    assertThat(quote("d1", "Our growers").text()).isEqualTo("Our growers don’t need sympathy; they need markets,");
  }

  @Test
  void headlineAndSubheadingQuotationsArePlacedAndAttributed() {
    Quote headline = quote("d1", "We will not back down");
    assertThat(headline.position().section()).isEqualTo(Section.HEADLINE);
    assertThat(speaker(headline)).isEqualTo("Elena Marsh");
    Quote sub = quote("d1", "a betrayal of every grower");
    assertThat(sub.position().section()).isEqualTo(Section.SUBHEADING);
    assertThat(speaker(sub)).isEqualTo("Elena Marsh");
  }

  @Test
  void quotationSplitByItsAttributionIsOneUtteranceInTwoParts() {
    Quote british = quote("d1", "Let me be clear");
    assertThat(british.spans()).hasSize(2);
    assertThat(british.text()).contains("quick headline");
    assertThat(british.verb()).isEqualTo("said");
    Quote american = quote("d2", "Let me be clear");
    assertThat(american.spans()).hasSize(2);
    assertThat(speaker(american)).isEqualTo("Elena Marsh");
  }

  @Test
  void multiParagraphQuotationIsOneQuotation() {
    Quote q = quote("d1", "We have waited");
    assertThat(q.text()).contains("Now the time for waiting is over");
    assertThat(q.spans()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(speaker(q)).isEqualTo("Elena Marsh");
  }

  @Test
  void editorialBracketsAndEllipsesAreMarked() {
    Quote q = quote("d1", "has [no] plan");
    String text = c.document("d1").orElseThrow().text();
    List<String> editorial = q.editorial().stream().map(s -> s.of(text)).toList();
    assertThat(editorial).contains("[no]", "…");
    assertThat(speaker(q)).isEqualTo("Tomas Varga");
    assertThat(q.verb()).isEqualTo("according to");
  }

  @Test
  void scareQuotesAreNotQuotationsOfSpeech() {
    assertThat(c.scareQuotes()).anyMatch(s -> s.text().equals("green corridor"));
    assertThat(c.quotes()).noneMatch(q -> q.text().equals("green corridor"));
  }

  @Test
  void pronounsRoleNounsAndAppositivesResolveToTheRightPerson() {
    assertThat(speaker(quote("d1", "This is theatre"))).isEqualTo("Tomas Varga");
    assertThat(speaker(quote("d2", "theater, nothing more"))).isEqualTo("Tomas Varga");
    assertThat(speaker(quote("d3", "theatre, nothing more and nothing less"))).isEqualTo("Tomas Varga");
    assertThat(speaker(quote("d3", "Our growers"))).isEqualTo("Elena Marsh");
    assertThat(speaker(quote("d1", "We have been patient"))).isEqualTo("Elena Marsh");
  }

  @Test
  void quotationWithoutItsOwnCueContinuesTheSpeakerOnlyWhereTheTextSaysSo() {
    Quote q = quote("d2", "Our growers");
    assertThat(speaker(q)).isEqualTo("Elena Marsh");
    assertThat(q.verb()).isNull();
  }

  @Test
  void guillemetsAndLowHighQuotesAreFound() {
    assertThat(quote("d3", "Let me be clear").spans()).hasSize(1);
    assertThat(speaker(quote("d3", "Let me be clear"))).isEqualTo("Elena Marsh");
    assertThat(speaker(quote("d3", "honor their commitments"))).isEqualTo("Elena Marsh");
  }

  @Test
  void unbalancedMarkIsBoundedAtItsParagraphWithAWarning() {
    Quote stray = quote("d3", "theatre, nothing more and nothing less");
    String text = c.document("d3").orElseThrow().text();
    assertThat(stray.end()).isLessThan(text.indexOf("He accused"));
    assertThat(c.warnings()).anyMatch(w -> w.documentId().equals("d3"));
    assertThat(speaker(quote("d3", "five years to fix this"))).isEqualTo("Tomas Varga");
  }

  @Test
  void articleWithoutQuotationsHasNone() {
    assertThat(c.quotesOf("d4")).isEmpty();
  }

  @Test
  void variantsAreLinkedAsVariants() {
    Alignment a = c.alignmentsOf(quote("d1", "We have waited").id()).get(0);
    String text = c.document("d1").orElseThrow().text();
    assertThat(a.diff()).anyMatch(d -> d.kind().label().equals("variant") && d.span().of(text).equals("honour"));
    assertThat(a.diff()).anyMatch(d -> d.kind().label().equals("variant") && d.span().of(text).equals("programme"));
  }

  @Test
  void linkedQuotationsNeverHaveDifferentKnownSpeakers() {
    for (Alignment a : c.alignments()) {
      Set<String> speakers = a.quoteIds().stream().map(id -> c.quote(id).orElseThrow().speakerId())
          .filter(s -> s != null).collect(Collectors.toSet());
      assertThat(speakers).as(a.id()).hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void threeOutletsLinkTheSamePassageAcrossAll() {
    Set<String> docs = new HashSet<>();
    String group = c.alignmentsOf(quote("d1", "Our growers").id()).get(0).group();
    c.quotesOfGroup(group).forEach(q -> docs.add(q.documentId()));
    assertThat(docs).containsExactlyInAnyOrder("d1", "d2", "d3");
  }

  @Test
  void linksDoNotDependOnInputOrder() {
    List<Article> forward = Fixtures.articles(BRITISH, AMERICAN, FRENCH);
    List<Article> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    assertThat(linkedTexts(new VerbatimEngine().compare(backward)))
        .isEqualTo(linkedTexts(new VerbatimEngine().compare(forward)));
  }

  private static Set<Set<String>> linkedTexts(Comparison x) {
    Set<Set<String>> out = new HashSet<>();
    for (Alignment a : x.alignments()) {
      Set<String> texts = new HashSet<>();
      for (String id : a.quoteIds()) {
        Quote q = x.quote(id).orElseThrow();
        texts.add(x.document(q.documentId()).orElseThrow().outlet() + ": " + q.text());
      }
      out.add(texts);
    }
    return out;
  }
}
