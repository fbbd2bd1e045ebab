package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An article that prints one passage twice (a pull quote, a summary at the top, a video caption) names its
 * speaker often only once: an unattributed quotation of enough words whose words the article quotes again,
 * in the same order, with a speaker takes that speaker, when every such rendering names the same person.
 */
final class RepeatedPassageSieve {
  /** Fewer words than this are too common a phrase to tie two quotations together. */
  private static final int MIN_WORDS = 8;
  /** Words an unattributed quotation may hold beyond the attributed passage inside it (a signature line). */
  private static final int EXTRA_WORDS = 8;

  private final AttributionContext ctx;

  RepeatedPassageSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  void apply(List<Attribution> out) {
    List<List<String>> words = new ArrayList<>();
    for (FoundQuote q : ctx.quotes()) {
      words.add(letterWords(q));
    }
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      // a headline's quotation is the headline echo's to read
      Section section = ctx.paragraphs().get(ctx.quotes().get(i).paragraph()).section();
      if (a.person() != null || a.cue() != null || words.get(i).size() < MIN_WORDS
          || section == Section.HEADLINE || section == Section.SUBHEADING) {
        continue;
      }
      Person found = null;
      int at = -1;
      boolean agree = true;
      for (int j = 0; j < out.size() && agree; j++) {
        Person p = out.get(j).person();
        if (j == i || p == null || !samePassage(words.get(i), words.get(j))) {
          continue;
        }
        agree = found == null || found == p;
        found = p;
        at = j;
      }
      if (found != null && agree) {
        FoundQuote other = ctx.quotes().get(at);
        out.set(i, new Attribution(found, a.label(), a.verb(), "repeated", null, new Span(other.start(), other.end())));
      }
    }
  }

  /** One holds the other in the same order, the shorter being enough words and at most a few words shorter. */
  private static boolean samePassage(List<String> a, List<String> b) {
    List<String> longer = a.size() >= b.size() ? a : b;
    List<String> shorter = longer == a ? b : a;
    return shorter.size() >= MIN_WORDS && longer.size() - shorter.size() <= EXTRA_WORDS
        && Collections.indexOfSubList(longer, shorter) >= 0;
  }

  private List<String> letterWords(FoundQuote q) {
    List<String> words = new ArrayList<>();
    for (Span s : q.parts()) {
      for (String w : s.of(ctx.text()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
