package app.verbatim.engine.align;

import app.verbatim.engine.text.Lexicon;

/**
 * English function words: they carry grammar, not content, so two quotations sharing only these
 * ("we will not", "in the") share no evidence of being the same passage.
 */
public final class FunctionWords {
  private FunctionWords() {}

  public static boolean isFunctionWord(String key) {
    return Lexicon.FUNCTION_WORDS.contains(key);
  }
}
