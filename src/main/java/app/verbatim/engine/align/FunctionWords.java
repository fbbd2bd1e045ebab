package app.verbatim.engine.align;

import java.util.Set;

/**
 * English function words: they carry grammar, not content, so two quotations sharing only these
 * ("we will not", "in the") share no evidence of being the same passage.
 */
public final class FunctionWords {
  private static final Set<String> WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this",
      "these", "those", "there", "here", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
      "about", "as", "into", "onto", "over", "under", "up", "down", "out", "off", "through", "between",
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has",
      "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
      "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her", "it",
      "its", "they", "them", "their", "who", "whom", "whose", "which", "what", "when", "where", "why",
      "how", "all", "any", "some", "each", "every", "such", "own", "same", "other", "very", "too", "also",
      "just", "only", "even", "still", "now", "again", "more", "most", "much", "many");

  private FunctionWords() {}

  public static boolean isFunctionWord(String key) {
    return WORDS.contains(key);
  }
}
