package app.verbatim.engine.text;

import app.verbatim.model.Evidence;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotations built by hand, with their words keyed the way the engine keys them, for tests of the code
 * that compares quotations (the aligner, the record check, the analyst's links) without a whole engine.
 * The quotation's document text is its own words: offsets are into the string returned by {@link #text}.
 */
public final class QuoteWordsFixture {
  private static final VariantRules RULES = new VariantRules();
  private static final Tokenizer TOKENIZER = new Tokenizer(RULES);
  /** What stands between the parts of a split quotation in the made-up document text. */
  public static final String BETWEEN = " | ";

  private QuoteWordsFixture() {}

  /** A quotation of one part: its document text is {@code text}, one span over it all. */
  public static QuoteWords words(String id, String documentId, String speakerId, String text) {
    return parts(id, documentId, speakerId, text);
  }

  /** A quotation split into parts (as by its attribution): one span per part, parts joined by {@link #BETWEEN}. */
  public static QuoteWords parts(String id, String documentId, String speakerId, String... parts) {
    String text = text(parts);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String p : parts) {
      spans.add(new Span(at, at + p.length()));
      at += p.length() + BETWEEN.length();
    }
    return of(new Quote(id, documentId, spans, String.join(" ", parts), QuoteKind.DIRECT, speakerId, null, "said",
        new Position(Section.BODY, 1), List.of(), Evidence.NONE), text);
  }

  /** A quotation of one span where each occurrence of {@code mark} ("…", "[in the north]") is editorial. */
  public static QuoteWords withEditorial(String id, String documentId, String speakerId, String text, String mark) {
    List<Span> editorial = new ArrayList<>();
    for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
      editorial.add(new Span(i, i + mark.length()));
    }
    return of(new Quote(id, documentId, List.of(new Span(0, text.length())), text, QuoteKind.DIRECT, speakerId, null,
        "said", new Position(Section.BODY, 1), editorial, Evidence.NONE), text);
  }

  /** The quotation of {@code quoted}, found (its first occurrence) in {@code documentText}. */
  public static QuoteWords at(String id, String documentId, String speakerId, String documentText, String quoted) {
    int start = documentText.indexOf(quoted);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + quoted);
    }
    return of(new Quote(id, documentId, List.of(new Span(start, start + quoted.length())), quoted, QuoteKind.DIRECT,
        speakerId, null, "said", new Position(Section.BODY, 1), List.of(), Evidence.NONE), documentText);
  }

  /** The made-up document text of a quotation built from {@code parts}. */
  public static String text(String... parts) {
    return String.join(BETWEEN, parts);
  }

  /** The words of {@code quote} in {@code documentText}, as the engine reads them. */
  public static QuoteWords of(Quote quote, String documentText) {
    List<Token> tokens = new ArrayList<>();
    for (Span s : quote.spans()) {
      tokens.addAll(TOKENIZER.tokenize(documentText, s.start(), s.end()));
    }
    return QuoteWords.of(quote, tokens, RULES);
  }
}
