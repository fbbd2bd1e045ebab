package app.verbatim.engine.present;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningTextTest {
  private static final String PASSAGE = "We will never give up the harbour to anyone, whatever the council decides";

  @Test
  void aConflictOverWhoSaidAPassageIsListedFirst() {
    Comparison c = new VerbatimEngine().compare(List.of(
        new Article("Gazette", null, null, "en", null, "Harbour\n\nThe meeting ran late.\n\n“" + PASSAGE
            + ",” Mayor Lena Ostrova said.\n\n“The vote is lost,” she said, “and so is the harbour"),
        new Article("Courier", null, null, "en", null, "Harbour\n\nThe meeting ran late.\n\n“" + PASSAGE
            + ",” council leader Tomas Varga said.")));
    List<String> lines = WarningText.lines(c);
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(0)).contains("disagree").contains("Lena Ostrova").contains("Tomas Varga");
  }

  @Test
  void noWarningsNoLines() {
    Comparison c = new VerbatimEngine().compare(List.of(new Article("A", null, null, "en", null, "Quiet day.\n\nNothing said."),
        new Article("B", null, null, "en", null, "Another quiet day.\n\nStill nothing.")));
    assertThat(WarningText.lines(c)).isEmpty();
  }
}
