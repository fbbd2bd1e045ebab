package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The article's paragraphs found in a web page, page furniture left out. */
class MainTextExtractorTest {
  private static List<String> paragraphs(String bodyHtml) {
    return MainTextExtractor.paragraphs(Jsoup.parse("<html><head><title>t</title></head><body>" + bodyHtml
        + "</body></html>"));
  }

  private static final String STORY = "<p>The harbour board met on Monday to discuss the winter ferry timetable.</p>"
      + "<p>\"We will run every boat we have,\" the chair said after a long meeting.</p>";

  @Test
  void paragraphsComeInPageOrderOneLineEach() {
    assertThat(paragraphs("<div><h1>Ferries stay</h1>" + STORY + "</div>")).containsExactly("Ferries stay",
        "The harbour board met on Monday to discuss the winter ferry timetable.",
        "\"We will run every boat we have,\" the chair said after a long meeting.");
  }

  @Test
  void whiteSpaceIsOneSpaceAndInvisibleCharactersGo() {
    assertThat(paragraphs("<p>  The\nboard&nbsp;&nbsp;met\u00ADing\u200B went   on. </p>"))
        .containsExactly("The board meting went on.");
  }

  @Test
  void aLineBreakStartsANewParagraph() {
    assertThat(paragraphs("<div>First line<br>second line</div>")).containsExactly("First line", "second line");
  }

  @Test
  void scriptsNavigationAndHiddenTextAreNeverArticleText() {
    String html = "<nav><p>Home | News | Sport and everything else on the site</p></nav>"
        + "<script>var x = 'not text';</script><div>" + STORY + "</div>"
        + "<aside><p>Also read: a story about something else entirely, at some length.</p></aside>"
        + "<p hidden>Hidden words</p><p style=\"display: none\">Invisible words</p>"
        + "<form><p>Sign up</p></form>";
    assertThat(paragraphs(html)).hasSize(2).allMatch(p -> p.startsWith("The harbour") || p.startsWith("\"We will"));
  }

  @Test
  void thePagesHeaderAndFooterGoButTheArticlesOwnHeaderStays() {
    String html = "<header><p>The Harbour Gazette, your daily paper for all the coast</p></header>"
        + "<article><header><h1>Ferries stay</h1></header>" + STORY + "<footer>By Ana Ferro</footer></article>"
        + "<footer><p>Copyright notice and a long list of legal words</p></footer>";
    assertThat(paragraphs(html)).containsExactly("Ferries stay",
        "The harbour board met on Monday to discuss the winter ferry timetable.",
        "\"We will run every boat we have,\" the chair said after a long meeting.", "By Ana Ferro");
  }

  @Test
  void sharingAndRelatedBlocksAreFurniture() {
    String html = "<div class=\"story\">" + STORY + "<div class=\"share-tools\"><p>Share this story</p></div>"
        + "<div id=\"related\"><p>Related: boats</p></div><div class=\"newsletter_box\"><p>Sign up</p></div></div>";
    assertThat(paragraphs(html)).hasSize(2);
  }

  @Test
  void aWrapperNamedLikeFurnitureThatHoldsTheStoryStays() {
    // "content-share" names sharing, but it holds all the text: it is the article
    assertThat(paragraphs("<div class=\"content-share\">" + STORY + "</div>")).hasSize(2);
  }

  @Test
  void theArticleWithTheMostTextIsTakenNotTheTeasers() {
    String html = "<article><p>Teaser: a short item on boats.</p></article>"
        + "<article>" + STORY + "</article>"
        + "<article><p>Teaser: another short item.</p></article>";
    assertThat(paragraphs(html)).containsExactly(
        "The harbour board met on Monday to discuss the winter ferry timetable.",
        "\"We will run every boat we have,\" the chair said after a long meeting.");
  }

  @Test
  void anArticleHoldingLittleOfThePagesTextIsATeaser() {
    // the one <article> is a teaser; the story is in plain <div>s with most of the text
    String teaser = "<article><p>Teaser: a short item on boats.</p></article>";
    String story = "<div id=\"story\">" + STORY + STORY + "</div>";
    List<String> found = paragraphs(teaser + story);
    assertThat(found).hasSize(4).noneMatch(p -> p.startsWith("Teaser"));
  }

  @Test
  void withoutAnArticleTheElementWithTheMostParagraphTextIsTaken() {
    String html = "<div id=\"side\"><p>Weather: dry.</p></div><div id=\"main\">" + STORY + "</div>";
    assertThat(paragraphs(html)).hasSize(2).first().asString().startsWith("The harbour");
  }

  @Test
  void captionsStayAsTheirOwnParagraphs() {
    String html = "<article>" + STORY + "<figure><img src=\"x.jpg\"><figcaption>The ferry at dawn.</figcaption>"
        + "</figure></article>";
    assertThat(paragraphs(html)).last().isEqualTo("The ferry at dawn.");
  }

  @Test
  void aPageOfDivsWithoutParagraphsGivesItsMarkedArticleOrEverything() {
    assertThat(paragraphs("<div>Menu</div><main><div>One line.</div><div>Two lines.</div></main>"))
        .containsExactly("One line.", "Two lines.");
    assertThat(paragraphs("<div>One line.</div><div>Two lines.</div>")).containsExactly("One line.", "Two lines.");
  }

  @Test
  void aPageWithoutTextHasNoParagraphs() {
    assertThat(paragraphs("")).isEmpty();
    assertThat(paragraphs("<script>only()</script><div> &nbsp; </div>")).isEmpty();
  }
}
