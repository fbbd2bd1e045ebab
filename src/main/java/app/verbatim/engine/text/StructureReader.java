package app.verbatim.engine.text;

import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an article into paragraphs and says what each is: page furniture, photo caption, headline,
 * subheading or body. The original text is never changed; furniture is only flagged.
 */
public final class StructureReader {
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i).*(\\bis not supported\\b|optimal experience|enable javascript|your browser|\\bcookies?\\b"
          + "|^advertisement$|^ad$|skip to (main )?content|^sign (up|in)\\b|^subscribe\\b|newsletter"
          + "|^all news$|^read more\\b|^related( articles| stories)?:?$|^share (this|on)\\b|^follow us\\b"
          + "|^click here\\b|^log ?in$|^most (read|popular)$|^top stories$|^menu$|^search$|^home$"
          + "|listen to this article|\\bmin read$|^watch:|^video:|^listen:|^story continues below"
          + "|^continue reading|^breaking news$|^latest news$|^trending$|^more from\\b|^copyright\\b"
          + "|all rights reserved).*");
  private static final Pattern CAPTION_START = Pattern.compile(
      "(?i)^(image|photo|picture|caption|credit|photograph|file photo|pictured)s?\\s*[:|].*");
  private static final Pattern CREDIT = Pattern.compile(
      "(?s).*((?<![\\p{L}\\p{M}])©|\\(c\\) |\\bAP Photo\\b|Getty Images|Photo by |\\bvia Getty\\b"
          + "|(?:\\s/\\s?|/)(AP|AFP|Reuters|EPA|EPA-EFE|Bloomberg|Shutterstock|Xinhua|TASS|Sputnik|PA|Alamy|"
          + "ANP|DPA|Anadolu|Zuma|NurPhoto|SOPA)\\b[^.]{0,30}$"
          + "|\\b(AP|AFP|Reuters|EPA|Getty|Xinhua|PA Images|Shutterstock)\\s*/\\s*\\p{Lu}[^.]{0,40}$).*");
  private static final Pattern DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{Lu}\\p{Lu} .'’-]{2,}(,\\s*[^—–\\n]{0,40})?\\s*(\\([^)]{1,30}\\)\\s*)?[—–-]\\s"
          + "|\\p{Lu}[\\p{L} .'’-]{1,40},\\s+\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}\\.\\s*/[^/]{1,20}/"
          + "|\\p{Lu}{3,}[\\p{Lu} ,]*\\s*\\([^)]{1,30}\\)\\s*[-—–:]).*");

  // the line tests below, compiled once (String.matches compiles on every call)
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
  private static final Pattern PROSE_END = Pattern.compile("(?s).*[.!?][\"”’)]?$");
  private static final Pattern SEPARATOR = Pattern.compile(".*\\s[|·•]\\s.*");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?]$");
  private static final Pattern ENDS_QUOTED_SENTENCE = Pattern.compile("(?s).*[.!?,;:…]\\s*[\"”’»']$");
  private static final Pattern CLAUSE_END = Pattern.compile(".*[.!?:;,]$");
  private static final Pattern QUOTE_MARK = Pattern.compile(".*[\"“”«»„].*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Paragraphs of {@code text}; {@code title} (may be null) helps find the headline. */
  public List<Paragraph> read(String text, String title) {
    List<Span> lines = lines(text);
    int n = lines.size();
    Section[] sections = new Section[n];
    for (int i = 0; i < n; i++) {
      String line = lines.get(i).of(text).strip();
      if (isFurniture(line)) {
        sections[i] = Section.BOILERPLATE;
      } else if (isCaption(line)) {
        sections[i] = Section.CAPTION;
      }
    }
    int headline = findHeadline(text, lines, sections, title);
    // short label lines glued to captions ("North Korean Foreign Minister Ri Yong-ho") are captions too
    for (int i = 0; i < n; i++) {
      if (i != headline && sections[i] == null && isLabelLike(lines.get(i).of(text).strip())
          && (neighbour(sections, i - 1) || neighbour(sections, i + 1))) {
        sections[i] = Section.CAPTION;
      }
    }
    int dateline = -1;
    for (int i = headline + 1; i < n; i++) {
      if (sections[i] == null && DATELINE.matcher(lines.get(i).of(text).strip()).matches()) {
        dateline = i;
        break;
      }
    }
    if (headline >= 0) {
      sections[headline] = Section.HEADLINE;
      if (dateline > headline) {
        for (int i = headline + 1; i < dateline; i++) {
          if (sections[i] == null) {
            sections[i] = Section.SUBHEADING;
          }
        }
      } else {
        int next = nextOpen(sections, headline + 1);
        if (next >= 0 && looksLikeStandfirst(lines.get(next).of(text).strip())
            && nextOpen(sections, next + 1) >= 0) {
          sections[next] = Section.SUBHEADING;
        }
      }
    }
    List<Paragraph> out = new ArrayList<>(n);
    int body = 0;
    for (int i = 0; i < n; i++) {
      Section s = sections[i] == null ? Section.BODY : sections[i];
      out.add(new Paragraph(s == Section.BODY ? ++body : 0, lines.get(i), s));
    }
    return out;
  }

  private static boolean neighbour(Section[] sections, int i) {
    return i >= 0 && i < sections.length && sections[i] == Section.CAPTION;
  }

  private static int nextOpen(Section[] sections, int from) {
    for (int i = from; i < sections.length; i++) {
      if (sections[i] == null) {
        return i;
      }
    }
    return -1;
  }

  private static int findHeadline(String text, List<Span> lines, Section[] sections, String title) {
    if (title != null && !title.isBlank()) {
      String t = squash(title);
      for (int i = 0; i < lines.size(); i++) {
        if (sections[i] == null && squash(lines.get(i).of(text)).equals(t)) {
          return i;
        }
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (sections[i] != null) {
        continue;
      }
      String line = lines.get(i).of(text).strip();
      int next = nextOpen(sections, i + 1);
      // navigation crumbs before the headline: "World", "All news"; but a short headline ("Deadlock in
      // Varna") followed by the article's first sentence is the headline, not a crumb
      if (next >= 0 && !hasQuoteMark(line) && !SENTENCE_END.matcher(line).matches()
          && (words(line) <= 3 && !opensTheBody(lines.get(next).of(text).strip()) || isMasthead(line))) {
        sections[i] = Section.BOILERPLATE;
        continue;
      }
      // a headline is a line, not a long paragraph
      return words(line) <= 40 && !DATELINE.matcher(line).matches() ? i : -1;
    }
    return -1;
  }

  /** A paragraph of prose: a sentence of some length that ends as sentences do, which no headline is. */
  private static boolean opensTheBody(String line) {
    return words(line) >= 12 && PROSE_END.matcher(line).matches();
  }

  /**
   * The outlet's name and section above the headline: a short line in capitals ("THE SENTINEL —
   * INTERVIEW") or with separators ("The Northern Chronicle | World", "OSTMARK RADIO · ENGLISH SERVICE").
   */
  private static boolean isMasthead(String line) {
    int w = words(line);
    boolean capitals = line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    return capitals && w <= 5 || w <= 8 && SEPARATOR.matcher(line).matches();
  }

  private static boolean looksLikeStandfirst(String line) {
    int w = words(line);
    // no sentence end: a body paragraph ends in a full stop, also inside a closing mark (.” ?’); a
    // standfirst may end on a quoted phrase (… calls the summit a ‘costly stage show’)
    return w >= 4 && w <= 40 && !ENDS_SENTENCE.matcher(line).matches() && !ENDS_QUOTED_SENTENCE.matcher(line).matches();
  }

  static boolean isFurniture(String line) {
    return words(line) <= 16 && FURNITURE.matcher(line).matches();
  }

  static boolean isCaption(String line) {
    return CAPTION_START.matcher(line).matches() || words(line) <= 60 && CREDIT.matcher(line).matches();
  }

  private static boolean isLabelLike(String line) {
    return words(line) <= 12 && !hasQuoteMark(line) && !CLAUSE_END.matcher(line).matches();
  }

  private static boolean hasQuoteMark(String line) {
    return QUOTE_MARK.matcher(line).matches();
  }

  static int words(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return 0;
    }
    // as t.split("\\s+").length, without a pattern per call: stripped, t has a word before and after
    // every run of (ASCII) white space
    int n = 1;
    boolean inSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && !inSpace) {
        n++;
      }
      inSpace = space;
    }
    return n;
  }

  private static String squash(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whitespace, and the no-break and thin spaces (U+00A0, U+2009, U+202F) that Java does not count as
   * whitespace: a line that opens with one still opens with its first word or mark.
   */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Non-blank lines, trimmed of surrounding whitespace (no-break spaces included). */
  static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int len = text.length();
    while (i <= len) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? len : nl;
      int s = i;
      int e = end;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(s, e));
      }
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    return out;
  }
}
