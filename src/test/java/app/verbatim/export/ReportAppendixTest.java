package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Relation;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ReportAppendixTest {
  // one line per paragraph; the split quotation's second part runs over a line break
  private static final String HERALD = String.join("\n",
      "Ferry fares to rise",
      "Subscribe for more",
      "Harbour board meets",
      "\"The boats are old,\" said Ines Holm. \"We need new ones",
      "before winter.\"",
      "Photo: the old ferry at the quay",
      "Holm said the plan was \"fair to everyone\".");
  private static final Section[] HERALD_SECTIONS = {Section.HEADLINE, Section.BOILERPLATE, Section.SUBHEADING,
      Section.BODY, Section.BODY, Section.CAPTION, Section.BODY};
  private static final int[] HERALD_NUMBERS = {0, 0, 0, 1, 2, 0, 3};

  private static final String POST = "Valley Post\n\nInes Holm said \"We need new ones before winter.\"\n  \n";

  private static Span at(String text, String words) {
    int i = text.indexOf(words);
    if (i < 0) {
      throw new IllegalArgumentException(words);
    }
    return new Span(i, i + words.length());
  }

  private static Quote quote(String id, String doc, String text, String... parts) {
    List<Span> spans = new ArrayList<>();
    for (String p : parts) {
      spans.add(at(text, p));
    }
    return new Quote(id, doc, spans, String.join(" ", parts), QuoteKind.DIRECT, "s1", "Ines Holm", "said",
        new Position(Section.BODY, 1), List.of(), Evidence.NONE);
  }

  private static List<Paragraph> heraldParagraphs() {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    String[] lines = HERALD.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.add(new Paragraph(HERALD_NUMBERS[i], new Span(start, start + lines[i].length()), HERALD_SECTIONS[i]));
      start += lines[i].length() + 1;
    }
    return out;
  }

  /** The Herald (paragraphs given, English) and the Post (no paragraphs, no language), one linked passage. */
  private static Comparison comparison(List<Document> extra) {
    Document herald = new Document("h", new Article("Lakeside Herald", null, null, "en-GB", null, HERALD),
        "a".repeat(64), heraldParagraphs());
    Document post = new Document("v", new Article("Valley Post", null, null, null, null, POST), "b".repeat(64),
        List.of());
    Quote split = quote("qh1", "h", HERALD, "The boats are old,", "We need new ones\nbefore winter.");
    Quote alone = quote("qh2", "h", HERALD, "fair to everyone");
    Quote linked = quote("qv1", "v", POST, "We need new ones before winter.");
    List<Document> docs = new ArrayList<>(List.of(herald, post));
    docs.addAll(extra);
    return new Comparison(docs, List.of(new Speaker("s1", "Ines Holm", List.of("Holm"))),
        List.of(split, alone, linked), List.of(),
        List.of(new Alignment("a1", "g7", List.of("qh1", "qv1"), Relation.OVERLAP, 0.6, List.of())),
        List.of(), "s1", List.of());
  }

  private static Element appendix(Comparison c, boolean sideBySide) {
    TextPolicy policy = TextPolicy.anyGlyph();
    Element body = new org.jsoup.nodes.Document("").appendElement("body");
    new ReportAppendix(new ReportContent(c, null), policy, new ReportText(policy), sideBySide).write(body);
    assertThat(body.children()).hasSize(1);
    return body.child(0);
  }

  private static Elements heraldParas(Element appendix) {
    return appendix.select("div.fulltext").get(0).select("p.para");
  }

  /** A paragraph's text without its ¶ number and passage tags. */
  private static String articleText(Element p) {
    Element copy = p.clone();
    copy.select("span.pnum, span.qtag").remove();
    return copy.wholeText();
  }

  @Test
  void theAppendixHasItsHeadingAndKey() {
    Element appendix = appendix(comparison(List.of()), false);

    assertThat(appendix.tagName()).isEqualTo("section");
    assertThat(appendix.hasClass("appendix")).isTrue();
    assertThat(appendix.selectFirst("h2").text()).isEqualTo("Appendix: the full texts");
    Element key = appendix.selectFirst("p.made");
    assertThat(key.selectFirst("span.q-linked").text()).isEqualTo("Solid");
    assertThat(key.selectFirst("span.q-only").text()).isEqualTo("Dotted");
    assertThat(key.select("span.qtag").eachText()).containsExactly("P1", "only");
  }

  @Test
  void oneAfterAnotherEachOutletHasAHeadingAndItsText() {
    Element appendix = appendix(comparison(List.of()), false);

    assertThat(appendix.select("h3").eachText()).containsExactly("Lakeside Herald", "Valley Post");
    assertThat(appendix.select("div.fulltext")).hasSize(2);
    assertThat(appendix.select("table")).isEmpty();
  }

  @Test
  void sideBySideTheOutletsAreColumnsOfOneTable() {
    Element appendix = appendix(comparison(List.of()), true);

    Element table = appendix.selectFirst("table.fulltexts");
    assertThat(table.select("th").eachText()).containsExactly("Lakeside Herald", "Valley Post");
    assertThat(table.select("th").eachAttr("style")).containsExactly("width:50%", "width:50%");
    assertThat(table.select("tbody tr")).hasSize(1);
    assertThat(table.select("tbody td")).hasSize(2);
    assertThat(table.select("tbody td").get(0).select("p.para")).hasSize(7);
    assertThat(appendix.select("h3, div.fulltext")).isEmpty();
  }

  @Test
  void sideBySideWithMoreThanThreeOutletsFallsBackToOneAfterAnother() {
    Document third = new Document("x", new Article("Ridge Courier", null, null, null, null, "No quotes today."),
        "c".repeat(64), List.of());
    Document fourth = new Document("y", new Article("Bay Bulletin", null, null, null, null, "Weather only."),
        "d".repeat(64), List.of());

    Element appendix = appendix(comparison(List.of(third, fourth)), true);

    assertThat(appendix.select("table")).isEmpty();
    assertThat(appendix.select("h3").eachText())
        .containsExactly("Lakeside Herald", "Valley Post", "Ridge Courier", "Bay Bulletin");
    assertThat(appendix.select("div.fulltext").get(3).text()).isEqualTo("Weather only.");
  }

  @Test
  void threeOutletsSideBySideShareTheWidth() {
    Document third = new Document("x", new Article("Ridge Courier", null, null, null, null, "No quotes today."),
        "c".repeat(64), List.of());

    Element appendix = appendix(comparison(List.of(third)), true);

    assertThat(appendix.select("table.fulltexts th").eachAttr("style"))
        .containsExactly("width:33%", "width:33%", "width:33%");
  }

  @Test
  void theLanguageIsSetOnlyWhereTheArticleHasOne() {
    Elements texts = appendix(comparison(List.of()), false).select("div.fulltext");

    assertThat(texts.get(0).attr("lang")).isEqualTo("en-GB");
    assertThat(texts.get(1).hasAttr("lang")).isFalse();
  }

  @Test
  void paragraphsAreStyledByTheirSectionAndBodyParagraphsNumbered() {
    Elements paras = heraldParas(appendix(comparison(List.of()), false));

    assertThat(paras).hasSize(7);
    assertThat(paras.get(0).classNames()).containsExactlyInAnyOrder("para", "headline");
    assertThat(paras.get(1).classNames()).containsExactlyInAnyOrder("para", "furniture");
    assertThat(paras.get(2).classNames()).containsExactlyInAnyOrder("para", "subheading");
    assertThat(paras.get(3).classNames()).containsExactly("para");
    assertThat(paras.get(5).classNames()).containsExactlyInAnyOrder("para", "furniture");
    assertThat(paras.select("span.pnum").eachText()).containsExactly("¶1", "¶2", "¶3");
    assertThat(paras.get(3).selectFirst("span.pnum").text()).isEqualTo("¶1");
    assertThat(paras.get(6).selectFirst("span.pnum").text()).isEqualTo("¶3");
    assertThat(paras.get(0).select("span.pnum")).isEmpty();
  }

  @Test
  void quotationsAreMarkedLinkedOrOnlyAndTaggedOnceWhereTheyStart() {
    Elements paras = heraldParas(appendix(comparison(List.of()), false));

    // the split quotation is linked (passage 1): tagged in ¶1 only, though its second part runs into ¶2
    assertThat(paras.get(3).select("span.qtag").eachText()).containsExactly("P1");
    assertThat(paras.get(3).select("span.q-linked").eachText()).containsExactly("The boats are old,", "We need new ones");
    assertThat(paras.get(4).select("span.qtag")).isEmpty();
    assertThat(paras.get(4).select("span.q-linked").eachText()).containsExactly("before winter.");
    // the other quotation no other outlet has
    assertThat(paras.get(6).select("span.qtag").eachText()).containsExactly("only");
    assertThat(paras.get(6).select("span.q-only").eachText()).containsExactly("fair to everyone");
    assertThat(paras.get(6).select("span.q-linked")).isEmpty();
    assertThat(paras.get(0).select("span.qtag, span.q-linked, span.q-only")).isEmpty();
  }

  @Test
  void theTagsAndNumbersComeBeforeTheTextSoTheArticleTextIsExactlyTheArticles() {
    Elements paras = heraldParas(appendix(comparison(List.of()), false));
    String[] lines = HERALD.split("\n");

    assertThat(paras.get(3).text()).isEqualTo("¶1 P1 \"The boats are old,\" said Ines Holm. \"We need new ones");
    assertThat(articleText(paras.get(3))).isEqualTo(" " + lines[3]);
    assertThat(articleText(paras.get(4))).isEqualTo(lines[4]);
    assertThat(articleText(paras.get(5))).isEqualTo(lines[5]);
    assertThat(articleText(paras.get(6))).isEqualTo(" " + lines[6]);
    assertThat(articleText(paras.get(0))).isEqualTo(lines[0]);
  }

  @Test
  void anArticleWithoutParagraphsIsSplitAtLineBreaksSkippingBlankLines() {
    Element post = appendix(comparison(List.of()), false).select("div.fulltext").get(1);
    Elements paras = post.select("p.para");

    assertThat(paras).hasSize(2);
    assertThat(paras.get(0).text()).isEqualTo("Valley Post");
    assertThat(paras.get(1).text()).isEqualTo("P1 Ines Holm said \"We need new ones before winter.\"");
    assertThat(paras.get(1).selectFirst("span.q-linked").text()).isEqualTo("We need new ones before winter.");
    assertThat(post.select("span.pnum")).isEmpty();
  }

  @Test
  void articleMarkupStaysText() {
    String text = "Mayor: <i>\"we <b>won</b>\"</i> today";
    Document d = new Document("m", new Article("Hill Times", null, null, null, null, text), "e".repeat(64), List.of());
    Quote q = new Quote("qm", "m", List.of(at(text, "we <b>won</b>")), "we <b>won</b>", QuoteKind.DIRECT, null, null,
        "said", new Position(Section.BODY, 1), List.of(), Evidence.NONE);
    Comparison c = new Comparison(List.of(d), List.of(), List.of(q), List.of(), List.of(), List.of(), null, List.of());

    Element p = appendix(c, false).selectFirst("div.fulltext p.para");

    assertThat(p.select("i, b")).isEmpty();
    assertThat(p.selectFirst("span.q-only").text()).isEqualTo("we <b>won</b>");
    assertThat(articleText(p)).isEqualTo(" " + text);
  }
}
