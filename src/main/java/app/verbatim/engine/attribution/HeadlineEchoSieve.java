package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A headline's quotation usually repeats words the story quotes in full ("Norvessa pledges to 'open
 * doors…'"): an unattributed headline quotation takes the speaker of the body quotation that contains
 * its words.
 */
final class HeadlineEchoSieve {
  private final AttributionContext ctx;

  HeadlineEchoSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A headline's quotation usually repeats words the story quotes in full ("Norvessa pledges to 'open
   * doors…'"): an unattributed headline quotation takes the speaker of the body quotation that
   * contains its words.
   */
  void apply(List<Attribution> out) {
    for (int i = 0; i < ctx.quotes().size(); i++) {
      Section section = ctx.paragraphs().get(ctx.quotes().get(i).paragraph()).section();
      if (out.get(i).person() != null || section != Section.HEADLINE && section != Section.SUBHEADING) {
        continue;
      }
      List<String> echo = letterWords(ctx.quotes().get(i));
      if (echo.size() < 3) {
        continue;
      }
      for (int j = 0; j < ctx.quotes().size(); j++) {
        if (out.get(j).person() != null && ctx.paragraphs().get(ctx.quotes().get(j).paragraph()).section() == Section.BODY
            && java.util.Collections.indexOfSubList(letterWords(ctx.quotes().get(j)), echo) >= 0) {
          FoundQuote body = ctx.quotes().get(j);
          out.set(i, new Attribution(out.get(j).person(), out.get(i).label(), out.get(i).verb(), "headline-echo",
              out.get(i).cue(), new Span(body.start(), body.end())));
          break;
        }
      }
    }
  }

  private List<String> letterWords(FoundQuote q) {
    List<String> words = new ArrayList<>();
    for (Span s : q.parts()) {
      for (String w : s.of(ctx.text()).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
