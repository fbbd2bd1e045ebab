package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.NAME_PARTICLES;
import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.QuoteMarkScanner;
import app.verbatim.engine.quotes.Sentences;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A quotation with no cue of its own continues a speaker where the text supports it: the sentence
 * before reports that person's words or gesture, an earlier quotation of the same paragraph, indirect
 * speech just before, or a paragraph of pure quotation after one whose speaker is known.
 */
final class ContinuationSieve implements QuoteSieve {
  private final AttributionContext ctx;
  private final BeforeQuoteSieve before;
  private final Function<Cue, Attribution> resolver;

  ContinuationSieve(AttributionContext ctx, BeforeQuoteSieve before, Function<Cue, Attribution> resolver) {
    this.ctx = ctx;
    this.before = before;
    this.resolver = resolver;
  }

  @Override
  public String id() {
    return "continuation";
  }

  @Override
  public Attribution apply(int index, Cue cue, Attribution a, List<Attribution> done) {
    if (a.person() != null || cue != null) {
      return a;
    }
    FoundQuote q = ctx.quotes().get(index);
    Attribution c = continuation(q, index, done);
    String verb = coordinatedVerb(q);
    if (c.person() != null && c.verb() == null && verb != null) {
      c = new Attribution(c.person(), c.label(), verb);
    }
    return c.person() == null ? c : new Attribution(c.person(), c.label(), c.verb(), id(), null, null);
  }

  /** What a speaker does before speaking, in a sentence of its own: "Ms Brandt smiled. ‘Ask me on Friday.’" */
  private static final Set<String> GESTURES = Lexicon.setOf("gestures.txt");

  /**
   * Paragraphs a page sets between two of the article's own (a photo caption, an "Advertisement" line):
   * a paragraph of pure quotation goes on with the speaker before them, but across nothing else (a
   * heading starts another part, and a wrong speaker is worse than none).
   */
  private static final Set<Section> LAYOUT = Set.of(Section.CAPTION, Section.BOILERPLATE);

  /** How many earlier quotations of its paragraph a quotation looks back through for a speaker. */
  private static final int LOOK_BACK = 50;

  /** The paragraph's text before {@code offset} ends in a colon, blanks aside. */
  private boolean colonBefore(int paraStart, int offset) {
    int i = offset - 1;
    while (i >= paraStart && Character.isWhitespace(ctx.text().charAt(i))) {
      i--;
    }
    return i >= paraStart && ctx.text().charAt(i) == ':';
  }

  /** A quotation with no cue of its own continues the previous speaker where the text supports it. */
  /**
   * The speaker the sentence just before names, when the quotation opens its own sentence right after
   * it: "The 54-year-old union leader … said her members were ready for a long fight. “We have strike
   * funds …”"; null when it names nobody.
   */
  private Person sentenceBefore(FoundQuote q, int index, List<Attribution> done, Paragraph para) {
    Sentences sentences = new Sentences(ctx.text(), para.span().start(), para.span().end(), ctx.quotedIndex());
    int own = sentences.startOf(q.start());
    if (own > para.span().start() && ctx.text().substring(own, q.start()).isBlank()) {
      int stop = own - 1;
      while (stop > para.span().start() && QuoteMarkScanner.isSpace(ctx.text().charAt(stop))) {
        stop--;
      }
      int from = Math.max(sentences.startOf(stop), ctx.previousQuoteEnd(stop, para.span().start()));
      // the sentence before is the cue of the quotation that opens it: "“…,” Varga assured Hale, after Hale
      // praised him. “…”" goes on with Varga, not with a subject further on
      if (index > 0 && ctx.quotes().get(index - 1).paragraph() == q.paragraph()) {
        Attribution prev = done.get(index - 1);
        if (prev.person() != null && prev.cue() != null && prev.cue().offset() >= from && prev.cue().offset() < own
            && "cue-after".equals(prev.cue().sieve())) {
          return prev.person();
        }
      }
      Cue c = before.cueBefore(from, own);
      if (c != null && c.verb() != null && !c.verb().equals("according to")) {
        Attribution a = resolver.apply(c);
        if (a.person() != null) {
          return a.person();
        }
      }
      Person gesturing = gesturing(ctx.prose(from, own));
      if (gesturing != null) {
        return gesturing;
      }
    }
    return null;
  }

