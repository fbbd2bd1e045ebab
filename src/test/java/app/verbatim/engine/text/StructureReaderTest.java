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
}
