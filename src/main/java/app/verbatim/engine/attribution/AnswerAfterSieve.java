package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A paragraph of pure quotation followed by one that opens "That was X's answer". */
final class AnswerAfterSieve implements CueSieve {
  private final AttributionContext ctx;

  AnswerAfterSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "answer-after";
  }

  @Override
  public Cue find(FoundQuote q) {
    return answerAfter(q, ctx.paragraphs().get(q.paragraph()));
  }

  /** Nouns for what someone said: "That was Jakob Brill’s answer." */
  private static final Set<String> ANSWER_NOUNS = Lexicon.setOf("answer-nouns.txt");

  /**
   * A paragraph of pure quotation whose next paragraph opens "That was Jakob Brill’s answer" (or
   * "This is …'s reply"): the name that paragraph gives.
   */
  private Cue answerAfter(FoundQuote q, Paragraph para) {
    Span last = q.marked().get(q.marked().size() - 1);
    int pi = q.paragraph();
    if (para.section() != Section.BODY || pi + 1 >= ctx.paragraphs().size()
        || !ctx.text().substring(para.span().start(), q.start()).isBlank()
        || ctx.paragraphOf(last.start()) != para || !ctx.text().substring(last.end(), para.span().end()).isBlank()) {
      return null;
    }
    Paragraph next = ctx.paragraphs().get(pi + 1);
    if (next.section() != Section.BODY) {
      return null;
    }
    List<Word> w = ctx.prose(next.span().start(), next.span().end());
    if (w.size() < 4 || !Set.of("that", "this", "such").contains(w.get(0).bare()) || !w.get(0).capitalized()
        || !Set.of("was", "is").contains(w.get(1).bare())) {
      return null;
    }
    int k = 2;
    List<Word> run = new ArrayList<>();
    while (k < w.size() && w.get(k).capitalized() && !w.get(k).isPunct() && run.size() < 5) {
      Word x = w.get(k++);
      if (x.possessive()) {
        String t = x.text();
        run.add(new Word(t.substring(0, t.length() - 2), x.start(), x.end() - 2));
        break;
      }
      run.add(x);
    }
    if (run.isEmpty() || k >= w.size() || !w.get(k - 1).possessive() || !ANSWER_NOUNS.contains(w.get(k).bare())
        || run.stream().noneMatch(CueGrammar::isPersonalNameWord)) {
      return null;
    }
    return new Cue(run, null, run.get(0).start());
  }
}
