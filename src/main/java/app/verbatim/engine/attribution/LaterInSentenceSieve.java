package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Span;
import java.util.List;

/** A cue later in the same sentence, after other words: "…" in an interview on Monday, the minister said. */
final class LaterInSentenceSieve implements CueSieve {
  private final AttributionContext ctx;
  private final AfterQuoteSieve after;

  LaterInSentenceSieve(AttributionContext ctx, AfterQuoteSieve after) {
    this.ctx = ctx;
    this.after = after;
  }

  @Override
  public String id() {
    return "cue-later";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    Span last = q.marked().get(q.marked().size() - 1);
    if (ctx.paragraphOf(last.start()) != para) {
      return null;
    }
    int limit = Math.min(ctx.sentences(para).endOf(last.end()), ctx.nextQuoteStart(last.end(), para.span().end()));
    return cueLater(last.end(), limit);
  }

  /** A cue further on in the sentence: "…" in Geneva on Monday, the minister said. */
  private Cue cueLater(int from, int to) {
    List<Word> w = ctx.prose(from, to);
    for (int c = 0; c < w.size(); c++) {
      if (w.get(c).text().equals(",")) {
        Cue cue = after.cueAfter(w.get(c).start(), to);
        if (cue != null) {
          return cue;
        }
      }
    }
    return null;
  }
}
