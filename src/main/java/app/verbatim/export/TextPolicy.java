package app.verbatim.export;

import java.util.function.IntPredicate;

/**
 * What article text may contain once it is in a report. Text always goes into the document as text
 * nodes (never parsed as markup); this policy also drops characters no renderer should see (C0
 * controls, non-characters, lone surrogates) and, for the PDF, replaces characters none of the
 * embedded fonts can draw with a visible placeholder instead of letting them vanish.
 */
final class TextPolicy {
  /** Shown for a character the PDF's fonts cannot draw. */
  static final String PLACEHOLDER = "\u25A1";
  /** Shown for a control character or broken UTF-16 in the article. */
  static final String INVALID = "\uFFFD";

  private final IntPredicate drawable;
  private int missing;
  private int rightToLeft;

  private TextPolicy(IntPredicate drawable) {
    this.drawable = drawable;
  }

  /** For HTML and CSV: the reader's own fonts draw what they can. */
  static TextPolicy anyGlyph() {
    return new TextPolicy(cp -> true);
  }

  /** For the PDF: only what the embedded fonts cover is drawn. */
  static TextPolicy glyphsOf(IntPredicate drawable) {
    return new TextPolicy(drawable);
  }

  /** Runs of characters that are kept as text, or replaced, for one piece of article text. */
  interface Sink {
    void text(String s);

    void missing(String placeholder, String original);
  }

  void write(String s, Sink sink) {
    StringBuilder keep = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int cp;
      int width;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(i + 1));
        width = 2;
      } else {
        cp = c;
        width = 1;
      }
      if (isRightToLeft(cp)) {
        rightToLeft++;
      }
      if (!allowed(cp)) {
        keep.append(INVALID);
      } else if (isFormatting(cp) || drawable.test(cp)) {
        keep.appendCodePoint(cp);
      } else {
        if (keep.length() > 0) {
          sink.text(keep.toString());
          keep.setLength(0);
        }
        int j = i;
        StringBuilder run = new StringBuilder();
        StringBuilder orig = new StringBuilder();
        while (j < s.length()) {
          int cj = s.codePointAt(j);
          if (!allowed(cj) || isFormatting(cj) || drawable.test(cj) || Character.isWhitespace(cj)) {
            break;
          }
          run.append(PLACEHOLDER);
          orig.appendCodePoint(cj);
          missing++;
          j += Character.charCount(cj);
        }
        sink.missing(run.toString(), orig.toString());
        i = j;
        continue;
      }
      i += width;
    }
    if (keep.length() > 0) {
      sink.text(keep.toString());
    }
  }

  /** Plain text with invalid characters replaced (for attributes, CSV and titles). */
  String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (allowed(cp)) {
        b.appendCodePoint(cp);
      } else {
        b.append(INVALID);
      }
    });
    return b.toString();
  }

  /** How many characters were replaced by the placeholder so far. */
  int missingCount() {
    return missing;
  }

  /** How many right-to-left letters (Arabic, Hebrew…) were written so far. */
  int rightToLeftCount() {
    return rightToLeft;
  }

  private static boolean isRightToLeft(int cp) {
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  private static boolean allowed(int cp) {
    if (cp == '\n' || cp == '\t' || cp == '\r') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      return false;
    }
    if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
      return false;
    }
    return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF);
  }

  /** Zero-width and layout characters need no glyph. */
  private static boolean isFormatting(int cp) {
    return Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT;
  }
}
