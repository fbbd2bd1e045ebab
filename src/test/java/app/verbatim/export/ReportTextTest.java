package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  private static Element parent() {
    return new org.jsoup.nodes.Document("").appendElement("p");
  }

  @Test
  void markupInArticleTextStaysTextAndAddsNoElement() {
    Element p = parent();
    new ReportText(TextPolicy.anyGlyph()).append(p, "The mayor wrote <b>never</b> & <script>x()</script> twice.");

    assertThat(p.children()).isEmpty();
    assertThat(p.text()).isEqualTo("The mayor wrote <b>never</b> & <script>x()</script> twice.");
    assertThat(p.html()).contains("&lt;b&gt;never&lt;/b&gt; &amp; &lt;script&gt;");
  }

  @Test
  void aCharacterTheFontsCannotDrawBecomesAMissingSpanWithThePlaceholder() {
    Element p = parent();
    // the fonts draw ASCII only: the two Greek letters become one run of two placeholders
    new ReportText(TextPolicy.glyphsOf(cp -> cp < 0x80)).append(p, "Pilot ΩΨ landed");

    assertThat(p.childNodeSize()).isEqualTo(3);
    assertThat(((TextNode) p.childNode(0)).getWholeText()).isEqualTo("Pilot ");
    Element missing = p.child(0);
    assertThat(missing.tagName()).isEqualTo("span");
    assertThat(missing.hasClass("missing")).isTrue();
    assertThat(missing.text()).isEqualTo(TextPolicy.PLACEHOLDER + TextPolicy.PLACEHOLDER);
    assertThat(((TextNode) p.childNode(2)).getWholeText()).isEqualTo(" landed");
  }

  @Test
  void controlCharactersAreReplacedInsideTheTextNode() {
    Element p = parent();
    new ReportText(TextPolicy.anyGlyph()).append(p, "bell\u0007here");

    assertThat(p.children()).isEmpty();
    assertThat(p.text()).isEqualTo("bell" + TextPolicy.INVALID + "here");
  }

  @Test
  void appendingAddsAfterWhatIsAlreadyThere() {
    Element p = parent();
    p.appendElement("em").text("first");
    ReportText text = new ReportText(TextPolicy.anyGlyph());
    text.append(p, " second");
    text.append(p, " third");

    assertThat(p.text()).isEqualTo("first second third");
    assertThat(p.children()).hasSize(1);
  }

  @Test
  void emptyTextAddsNothing() {
    Element p = parent();
    new ReportText(TextPolicy.anyGlyph()).append(p, "");

    assertThat(p.childNodeSize()).isZero();
  }

  @Test
  void orDashGivesADashForNullEmptyOrBlankAndTheTextOtherwise() {
    assertThat(ReportText.orDash(null)).isEqualTo("—");
    assertThat(ReportText.orDash("")).isEqualTo("—");
    assertThat(ReportText.orDash("  \t")).isEqualTo("—");
    assertThat(ReportText.orDash(" Harbour Gazette ")).isEqualTo(" Harbour Gazette ");
  }
}