  Attribution continuation(FoundQuote q, int index, List<Attribution> done) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    Person inSentenceBefore = sentenceBefore(q, index, done, para);
    if (inSentenceBefore != null) {
      return new Attribution(inSentenceBefore, null, null);
    }
    // introduced by a colon whose sentence names nobody known ("Kang's deputy was more cautious:"):
    // someone else speaks, not the previous quotation's speaker
    if (colonBefore(para.span().start(), q.start())) {
      return Attribution.NONE;
    }
    // an earlier quotation in the same paragraph, already attributed (bounded: a paragraph of thousands
    // of marks must not make every quotation look back at all of them)
    for (int k = index - 1, seen = 0; k >= 0 && seen < LOOK_BACK; k--, seen++) {
      FoundQuote prev = ctx.quotes().get(k);
      if (prev.paragraph() != q.paragraph()) {
        break;
      }
      if (done.get(k).person() != null) {
        return new Attribution(done.get(k).person(), null, null);
      }
    }
    // indirect speech just before, in the same paragraph: Exports have fallen, Marsh said. "…"
    Person speaking = null;
    for (Mention m : ctx.mentions()) {
      if (m.speech() && m.offset() >= para.span().start() && m.offset() < q.start()) {
        speaking = m.person();
      }
    }
    if (speaking != null) {
      return new Attribution(speaking, null, null);
    }

    if (para.section() != Section.BODY || !ctx.mostlyQuoted(para)) {
      return Attribution.NONE;
    }
    // a paragraph of quotation only, right after one whose speaker is known (layout between aside)
    int prevIndex = q.paragraph() - 1;
    while (prevIndex >= 0 && ctx.paragraphs().get(prevIndex).section() != Section.BODY) {
      if (!LAYOUT.contains(ctx.paragraphs().get(prevIndex).section())) {
        return Attribution.NONE;
      }
      prevIndex--;
    }
    if (prevIndex < 0) {
      return Attribution.NONE;
    }
    Span prevSpan = ctx.paragraphs().get(prevIndex).span();
    Person last = null;
    int lastEnd = prevSpan.start();
    for (int k = index - 1; k >= 0; k--) {
      if (ctx.quotes().get(k).paragraph() == prevIndex && done.get(k).person() != null) {
        last = done.get(k).person();
        lastEnd = ctx.quotes().get(k).end();
        break;
      }
      if (ctx.quotes().get(k).paragraph() < prevIndex) {
        break;
      }
    }
    // someone named speaking after that quotation has the floor: "Pak said …“…” Nguyen said the
    // union would consider it." ¶ "…" is Nguyen's
    for (Mention m : ctx.mentions()) {
      if (m.speech() && prevSpan.contains(m.offset()) && m.offset() >= lastEnd) {
        last = m.person();
      }
    }
    return last == null ? Attribution.NONE : new Attribution(last, null, null);
  }

  /**
   * The verb of a cue whose subject is left out because the sentence already named it: "… and urged
   * governments “…”", "…, noting that “…”". Null when there is none.
   */
  private String coordinatedVerb(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    int open = q.start();
    Sentences sentences = new Sentences(ctx.text(), para.span().start(), para.span().end(), ctx.quotedIndex());
    int from = Math.max(sentences.startOf(open), ctx.previousQuoteEnd(open, para.span().start()));
    List<Word> w = ctx.prose(from, open);
    for (int v = w.size() - 1; v >= 0 && v >= w.size() - 6; v--) {
      if (!w.get(v).capitalized() && isCueVerb(w, v)) {
        boolean elided = v == 0 || Set.of("and", ",", "also", "then", "but").contains(w.get(v - 1).bare())
            || w.get(v - 1).text().equals(",");
        return elided ? w.get(v).text() : null;
      }
    }
    return null;
  }

  /** A sentence that ends with a known person's gesture: "…, Ms Brandt smiled." / "Pompeo shrugged." */
  private Person gesturing(List<Word> w) {
    int k = w.size() - 1;
    if (k >= 0 && w.get(k).text().equals(".")) {
      k--;
    }
    if (k < 1 || !GESTURES.contains(w.get(k).bare())) {
      return null;
    }
    int e = k;
    int s = e;
    while (s > 0 && (w.get(s - 1).capitalized() && !w.get(s - 1).isPunct() || NAME_PARTICLES.contains(w.get(s - 1).text()))) {
      s--;
    }
    int t = s;
    while (t < e && isTitle(w.get(t))) {
      t++;
    }
    if (t >= e || !isPersonalNameWord(w.get(t))) {
      return null;
    }
    Person p = ctx.match(w.subList(t, e));
    return p != null && p.personLike ? p : null;
  }
}
