package app.verbatim.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits text into word tokens with their offsets. The one tokenizer of the engine, in two modes: content
 * tokens keyed for comparison ({@link #tokenize}), and words with clause punctuation for reading who speaks
 * ({@link #withPunctuation}).
 */
public final class Tokenizer {
  private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");
  private static final java.util.regex.Pattern TITLE_ABBREVIATION =
      java.util.regex.Pattern.compile("(?i)(" + String.join("|", Lexicon.TITLE_ABBREVIATIONS) + ")\\.");
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
      "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*|[,;:—–()!?]|\\.(?=\\s|$)");
  private final VariantRules rules;

  public Tokenizer(VariantRules rules) {
    this.rules = rules;
  }

  public Tokenizer() {
    this(new VariantRules());
  }

  /** Tokens of {@code text} between {@code from} and {@code to}; pure punctuation yields none. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && isBreak(text, i, to)) {
        i++;
      }
      int s = i;
      while (i < to && !isBreak(text, i, to)) {
        i++;
      }
      if (i > s) {
        addToken(text, s, i, out);
      }
    }
    return out;
  }

  /**
   * The punctuation-keeping mode, for reading attribution cues: words and clause punctuation (, ; : — ( ) ! ?)
   * with offsets; a sentence's final full stop is a token of its own, an abbreviation's dot stays on it.
   */
  public static List<Word> withPunctuation(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      int e = m.end();
      // a word-final full stop is a sentence end, not part of the word, unless an abbreviation (U.S.)
      if (w.length() > 1 && w.endsWith(".") && !Word.DOTTED.matcher(w).matches()
          && !TITLE_ABBREVIATION.matcher(w).matches()) {
        out.add(new Word(w.substring(0, w.length() - 1), m.start(), e - 1));
        out.add(new Word(".", e - 1, e));
        continue;
      }
      out.add(new Word(w, m.start(), e));
    }
    return out;
  }

  public List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  private void addToken(String text, int s, int e, List<Token> out) {
    int cs = s;
    int ce = e;
    while (cs < ce && !Character.isLetterOrDigit(text.codePointAt(cs))) {
      cs += Character.charCount(text.codePointAt(cs));
    }
    while (ce > cs && !Character.isLetterOrDigit(text.codePointBefore(ce))) {
      ce -= Character.charCount(text.codePointBefore(ce));
    }
    if (cs >= ce) {
      return;
    }
    String core = text.substring(cs, ce);
    // keep the final dot of abbreviations such as U.S. or U.N.
    if (ce < e && text.charAt(ce) == '.' && ABBREVIATION.matcher(core).matches()) {
      core = core + ".";
    }
    out.add(new Token(s, e, text.substring(s, e), core, rules.key(core)));
  }

  /** Whitespace, and dashes/ellipses that glue words together without spaces ("peace—and"). */
  private static boolean isBreak(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return true;
    }
    if (c == '—' || c == '–' || c == '…') {
      return true;
    }
    // "..." glued between words
    return c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.'
        || c == '.' && i > 0 && text.charAt(i - 1) == '.' && i + 1 < to && text.charAt(i + 1) == '.'
        || c == '.' && i > 1 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.';
  }
}
