package app.verbatim.engine.present;

import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Quote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Says in words why a quotation has the speaker it has (its {@link Evidence}), the same way in the
 * window's detail view, the quotation list's tooltip and the reports:
 * {@code Why this speaker: “Ri told” (¶3) — rule: cue after the quotation}.
 */
public final class EvidenceText {
  /** What the detail view says when no rule found a speaker. */
  public static final String NO_SPEAKER = "No speaker: the text does not say who speaks.";
  /** What it says when a quotation has a speaker but no rule recorded why. */
  public static final String NOT_RECORDED = "Why this speaker: not recorded.";

  private static final Map<String, String> RULES = Map.ofEntries(
      Map.entry("dash", "name after a dash"),
      Map.entry("cue-after", "cue after the quotation"),
      Map.entry("cue-before", "cue before the quotation"),
      Map.entry("colon-paragraph", "cue ending in a colon before it"),
      Map.entry("answer-after", "answer named in the next paragraph"),
      Map.entry("headline-name", "name before a headline quotation"),
      Map.entry("cue-later", "cue later in the sentence"),
      Map.entry("subject", "the sentence's subject"),
      Map.entry("as-put-it", "“as X put it”"),
      Map.entry("named", "name in the cue"),
      Map.entry("pronoun", "pronoun refers back"),
      Map.entry("role", "role refers back"),
      Map.entry("organisation", "“it” is the body named before"),
      Map.entry("document", "a document speaks for its issuer"),
      Map.entry("continuation", "continues the previous speaker"),
      Map.entry("repeated", "the article repeats a quotation it attributes"),
      Map.entry("headline-echo", "headline repeats a body quotation"),
      Map.entry("consensus", "the other outlets agree"),
      Map.entry("none", "none applies"),
      Map.entry("correction", "analyst's correction"));

  private EvidenceText() {}

  /** The rule id in words ("cue-after" → "cue after the quotation"); an unknown id as it is. */
  public static String ruleName(String sieve) {
    return RULES.getOrDefault(sieve, sieve);
  }

  /** The paragraph holding the start of a span, if any. */
  public static Optional<Paragraph> paragraphOf(Document d, Span s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Paragraph p : d.paragraphs()) {
      if (s.start() >= p.span().start() && s.start() < Math.max(p.span().end(), p.span().start() + 1)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The paragraph number of a span, numbered as quotations' {@code paragraph}: the body paragraph number
   * ({@link Paragraph#number()}), 0 outside the body; null for no span or one outside every paragraph.
   */
  public static Integer paragraphNumber(Document d, Span s) {
    return paragraphOf(d, s).map(p -> p.section() == Section.BODY ? p.number() : 0).orElse(null);
  }

  /** Where a span sits: "¶3" in the body, else "headline", "subheading"…; null when nowhere. */
  public static String where(Document d, Span s) {
    return paragraphOf(d, s)
        .map(p -> p.section() == Section.BODY ? "¶" + p.number() : p.section().name().toLowerCase(Locale.ROOT))
        .orElse(null);
  }

  /** The words the rule read: the evidence's cue, else the text at its cue span, else null. */
  public static String cue(Quote q, Document d) {
    Evidence e = q.evidence();
    if (e.cue() != null && !e.cue().isBlank()) {
      return flat(e.cue());
    }
    if (e.cueSpan() != null && e.cueSpan().end() <= d.text().length() && e.cueSpan().length() > 0) {
      return flat(e.cueSpan().of(d.text()));
    }
    return null;
  }

  /**
   * The line of the detail view: {@code Why this speaker: “Ri told” (¶3) — rule: cue after the quotation},
   * followed by {@code ; “he” → Ri Yong Ho, named ¶2} when the cue refers back to a name; it opens
   * "No speaker: " when there is none, and is {@link #NO_SPEAKER} when no rule read any words either.
   */
  public static String line(Quote q, Document d) {
    Evidence e = q.evidence();
    String cue = cue(q, d);
    if ("none".equals(e.sieve()) && cue == null) {
      return q.speakerId() == null ? NO_SPEAKER : NOT_RECORDED;
    }
    StringBuilder b = new StringBuilder(q.speakerId() == null ? "No speaker: " : "Why this speaker: ");
    if (cue != null) {
      b.append('“').append(cue).append('”');
      String where = where(d, e.cueSpan());
      if (where != null) {
        b.append(" (").append(where).append(')');
      }
      b.append(" — ");
    }
    b.append("rule: ").append(ruleName(e.sieve()));
    String named = named(q, d);
    if (named != null) {
      b.append("; ").append(named);
    }
    return b.toString();
  }

  /**
   * Where the cue's referent was named: {@code “he” → Ri Yong Ho, named ¶2}; null when the evidence has
   * no such span. The left side is how the outlet named the speaker here, else the cue; with neither
   * (a continuation), {@code named ¶10 as Pompeo}.
   */
  public static String named(Quote q, Document d) {
    Span s = q.evidence().named();
    if (s == null || s.end() > d.text().length() || s.length() == 0) {
      return null;
    }
    String here = q.speakerLabel() != null && !q.speakerLabel().isBlank() ? flat(q.speakerLabel()) : cue(q, d);
    String where = where(d, s);
    String name = flat(s.of(d.text()));
    if (here == null) { // no words of its own (a continuation): only where the speaker was named
      return "named" + (where == null ? "" : " " + where) + " as " + name;
    }
    return "“" + here + "” → " + name + ", named" + (where == null ? "" : " " + where);
  }

  /**
   * The short form for reports and the CSV: {@code rule: cue after the quotation, “Ri told” ¶3}, with
   * {@code ; “he” → Ri Yong Ho, named ¶2} when the cue refers back to a name.
   */
  public static String brief(Quote q, Document d) {
    Evidence e = q.evidence();
    String cue = cue(q, d);
    if ("none".equals(e.sieve()) && cue == null) {
      return q.speakerId() == null ? "rule: none, the text does not say who speaks" : "rule: not recorded";
    }
    StringBuilder b = new StringBuilder("rule: ").append(ruleName(e.sieve()));
    if (cue != null) {
      b.append(", “").append(cue).append('”');
      paragraphOf(d, e.cueSpan()).ifPresent(p -> b.append(p.section() == Section.BODY
          ? " ¶" + p.number() : " (" + p.section().name().toLowerCase(Locale.ROOT) + ")"));
    }
    String named = named(q, d);
    if (named != null) {
      b.append("; ").append(named);
    }
    return b.toString();
  }

  /** The rule's own sentence (for a tooltip): the evidence's detail, else the rule in words. */
  public static String detail(Quote q) {
    Evidence e = q.evidence();
    return e.detail() != null && !e.detail().isBlank() ? e.detail() : ruleName(e.sieve());
  }

  /** One {@link #line} per quotation of a list row, each after its outlet: the list's tooltip. */
  public static String lines(List<Quote> quotes, Function<String, Optional<Document>> documents) {
    List<String> out = new ArrayList<>();
    for (Quote q : quotes) {
      documents.apply(q.documentId()).ifPresent(d -> out.add(d.outlet() + ": " + line(q, d)));
    }
    return String.join("\n", out);
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
