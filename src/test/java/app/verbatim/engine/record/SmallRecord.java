package app.verbatim.engine.record;

import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/** A made-up record of four sentences, indexed as the record check indexes a speaker's words. */
final class SmallRecord {
  /** Word 0, 8, 20 and 29 start its sentences. */
  static final String TEXT = "We will not sign the treaty this year. The terms have not changed since the spring talks "
      + "in the capital. Our farmers deserve a fair price for their grain. Talks can resume when the other side is "
      + "serious.";
  static final RecordIndex INDEX = index(TEXT);

  private SmallRecord() {}

  /** The record of {@code text}, each paragraph (split at a blank line) one stretch. */
  static RecordIndex index(String text) {
    List<Span> stretches = new ArrayList<>();
    int from = 0;
    for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", from)) {
      stretches.add(new Span(from, at));
      from = at + 2;
    }
    stretches.add(new Span(from, text.length()));
    return new RecordIndex(text, stretches, new Tokenizer(), new VariantRules());
  }
}
