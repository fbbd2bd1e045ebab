package app.verbatim.engine.quotes;

import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets scare quotes apart from quotations of speech: a short term after "so-called" and its kin, a title
 * in headline case outside the headline, and one to four words with no speech cue around them.
 */
final class ScareQuoteRule {
  /** Present-tense verbs that introduce a headline's quotation: "union leader vows to 'stand firm'". */
  private static final Set<String> HEADLINE_VERBS = Set.of(
      "vows", "pledges", "promises", "warns", "urges", "insists", "claims", "demands", "calls", "tells",
      "says", "brands", "dismisses", "hails", "slams", "rejects");

  /** "the opposition leader calls the summit a ‘costly stage show’": naming something in one's own words. */
  private static final Pattern CALLS_IT = Pattern.compile(
      "(?i)(?<!\\b(?:the|of|phone|many|these|those|his|her|their|our|its|my|your|two|three)\\s)"
          + "\\bcalls\\s+(?:[\\p{L}’'-]+\\s+){1,5}$");
  /** A word, optionally followed by "to" or "that", right before the opening mark. */
  private static final Pattern VERB_THEN_QUOTE = Pattern.compile("(\\p{L}+)(\\s+(to|that))?\\s*$");
  private static final Pattern TERM_CUE = Pattern.compile(
      "(?i)(so-called|so called|dubbed|nicknamed|known as|termed|the term|the word|the words|the phrase|"
          + "the slogan|the label|the motto|the hashtag|titled|entitled|headlined|billed as|branded as|"
          + "christened|styled|the notion of|the idea of|the concept of|what (?:he|she|they|it) calls?|"
          + "referred to as|described as a)\\s*[,:]?\\s*$");

  private final HeadlineCaseTitleRule titles = new HeadlineCaseTitleRule();

  /**
   * Whether a quotation is a scare quote rather than speech.
   *
   * @param parts   its quoted parts (a quotation in two parts is always speech)
   * @param words   the number of words in its parts
   * @param before  the reporter's words from its sentence start to the opening mark
   * @param after   the reporter's words from its closing mark to its sentence end
   * @param section where its paragraph stands
   */
  boolean isScare(String text, List<Span> parts, int words, String before, String after, Section section) {
    if (parts.size() > 1) {
      return false;
    }
    String content = parts.get(0).of(text);
    if (words <= 6 && TERM_CUE.matcher(before.stripTrailing()).find()) {
      return true;
    }
    if (section != Section.HEADLINE && titles.isTitle(content, words)) {
      return true; // 'Financial Stability in Uncertain Times': the name of a report, book or film
    }
    if (words >= 5) {
      return false;
    }
    boolean cue = hasCue(before) || hasCue(after) || CALLS_IT.matcher(before).find();
    boolean attached = after.matches("(?s)^\\s*[,:—–-]?\\s*(\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}(\\p{Ll}+\\s+)?\\p{Ll}+.*")
        && hasCue(after.length() > 60 ? after.substring(0, 60) : after)
        || before.matches("(?s).*[:,]\\s*$") && hasCue(before);
    // right after its reporting verb, even one or two words are the speaker's: vows to 'stand firm'
    // (in body text only with "to"/"that" after the verb: "the proposed 'green corridor'" is a term)
    Matcher vq = VERB_THEN_QUOTE.matcher(before);
    boolean afterVerb = vq.find() && (section == Section.HEADLINE || vq.group(3) != null)
        && (Lexicon.isVerb(Lexicon.lower(vq.group(1))) || HEADLINE_VERBS.contains(Lexicon.lower(vq.group(1))));
    if (words <= 2) {
      return !attached && !afterVerb;
    }
    // three or four words: speech if a reporting cue stands in the sentence or it speaks in person
    boolean personal = content.matches("(?i).*\\b(i|we|our|us|my|me|you|your)\\b.*");
    boolean sentenceInside = content.matches("(?s).*[.!?,]$");
    return !(cue || personal || sentenceInside || section == Section.HEADLINE && attached);
  }

  /** A reporting verb among the words, or "according to". */
  private static boolean hasCue(String s) {
    if (s.toLowerCase(Locale.ROOT).contains("according to")) {
      return true;
    }
    for (String w : s.split("[^\\p{L}]+")) {
      if (!w.isEmpty() && Lexicon.isVerb(Lexicon.lower(w))) {
        return true;
      }
    }
    return false;
  }
}
