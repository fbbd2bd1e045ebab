package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;

/** A paragraph that opens with the quotation, after one whose cue ends in a colon: "The mayor told reporters:" ¶ "…". */
final class ColonParagraphSieve implements CueSieve {
  private final AttributionContext ctx;
  private final BeforeQuoteSieve before;

  ColonParagraphSieve(AttributionContext ctx, BeforeQuoteSieve before) {
    this.ctx = ctx;
    this.before = before;
  }

  @Override
  public String id() {
    return "colon-paragraph";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    int pi = q.paragraph();
    if (pi == 0 || !ctx.text().substring(para.span().start(), q.start()).isBlank()) {
      return null;
    }
    Paragraph prev = ctx.paragraphs().get(pi - 1);
    String prevText = prev.span().of(ctx.text()).stripTrailing();
    if (prev.section() != Section.BODY || !prevText.endsWith(":")) {
      return null;
    }
    int end = prev.span().start() + prevText.length() - 1;
    return before.cueBefore(Math.max(ctx.sentences(prev).startOf(end), ctx.previousQuoteEnd(end, prev.span().start())), end + 1);
  }
}
