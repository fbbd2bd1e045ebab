package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/fixtures/html/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.text().split("\n\n", -1));
  }

  @Test
  void extractsTheArticleAndItsMetadataFromAFurnishedPage() throws Exception {
    Article a = reader.read(fixture("news-page-with-furniture.html"), "page.html", "fallback");

    assertThat(a.outlet()).isEqualTo("The Example Herald");
    assertThat(a.title()).isEqualTo("Valdoria will not sign “under pressure”, minister says");
    assertThat(a.date()).isEqualTo("2024-03-01");
    assertThat(a.language()).isEqualTo("en-GB");
    assertThat(a.source()).isEqualTo("https://news.example.org/world/valdoria-talks");

    assertThat(paragraphs(a)).startsWith(
        "Valdoria will not sign “under pressure”, minister says",
        "The foreign minister told the assembly that talks would resume “when trust returns”.");
    assertThat(paragraphs(a)).contains(
        "Foreign Minister Anna Marek speaks in Geneva. Photo: J. Doe / Example Agency",
        "GENEVA — Valdoria’s foreign minister said on Friday that her country would “not sign anything under pressure”.",
        "“Let me be clear,” Marek said. “We will return to the table when the sanctions are lifted.”",
        "Officials in the capital did not comment.",
        "Talks are expected next month.",
        "“Our patience is not endless,” she added.");
  }

  @Test
  void dropsScriptsNavigationAndPageFurniture() throws Exception {
    Article a = reader.read(fixture("news-page-with-furniture.html"), "page.html", "fallback");
    assertThat(a.text())
        .doesNotContain("written by a script")
        .doesNotContain("fetch(")
        .doesNotContain("color: red")
        .doesNotContain("Politics")
        .doesNotContain("IE 11")
        .doesNotContain("Share this article")
        .doesNotContain("Advertisement")
        .doesNotContain("football")
        .doesNotContain("teaser")
        .doesNotContain("All rights reserved")
        .doesNotContain("JSON-LD");
  }

  @Test
  void headlineOpensTheTextExactlyOnce() throws Exception {
    Article a = reader.read(fixture("news-page-with-furniture.html"), "page.html", "fallback");
    String headline = "Valdoria will not sign “under pressure”, minister says";
    assertThat(a.text()).startsWith(headline + "\n\n");
    assertThat(a.text().indexOf(headline, 1)).isEqualTo(-1);
  }

  @Test
  void textIsParagraphsSeparatedByBlankLinesWithoutStrayWhitespace() throws Exception {
    Article a = reader.read(fixture("news-page-with-furniture.html"), "page.html", "fallback");
    for (String p : paragraphs(a)) {
      assertThat(p).isNotBlank().doesNotContain("\n").doesNotContain("  ").doesNotContain("\u00A0").isEqualTo(p.strip());
    }
  }

  @Test
  void withoutAnArticleElementTheDensestParagraphsWin() throws Exception {
    Article a = reader.read(fixture("page-without-article-element.html"), "storm.html", "Coast Gazette");
    assertThat(a.outlet()).isEqualTo("Coast Gazette");
    assertThat(a.title()).isEqualTo("Storm closes ports");
    assertThat(a.date()).isEqualTo("2023-11-05");
    assertThat(a.language()).isNull();
    assertThat(a.source()).isNull();
    assertThat(paragraphs(a)).containsExactly(
        "Storm closes ports",
        "Ports along the coast closed on Sunday as the storm approached, the harbour master said.",
        "\"We have never seen waves like these,\" he told reporters at the quay.",
        "Ferries are expected to resume on Tuesday, weather permitting, officials added.");
  }

  @Test
  void jsonLdFillsInWhatMetaTagsDoNotSay() throws Exception {
    String html = """
        <html><head>
        <script type="application/ld+json">
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": "ignored"},
            {"@type": ["NewsArticle"], "headline": "Ports reopen", "datePublished": "2023-11-07T06:00:00Z",
             "publisher": {"@type": "Organization", "name": "Coast Gazette"},
             "mainEntityOfPage": {"@id": "https://gazette.example/ports-reopen"}}]}
        </script></head>
        <body><div><p>The ports reopened on Tuesday morning after two days of storms along the coast.</p></div></body></html>
        """;
    Article a = reader.read(html, "p.html", "fallback");
    assertThat(a.outlet()).isEqualTo("Coast Gazette");
    assertThat(a.title()).isEqualTo("Ports reopen");
    assertThat(a.date()).isEqualTo("2023-11-07");
    assertThat(a.source()).isEqualTo("https://gazette.example/ports-reopen");
    assertThat(a.text()).isEqualTo("Ports reopen\n\nThe ports reopened on Tuesday morning after two days of storms along the coast.");
  }

  @Test
  void brokenJsonLdIsIgnored() throws Exception {
    String html = "<html><head><title>T</title><script type='application/ld+json'>{broken</script></head>"
        + "<body><p>Body text of the article, long enough.</p></body></html>";
    Article a = reader.read(html, "p.html", "Fallback");
    assertThat(a.outlet()).isEqualTo("Fallback");
    assertThat(a.text()).isEqualTo("T\n\nBody text of the article, long enough.");
  }

  @Test
  void savedFromCommentGivesTheSourceWhenNothingElseDoes() throws Exception {
    String html = "<!-- saved from url=(0026)https://example.org/story -->\n<html><body><p>Text.</p></body></html>";
    assertThat(reader.read(html, "p.html", "F").source()).isEqualTo("https://example.org/story");
  }

  @Test
  void relativeOrScriptUrlsAreNotASource() throws Exception {
    String html = "<html><head><link rel=canonical href='/story'><meta property='og:url' content='javascript:alert(1)'>"
        + "</head><body><p>Text.</p></body></html>";
    assertThat(reader.read(html, "p.html", "F").source()).isNull();
  }

  @Test
  void declaredLegacyEncodingIsHonoured() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        + "<title>Caf\u00e9 talks</title></head><body><p>\u201cWe agree,\u201d she said. It\u2019s done.</p></body></html>";
    byte[] bytes = html.getBytes(TextDecoder.WINDOWS_1252);
    Article a = reader.read(bytes, "legacy.html", "F");
    assertThat(a.title()).isEqualTo("Café talks");
    assertThat(a.text()).endsWith("“We agree,” she said. It’s done.");
  }

  @Test
  void utf8PageKeepsItsCharactersDespiteAStaleDeclaration() throws Exception {
    String html = "<html><head><meta charset=windows-1251></head><body><p>“Quoted” — naïve</p></body></html>";
    Article a = reader.read(html.getBytes(StandardCharsets.UTF_8), "p.html", "F");
    assertThat(a.text()).isEqualTo("“Quoted” — naïve");
  }

  @Test
  void invisibleCharactersAndEntitiesAreResolved() throws Exception {
    String html = "<body><p>Pipe\u00ADdream&nbsp;talk &amp; &#8220;good\u200Bwill&#8221;</p></body>";
    assertThat(reader.read(html, "p.html", "F").text()).isEqualTo("Pipedream talk & “goodwill”");
  }

  @Test
  void titleSuffixNamingTheSiteIsRemoved() {
    assertThat(PageMetadata.withoutSiteName("Talks resume - NBC News", "NBC News")).isEqualTo("Talks resume");
    assertThat(PageMetadata.withoutSiteName("Talks resume | nbc news", "NBC News")).isEqualTo("Talks resume");
    assertThat(PageMetadata.withoutSiteName("Talks - resume", "NBC News")).isEqualTo("Talks - resume");
    assertThat(PageMetadata.withoutSiteName("Talks resume", null)).isEqualTo("Talks resume");
  }

  @Test
  void pageWithoutTextIsRefused() {
    assertThatThrownBy(() -> reader.read("<html><head><title>x</title><script>var a=1;</script></head><body><nav>Menu</nav></body></html>", "empty.html", "F"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("empty.html")
        .hasMessageContaining("no article text");
  }

  @Test
  void pageWithOnlyAHeadlineIsRefused() {
    assertThatThrownBy(() -> reader.read("<html><body><h1>Only a headline</h1></body></html>", "h.html", "F"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageContaining("headline but no article text");
  }

  @Test
  void teaserArticlesDoNotWinOverTheStory() throws Exception {
    String story = "<p>" + "The real story has a long paragraph of reporting. ".repeat(10) + "</p>";
    String html = "<body><article><p>Teaser one.</p></article><article>" + story + story
        + "</article><article><p>Teaser two.</p></article></body>";
    Article a = reader.read(html, "p.html", "F");
    assertThat(a.text()).doesNotContain("Teaser").contains("real story");
  }

  @Test
  void pageWithoutParagraphElementsUsesTheArticleAndLineBreaks() throws Exception {
    String html = "<body><div class='menu'>Home | World</div><article><h1>Flood warning</h1>"
        + "<div>The river rose overnight, officials said.<br><br>\"Stay away from the banks,\" the mayor said.</div>"
        + "</article></body>";
    Article a = reader.read(html, "p.html", "F");
    assertThat(paragraphs(a)).containsExactly(
        "Flood warning", "The river rose overnight, officials said.", "\"Stay away from the banks,\" the mayor said.");
  }

  @Test
  void extractionIsDeterministic() throws Exception {
    StringBuilder html = new StringBuilder("<body>");
    for (int i = 0; i < 50; i++) {
      html.append("<div><p>Paragraph ").append(i).append(" of equal length.</p>");
    }
    String first = reader.read(html.toString(), "p.html", "F").text();
    for (int i = 0; i < 5; i++) {
      assertThat(reader.read(html.toString(), "p.html", "F").text()).isEqualTo(first);
    }
  }
}
