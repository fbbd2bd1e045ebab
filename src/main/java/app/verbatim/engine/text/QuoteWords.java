package app.verbatim.engine.text;

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

  /** The comparison keys, read-only: a view, not a copy, since the aligner asks for them on every comparison. */
  public List<String> keys() {
    return new Keys(keyed);
  }

  private static final class Keys extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final List<VariantRules.Keyed> keyed;

    Keys(List<VariantRules.Keyed> keyed) {
      this.keyed = keyed;
    }

    @Override
    public String get(int index) {
      return keyed.get(index).key();
    }

    @Override
    public int size() {
      return keyed.size();
    }
  }

  public int size() {
    return keyed.size();
  }

  /** The words of keys [fromKey, toKey) alone, as one part of a quotation that covers several passages. */
  public QuoteWords slice(int fromKey, int toKey) {
    if (fromKey == 0 && toKey == keyed.size()) {
      return this;
    }
    int from = keyed.get(fromKey).from();
    int to = keyed.get(toKey - 1).to();
    List<VariantRules.Keyed> part = new ArrayList<>(toKey - fromKey);
    for (int k = fromKey; k < toKey; k++) {
      VariantRules.Keyed x = keyed.get(k);
      part.add(new VariantRules.Keyed(x.key(), x.from() - from, x.to() - from));
    }
    return new QuoteWords(quote, tokens.subList(from, to), List.copyOf(part));
  }

  /** The document spans the words of keys [fromKey, toKey) cover, cut where the quotation's parts are. */
  public List<Span> spansOf(int fromKey, int toKey) {
    int start = tokens.get(keyed.get(fromKey).from()).start();
    int end = tokens.get(keyed.get(toKey - 1).to() - 1).end();
    List<Span> out = new ArrayList<>();
    for (Span s : quote.spans()) {
      int a = Math.max(s.start(), start);
      int b = Math.min(s.end(), end);
      if (a < b) {
        out.add(new Span(a, b));
      }
    }
    return out;
  }
}
