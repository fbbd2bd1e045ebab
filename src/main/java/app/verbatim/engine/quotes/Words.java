package app.verbatim.engine.quotes;

import app.verbatim.engine.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words and clause punctuation of the reporter's prose, with offsets, for reading attribution cues. */
public final class Words {
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+");
  /** "(?i)(mr|mrs|…|sr)\\.": a title that keeps its dot, from the lexicon's list. */
  private static final Pattern TITLE_ABBREVIATION =
      Pattern.compile("(?i)(" + String.join("|", Lexicon.TITLE_ABBREVIATIONS) + ")\\.");
  /** An Arabic surname with its article or kinship prefix: al-Mansouri, el-Baz, bin-Salman, abu-Zaid. */
  private static final Pattern PREFIXED_NAME =
      Pattern.compile("(?:al|el|ul|ad|an|ar|as|ash|at|az|ed|bin|ibn|bint|abu)[-‐‑]\\p{Lu}\\p{L}.*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*|[,;:—–()!?]|\\.(?=\\s|$)");

  public record W(String text, int start, int end) {
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
  }

  private Words() {}

  /** Cheaper than the prefix pattern, which only a hyphenated word can match. */
  private static boolean hasHyphen(String t) {
    return t.indexOf('-') > 0 || t.indexOf('‐') > 0 || t.indexOf('‑') > 0;
  }

  public static List<W> of(String text, int from, int to) {
    List<W> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      int e = m.end();
      // a word-final full stop is a sentence end, not part of the word, unless an abbreviation (U.S.)
      if (w.length() > 1 && w.endsWith(".") && !DOTTED.matcher(w).matches()
          && !TITLE_ABBREVIATION.matcher(w).matches()) {
        out.add(new W(w.substring(0, w.length() - 1), m.start(), e - 1));
        out.add(new W(".", e - 1, e));
        continue;
      }
      out.add(new W(w, m.start(), e));
    }
    return out;
  }
}
