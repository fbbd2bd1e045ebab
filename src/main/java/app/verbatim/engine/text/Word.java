package app.verbatim.engine.text;

import java.util.regex.Pattern;

/** A word or a clause punctuation mark of the reporter's prose, with its offsets: the tokens attribution reads. */
public record Word(String text, int start, int end) {
  static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+");
  /** An Arabic surname with its article or kinship prefix: al-Mansouri, el-Baz, bin-Salman, abu-Zaid. */
  private static final Pattern PREFIXED_NAME =
      Pattern.compile("(?:al|el|ul|ad|an|ar|as|ash|at|az|ed|bin|ibn|bint|abu)[-‐‑]\\p{Lu}\\p{L}.*");

  public boolean isPunct() {
    return !Character.isLetterOrDigit(text.charAt(0));
  }

  /** Starts with a capital, or is a surname whose lower-case prefix is part of it ("al-Mansouri"). */
  public boolean capitalized() {
    return Character.isUpperCase(text.charAt(0)) || hasHyphen(text) && PREFIXED_NAME.matcher(text).matches();
  }

  /** Lower case, without a possessive ending or a trailing dot. */
  public String bare() {
    String t = text;
    if (t.endsWith("’s") || t.endsWith("'s")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("’") || t.endsWith("'")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith(".") && !DOTTED.matcher(t).matches()) {
      t = t.substring(0, t.length() - 1);
    }
    return Lexicon.lower(t);
  }

  public boolean possessive() {
    return text.endsWith("’s") || text.endsWith("'s") || text.endsWith("s’");
  }

  /** Cheaper than the prefix pattern, which only a hyphenated word can match. */
  private static boolean hasHyphen(String t) {
    return t.indexOf('-') > 0 || t.indexOf('‐') > 0 || t.indexOf('‑') > 0;
  }
}
