package app.verbatim.engine.quotes;

import app.verbatim.engine.text.Lexicon;
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
  private static final Set<String> HEADLINE_VERBS = Lexicon.setOf("headline-verbs.txt");

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

  /** Reporter's words after the closing mark that attach to it: [,] Name Name verb… */
  private static final Pattern ATTACHED_AFTER =
      Pattern.compile("\\s*[,:—–-]?\\s*(\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}(\\p{Ll}+\\s+)?\\p{Ll}+");
  /**
   * A byline right after the closing mark of a title that keeps the sentence's comma: "“…,” by Dana
   * Ilves", "“…,” by the Courier's Tomas Varga" (not a passive's agent: "“…” by Varga last week").
   */
  private static final Pattern BYLINE_AFTER = Pattern.compile("\\s*by\\s+(?:the\\s+)?(?:"
      + "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}\\p{Lu}[\\p{L}.-]*(?:\\s*[:,.;]|\\s*$|\\s+http)" // two names or more
      + "|\\p{Lu}[\\p{L}.-]*['’]s?\\s)"); // an outlet's possessive: "by the Courier's"
  /** Prepositions before a headline's quoted words that make them a term: "calls from ‘worried parents’". */
  private static final Set<String> TERM_PREPOSITIONS = Lexicon.setOf("headline-term-prepositions.txt");
  /** "to" right before the opening mark: the quotation is an infinitive the speaker used. */
  private static final Pattern INFINITIVE_BEFORE = Pattern.compile("\\bto\\s*$");
  /** How many characters next to a mark the cue patterns read; every cue they know is shorter. */
  private static final int NEAR = 160;
  /** The longest term cue ("what they call", "referred to as") with room for blanks and a comma. */
  private static final int NEAR_TERM = 48;

  private final HeadlineCaseTitleRule titles = new HeadlineCaseTitleRule();

  private static final Pattern ENDS_IN_STOP = Pattern.compile("(?s).*[,.]\\s*$"); // compiled once

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
    // the patterns that read the words next to the marks see only those words: matched against a
    // whole sentence of a text without spaces, they cost the square of its length for every mark
    String near = tail(before, NEAR);
    if (words <= 6 && TERM_CUE.matcher(tail(before.stripTrailing(), NEAR_TERM)).find()) {
      return true;
    }
    if (ENDS_IN_STOP.matcher(content).matches()
        && BYLINE_AFTER.matcher(after.length() > NEAR_TERM ? after.substring(0, NEAR_TERM) : after).lookingAt()) {
      return true; // “Port to close in spring,” by Dana Ilves: the title of a piece, with its author
    }
    if (section != Section.HEADLINE && (titles.isTitle(content, words)
        || titles.isWorkTitle(content, words, tail(before, NEAR_TERM)))) {
      return true; // 'Financial Stability in Uncertain Times': the name of a report, book or film
    }
    if (words >= 5) {
      return false;
    }
    boolean attached = ATTACHED_AFTER.matcher(after.length() > NEAR ? after.substring(0, NEAR) : after).lookingAt()
        && hasCue(after.length() > 60 ? after.substring(0, 60) : after)
        || endsWithClausePunctuation(before) && hasCue(before);
    // right after its reporting verb, even one or two words are the speaker's: vows to 'stand firm'
    // (in body text only with "to"/"that" after the verb: "the proposed 'green corridor'" is a term)
    Matcher vq = VERB_THEN_QUOTE.matcher(near);
    boolean afterVerb = vq.find() && (section == Section.HEADLINE || vq.group(3) != null)
        && (Lexicon.isVerb(Lexicon.lower(vq.group(1))) || HEADLINE_VERBS.contains(Lexicon.lower(vq.group(1))));
    if (words <= 2) {
      return !attached && !afterVerb;
    }
    // three or four words: speech if a reporting cue stands in the sentence or it speaks in person; a
    // headline marks only quotations, and a quoted infinitive (pledged to “tear the fence down”) is words said
    boolean cue = hasCue(before) || hasCue(after) || CALLS_IT.matcher(near).find()
        || section == Section.HEADLINE && !TERM_PREPOSITIONS.contains(Lexicon.lower(lastWord(near)))
        || Character.isLowerCase(content.charAt(0)) && INFINITIVE_BEFORE.matcher(near).find();
    boolean personal = content.matches("(?i).*\\b(i|we|our|us|my|me|you|your)\\b.*");
    boolean sentenceInside = content.matches("(?s).*[.!?,]$");
    return !(cue || personal || sentenceInside || section == Section.HEADLINE && attached);
  }

  /** The last word of {@code s}, or "". */
  private static String lastWord(String s) {
    int e = s.length();
    while (e > 0 && !Character.isLetter(s.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(b, e);
  }

  private static String tail(String s, int n) {
    return s.length() > n ? s.substring(s.length() - n) : s;
  }

  /** "… he said:" or "…, " right before the opening mark. */
  private static boolean endsWithClausePunctuation(String s) {
    int i = s.length() - 1;
    while (i >= 0 && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) { // what regex \s matches
      i--;
    }
    return i >= 0 && (s.charAt(i) == ':' || s.charAt(i) == ',');
  }

  /** A reporting verb among the words, or "according to". */
  static boolean hasCue(String s) {
    if (s.toLowerCase(Locale.ROOT).contains("according to")) {
      return true;
    }
    // the runs of letters, read by hand: splitting with a pattern compiled for every call dominated
    // the cost of a text with many marks
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i > start && Lexicon.isVerb(Lexicon.lower(s.substring(start, i)))) {
        return true;
      }
    }
    return false;
  }

}
