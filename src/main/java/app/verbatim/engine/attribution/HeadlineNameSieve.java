package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.List;

/**
 * A headline or subheading that names the speaker before the quotation without a colon: Pereira
 * 'ready to talk, but not under threat'.
 */
final class HeadlineNameSieve implements CueSieve {
  private final AttributionContext ctx;

  HeadlineNameSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "headline-name";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    if (para.section() != Section.HEADLINE && para.section() != Section.SUBHEADING) {
      return null;
    }
    List<Word> w = ctx.prose(para.span().start(), q.start());
    if (!w.isEmpty() && w.size() <= 3 && w.stream().allMatch(x -> isPersonalNameWord(x) && !x.possessive())) {
      return new Cue(w, null, w.get(0).start());
    }
    return null;
  }
}
