package app.verbatim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A small comparison built by hand, with every kind of thing a comparison holds (a headline without
 * metadata title, a variant link with editorial words, an unknown speaker, a scare quote, a warning),
 * for tests of the code that only reads comparisons.
 */
public final class SampleComparison {
  public static final String TEXT_1 = """
      Minister vows "no retreat" on tariffs

      GENEVA — Trade Minister Elena Marsh said on Tuesday: "We will not sign a deal with the U.S. that sacrifices our farmers."

      "Our growers need markets, not sympathy," Marsh added.

      Opposition leader Tomas Varga called the speech "theater."
      """;
  public static final String TEXT_2 = """
      Marsh rejects tariff deal

      Ms Marsh said: “We will not sign a deal with the US that sacrifices our farmers [in the north].”

      An aide said “talks continue.”
      """;

  private SampleComparison() {}

  public static Article article1() {
    return new Article("Daily Wire", null, "2025-03-04", "en", "https://example.org/wire/1", TEXT_1);
  }

  public static Article article2() {
    return new Article("The Broadsheet", "Marsh rejects tariff deal (metadata title)", null, null, null, TEXT_2);
  }

  public static Comparison build() {
    return build(List.of(article1(), article2()));
  }

  /** The sample analysis, over the two sample articles (whatever outlet names they carry). */
  public static Comparison build(List<Article> articles) {
    Article a1 = articles.get(0);
    Article a2 = articles.get(1);
    Document d1 = new Document("d1", a1, "0".repeat(64), paragraphs(a1.text()));
    Document d2 = new Document("d2", a2, "f".repeat(64), paragraphs(a2.text()));
    Speaker marsh = new Speaker("s1", "Elena Marsh", List.of("Marsh", "Ms Marsh", "Trade Minister Elena Marsh"));
    Speaker varga = new Speaker("s2", "Tomas Varga", List.of("Opposition leader Tomas Varga", "Varga"));

    String t1 = a1.text();
    String t2 = a2.text();
    Quote q1 = quote("q1", d1, span(t1, "We will not sign a deal with the U.S. that sacrifices our farmers."), QuoteKind.DIRECT,
        "s1", "Trade Minister Elena Marsh", "said", new Position(Section.BODY, 1), List.of(),
        cue(t1, "cue-before", "Trade Minister Elena Marsh said", "The name and verb before the quotation."));
    Quote q2 = quote("q2", d1, span(t1, "Our growers need markets, not sympathy,"), QuoteKind.DIRECT, "s1", "Marsh", "added",
        new Position(Section.BODY, 2), List.of(), cue(t1, "cue-after", "Marsh added", "The name and verb after the quotation."));
    Quote q3 = quote("q3", d1, span(t1, "theater."), QuoteKind.PARTIAL, "s2", "Opposition leader Tomas Varga", "called",
        new Position(Section.BODY, 3), List.of(), cue(t1, "cue-before", "Opposition leader Tomas Varga called", null));
    Span q4span = span(t2, "We will not sign a deal with the US that sacrifices our farmers [in the north].");
    Quote q4 = quote("q4", d2, q4span, QuoteKind.DIRECT, "s1", "Ms Marsh", "said", new Position(Section.BODY, 1),
        List.of(span(t2, "[in the north]")), cue(t2, "cue-before", "Ms Marsh said", "The name and verb before the quotation."));
    Quote q5 = quote("q5", d2, span(t2, "talks continue."), QuoteKind.PARTIAL, null, null, "said",
        new Position(Section.BODY, 2), List.of(), Evidence.NONE);

    List<DiffSpan> diff = new ArrayList<>();
    diff.add(new DiffSpan(DiffKind.SAME, "d1", span(t1, "We will not sign a deal with the")));
    diff.add(new DiffSpan(DiffKind.VARIANT, "d1", span(t1, "U.S.")));
    diff.add(new DiffSpan(DiffKind.SAME, "d1", span(t1, "that sacrifices our farmers.")));
    diff.add(new DiffSpan(DiffKind.SAME, "d2", span(t2, "We will not sign a deal with the")));
    diff.add(new DiffSpan(DiffKind.VARIANT, "d2", span(t2, "US")));
    diff.add(new DiffSpan(DiffKind.SAME, "d2", span(t2, "that sacrifices our farmers")));
    diff.add(new DiffSpan(DiffKind.EDITORIAL, "d2", span(t2, "[in the north]")));
    Alignment a = new Alignment("a1", "g1", List.of("q1", "q4"), Relation.VARIANT, 0.93, diff);

    return new Comparison(List.of(d1, d2), List.of(marsh, varga), List.of(q1, q2, q3, q4, q5),
        List.of(new ScareQuote("d1", span(t1, "no retreat"), "no retreat")),
        List.of(a),
        List.of(new Coverage("d1", "s1", List.of("q2")), new Coverage("d1", "s2", List.of("q3")),
            new Coverage("d2", null, List.of("q5"))),
        "s1",
        List.of(new Warning("d2", t2.indexOf("An aide"), "a quotation mark is never closed")));
  }

  /** The range of the first occurrence of {@code needle} in {@code text}. */
  public static Span span(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + needle);
    }
    return new Span(at, at + needle.length());
  }

  private static Quote quote(String id, Document d, Span span, QuoteKind kind, String speaker, String label,
      String verb, Position position, List<Span> editorial, Evidence evidence) {
    return new Quote(id, d.id(), List.of(span), span.of(d.text()), kind, speaker, label, verb, position, editorial, evidence);
  }

  /** Evidence of a rule that read {@code words} (their first occurrence in the text). */
  private static Evidence cue(String text, String sieve, String words, String detail) {
    return new Evidence(sieve, words, span(text, words), null, detail);
  }

  // non-blank lines: the first is the headline, the rest body paragraphs 1, 2, …
  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
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
}
