package app.verbatim.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureReaderTest {
  private static List<Section> sections(String text) {
    return new StructureReader().read(text, null).stream().map(Paragraph::section).toList();
  }

  @Test
  void aCrumbAboveTheHeadlineIsPageFurniture() {
    assertThat(sections("World\n\nHarbour talks end without a deal in Varna\n\n"
        + "The foreign minister of Kestria left the talks in Varna on Monday without an agreement.\n"))
        .containsExactly(Section.BOILERPLATE, Section.HEADLINE, Section.BODY);
  }

  @Test
  void aShortHeadlineAboveTheFirstSentenceIsTheHeadline() {
    assertThat(sections("Deadlock in Varna\n\n"
        + "The foreign minister of Kestria left the talks in Varna on Monday without an agreement.\n\n"
        + "\"We will not give up our ports,\" he said.\n"))
        .containsExactly(Section.HEADLINE, Section.BODY, Section.BODY);
  }

  @Test
  void aCopyrightSignIsACreditButAMisreadAccentIsNot() {
    // "Ã©" is an é read in the wrong encoding: the © inside a word is no photo credit
    assertThat(sections("Deadlock in Varna\n\n"
        + "The minister met the owner of the CafÃ© Dorn on Monday to talk about the port.\n\n"
        + "The harbour at dawn. © Port Authority of Varna\n"))
        .containsExactly(Section.HEADLINE, Section.BODY, Section.CAPTION);
  }

  @Test
  void aMisreadAccentWithACombiningMarkIsNoCreditEither() {
    // the same é misread as "A", a combining tilde and "©": the sign still stands inside a word
    assertThat(sections("Deadlock in Varna\n\n"
        + "The minister met the owner of the CafA\u0303\u00a9 Dorn on Monday to talk about the port.\n"))
        .containsExactly(Section.HEADLINE, Section.BODY);
  }

  @Test
  void aParagraphOpensAfterItsNoBreakSpaces() {
    // a paragraph that opens with a no-break space opens with its quotation mark, as after a plain space
    String text = "Deadlock in Varna\n\n"
        + "The foreign minister of Kestria left the talks in Varna on Monday.\u00a0\n\n"
        + "\u00a0\u202f\u201cWe will not give up our ports,\u201d he said.\u2009\n";
    Paragraph last = new StructureReader().read(text, null).get(2);
    assertThat(last.span().of(text)).isEqualTo("\u201cWe will not give up our ports,\u201d he said.");
  }
}
