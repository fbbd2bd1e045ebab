package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    // the body's attributed quotations, read once and found by their word triples: comparing every
    // headline quotation with every body quotation was quadratic when a text read as one headline
    Map<List<String>, List<Integer>> byTriple = null;
    List<List<String>> bodyWords = new ArrayList<>();
    for (int i = 0; i < ctx.quotes().size(); i++) {
      Section section = ctx.paragraphs().get(ctx.quotes().get(i).paragraph()).section();
      if (out.get(i).person() != null || section != Section.HEADLINE && section != Section.SUBHEADING) {
        continue;
      }
      List<String> echo = letterWords(ctx.quotes().get(i));
      if (echo.size() < 3) {
        continue;
      }
      if (byTriple == null) {
        byTriple = bodyTriples(out, bodyWords);
      }
      for (int j : byTriple.getOrDefault(echo.subList(0, 3), List.of())) {
        if (java.util.Collections.indexOfSubList(bodyWords.get(j), echo) >= 0) {
          FoundQuote body = ctx.quotes().get(j);
          out.set(i, new Attribution(out.get(j).person(), out.get(i).label(), out.get(i).verb(), "headline-echo",
              out.get(i).cue(), new Span(body.start(), body.end())));
          break;
        }
      }
    }
  }

  /** Each attributed body quotation's index under every word triple it holds, in text order. */
  private Map<List<String>, List<Integer>> bodyTriples(List<Attribution> out, List<List<String>> bodyWords) {
    Map<List<String>, List<Integer>> byTriple = new HashMap<>();
    for (int j = 0; j < ctx.quotes().size(); j++) {
      boolean body = out.get(j).person() != null
          && ctx.paragraphs().get(ctx.quotes().get(j).paragraph()).section() == Section.BODY;
      List<String> words = body ? letterWords(ctx.quotes().get(j)) : List.of();
      bodyWords.add(words);
      for (int k = 0; k + 3 <= words.size(); k++) {
        List<Integer> at = byTriple.computeIfAbsent(words.subList(k, k + 3), t -> new ArrayList<>());
        if (at.isEmpty() || at.get(at.size() - 1) != j) {
          at.add(j);
        }
      }
    }
    return byTriple;
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
