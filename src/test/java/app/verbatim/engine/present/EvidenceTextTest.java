package app.verbatim.engine.present;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {
  private static final String TEXT = String.join("\n",
      "Ri: 'We will respond'",
      "",
      "Foreign Minister Ri Yong Ho spoke in New York on Saturday.",
      "",
      "\"The sanctions are a declaration of war,\" Ri told the assembly.",
      "",
      "\"We will not stand by,\" he said.",
      "",
      "An aide said \"talks continue.\"",
      "");

  /** The headline, then body paragraphs 1 to 4. */
  private static final Document DOC = new Document("d1",
      new Article("Daily Wire", null, null, "en", null, TEXT), "0".repeat(64), paragraphs(TEXT));

  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new java.util.ArrayList<>();
    int body = 0;
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        boolean headline = out.isEmpty();
        out.add(new Paragraph(headline ? 0 : ++body, new Span(start, start + line.length()),
            headline ? Section.HEADLINE : Section.BODY));
      }
      start += line.length() + 1;
    }
    return out;
  }

  private static Span at(String words) {
    int i = TEXT.indexOf(words);
    assertThat(i).as("in the text: %s", words).isNotNegative();
    return new Span(i, i + words.length());
  }

  private static Quote quote(String words, String speaker, String label, Evidence evidence) {
    return new Quote("q1", "d1", List.of(at(words)), words, QuoteKind.DIRECT, speaker, label, "said",
        new Position(Section.BODY, 1), List.of(), evidence);
  }

  @Test
  void aCueAfterTheQuotationSaysTheWordsItsParagraphAndTheRule() {
    Quote q = quote("The sanctions are a declaration of war,", "s1", "Ri",
        new Evidence("cue-after", "Ri told", at("Ri told"), null, "Ri is named right after the quotation."));
    assertThat(EvidenceText.line(q, DOC))
        .isEqualTo("Why this speaker: “Ri told” (¶2) — rule: cue after the quotation");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: cue after the quotation, “Ri told” ¶2");
    assertThat(EvidenceText.detail(q)).isEqualTo("Ri is named right after the quotation.");
    assertThat(EvidenceText.named(q, DOC)).isNull();
  }

  @Test
  void aPronounSaysWhereTheSpeakerWasNamed() {
    Quote q = quote("We will not stand by,", "s1", "he",
        new Evidence("pronoun", "he said", at("he said"), at("Ri Yong Ho"), "“he” is the last man named."));
    assertThat(EvidenceText.named(q, DOC)).isEqualTo("“he” → Ri Yong Ho, named ¶1");
    assertThat(EvidenceText.line(q, DOC))
        .isEqualTo("Why this speaker: “he said” (¶3) — rule: pronoun refers back; “he” → Ri Yong Ho, named ¶1");
    Quote byName = quote("We will not stand by,", "s1", "Ri",
        new Evidence("named", "Ri told", at("Ri told"), null, "“Ri told” names Ri Yong Ho."));
    assertThat(EvidenceText.line(byName, DOC)).isEqualTo("Why this speaker: “Ri told” (¶2) — rule: name in the cue");
    assertThat(EvidenceText.brief(q, DOC))
        .isEqualTo("rule: pronoun refers back, “he said” ¶3; “he” → Ri Yong Ho, named ¶1");
  }

  @Test
  void aContinuationHasNoWordsOfItsOwnButSaysWhereTheSpeakerWasNamed() {
    Quote q = quote("We will not stand by,", "s1", null,
        new Evidence("continuation", null, null, at("Ri Yong Ho"), "It continues Ri Yong Ho, who speaks just before."));
    assertThat(EvidenceText.line(q, DOC))
        .isEqualTo("Why this speaker: rule: continues the previous speaker; named ¶1 as Ri Yong Ho");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: continues the previous speaker; named ¶1 as Ri Yong Ho");
  }

  @Test
  void aCueWithoutItsWordsIsReadFromItsSpanAndTheHeadlineIsNamedAsSuch() {
    Quote q = quote("We will respond", "s1", "Ri", new Evidence("headline-name", null, at("Ri:"), null, null));
    assertThat(EvidenceText.cue(q, DOC)).isEqualTo("Ri:");
    assertThat(EvidenceText.line(q, DOC))
        .isEqualTo("Why this speaker: “Ri:” (headline) — rule: name before a headline quotation");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: name before a headline quotation, “Ri:” (headline)");
    assertThat(EvidenceText.detail(q)).as("no detail: the rule in words").isEqualTo("name before a headline quotation");
  }

  @Test
  void noRuleMeansNoSpeaker() {
    Quote q = quote("talks continue.", null, null, Evidence.NONE);
    assertThat(EvidenceText.line(q, DOC)).isEqualTo("No speaker: the text does not say who speaks.");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: none, the text does not say who speaks");
    assertThat(EvidenceText.detail(q)).isEqualTo(Evidence.NONE.detail());
  }

  @Test
  void wordsThatNameNoOneAreShownWithNoSpeaker() {
    Quote q = quote("talks continue.", null, "An aide",
        new Evidence("none", "An aide said", at("An aide said"), null, "No speaker: “An aide said” names no one."));
    assertThat(EvidenceText.line(q, DOC)).isEqualTo("No speaker: “An aide said” (¶4) — rule: none applies");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: none applies, “An aide said” ¶4");
  }

  @Test
  void aSpeakerWithoutRecordedEvidenceIsNotCalledUnknown() {
    Quote q = quote("The sanctions are a declaration of war,", "s1", "Ri", Evidence.NONE);
    assertThat(EvidenceText.line(q, DOC)).isEqualTo("Why this speaker: not recorded.");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: not recorded");
  }

  @Test
  void theAnalystsCorrectionHasNoCue() {
    Quote q = quote("talks continue.", null, null, null).withSpeaker("s9", "Jane Analyst");
    assertThat(EvidenceText.line(q, DOC)).isEqualTo("Why this speaker: rule: analyst's correction");
    assertThat(EvidenceText.brief(q, DOC)).isEqualTo("rule: analyst's correction");
    assertThat(EvidenceText.detail(q)).isEqualTo("The analyst's correction.");
  }

  @Test
  void aRuleThatFoundNobodySaysSoWithTheWordsItRead() {
    Quote q = quote("talks continue.", null, "An aide",
        new Evidence("role", "An aide said", at("An aide said"), null, "An unnamed aide: nobody known."));
    assertThat(EvidenceText.line(q, DOC)).isEqualTo("No speaker: “An aide said” (¶4) — rule: role refers back");
  }

  @Test
  void everyRuleHasANameInWordsAndAnUnknownOneIsShownAsItIs() {
    for (String sieve : Evidence.SIEVES) {
      assertThat(EvidenceText.ruleName(sieve)).as(sieve).isNotBlank().doesNotContain("-");
    }
    assertThat(EvidenceText.ruleName("cue-after")).isEqualTo("cue after the quotation");
    assertThat(EvidenceText.ruleName("brand-new-rule")).isEqualTo("brand-new-rule");
  }

  @Test
  void paragraphNumbersAreThoseOfQuotations() {
    assertThat(EvidenceText.paragraphNumber(DOC, at("he said"))).isEqualTo(3);
    assertThat(EvidenceText.paragraphNumber(DOC, at("Ri:"))).isEqualTo(0);
    assertThat(EvidenceText.paragraphNumber(DOC, null)).isNull();
    int blank = TEXT.indexOf("\n\n") + 1; // the empty line between the headline and the lead
    assertThat(EvidenceText.paragraphNumber(DOC, new Span(blank, blank))).isNull();
  }

  @Test
  void aListRowGivesOneLinePerOutlet() {
    Quote a = quote("The sanctions are a declaration of war,", "s1", "Ri",
        new Evidence("cue-after", "Ri told", at("Ri told"), null, null));
    Quote b = new Quote("q2", "d2", List.of(new Span(0, 3)), "abc", QuoteKind.DIRECT, null, null, null,
        new Position(Section.BODY, 1), List.of(), Evidence.NONE);
    Document other = new Document("d2", new Article("TASS", null, null, "en", null, "abc"), "f".repeat(64),
        List.of(new Paragraph(1, new Span(0, 3), Section.BODY)));
    String lines = EvidenceText.lines(List.of(a, b), id -> id.equals("d1") ? Optional.of(DOC) : Optional.of(other));
    assertThat(lines).isEqualTo("Daily Wire: Why this speaker: “Ri told” (¶2) — rule: cue after the quotation\n"
        + "TASS: No speaker: the text does not say who speaks.");
  }
}
