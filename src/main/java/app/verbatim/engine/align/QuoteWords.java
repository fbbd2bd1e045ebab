package app.verbatim.engine.align;

import app.verbatim.engine.text.Token;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Quote;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of one quotation ready for comparison: the speaker's words (editorial insertions left
 * out) and their comparison keys, two-word units (United States) joined.
 */
public record QuoteWords(Quote quote, List<Token> tokens, List<VariantRules.Keyed> keyed) {

  public static QuoteWords of(Quote quote, List<Token> allTokens, VariantRules rules) {
    List<Token> words = new ArrayList<>();
    for (Token t : allTokens) {
      if (!inEditorial(quote, t)) {
        words.add(t);
      }
    }
    return new QuoteWords(quote, List.copyOf(words), List.copyOf(rules.keyed(words)));
  }

  static boolean inEditorial(Quote quote, Token t) {
    for (Span e : quote.editorial()) {
      if (t.start() < e.end() && e.start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  public List<String> keys() {
    List<String> k = new ArrayList<>(keyed.size());
    for (VariantRules.Keyed x : keyed) {
      k.add(x.key());
    }
    return k;
  }

  public int size() {
    return keyed.size();
  }
}
