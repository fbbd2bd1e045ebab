package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Brackets and ellipses the reporter put inside a quotation. */
class EditorialInsertionRuleTest {
  private final EditorialInsertionRule rule = new EditorialInsertionRule();

  private static List<String> found(String text, List<Span> found) {
    return found.stream().map(s -> s.of(text)).toList();
  }

  @Test
  void bracketsAndEllipsesInsideThePartsAreFound() {
    String text = "“The board has [no] plan … and (...) no money. . . at all,” she said.";
    List<Span> parts = List.of(new Span(1, text.indexOf('”')));
    assertThat(found(text, rule.find(text, parts))).containsExactly("[no]", "…", "(...)", ". . .");
  }

  @Test
  void insertionsOutsideThePartsAreNotFound() {
    String text = "[Updated] “We will not move,” she said … later.";
    List<Span> parts = List.of(new Span(text.indexOf('“') + 1, text.indexOf('”')));
    assertThat(rule.find(text, parts)).isEmpty();
  }

  @Test
  void eachPartIsSearchedInOrder() {
    String text = "“First […] part,” she said, “second … part.”";
    int second = text.indexOf("“second");
    List<Span> parts = List.of(new Span(1, text.indexOf('”')), new Span(second + 1, text.lastIndexOf('”')));
    assertThat(found(text, rule.find(text, parts))).containsExactly("[…]", "…");
  }
}
