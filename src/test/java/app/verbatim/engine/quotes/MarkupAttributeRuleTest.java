package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mark that opens a markup attribute's value, told from a quotation. */
class MarkupAttributeRuleTest {
  private final MarkupAttributeRule rule = new MarkupAttributeRule();

  @Test
  void aMarkRightAfterAnEqualsSignIsAnAttribute() {
    String text = "<post author=\"@harbourdesk\" date=\"2019-04-02\">Ferry delayed</post>";
    assertThat(rule.isAttribute(text, text.indexOf("\"2019"))).isTrue();
  }

  @Test
  void aMarkAfterWordsIsNoAttribute() {
    String text = "The harbour master said \"the ferry runs late today.\"";
    assertThat(rule.isAttribute(text, text.indexOf('"'))).isFalse();
  }
}
