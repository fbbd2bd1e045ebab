package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.engine.quotes.QuoteMark.Role;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations of one document: pairs marks within each paragraph (nested quotes stay inside
 * their quotation), continues multi-paragraph quotations, joins a quotation split by its attribution,
 * bounds an unbalanced mark at its paragraph, marks editorial insertions, and sets scare quotes apart.
 */
public final class QuoteFinder {
  private static final Pattern EDITORIAL = Pattern.compile("\\[[^\\]\\n]*\\]|\\((?:…|\\.\\s?\\.\\s?\\.)\\)|…|\\.\\s?\\.\\s?\\.");
  /** Present-tense verbs that introduce a headline's quotation: "union leader vows to 'stand firm'". */
  private static final java.util.Set<String> HEADLINE_VERBS = java.util.Set.of(
      "vows", "pledges", "promises", "warns", "urges", "insists", "claims", "demands", "calls", "tells",
      "says", "brands", "dismisses", "hails", "slams", "rejects");

  /** A word, optionally followed by "to" or "that", right before the opening mark. */
  /** "the opposition leader calls the summit a ‘costly stage show’": naming something in one's own words. */
  static final Pattern CALLS_IT = Pattern.compile(
      "(?i)(?<!\\b(?:the|of|phone|many|these|those|his|her|their|our|its|my|your|two|three)\\s)"
          + "\\bcalls\\s+(?:[\\p{L}’'-]+\\s+){1,5}$");
  private static final Pattern VERB_THEN_QUOTE = Pattern.compile("(\\p{L}+)(\\s+(to|that))?\\s*$");

  /** Words after a closing mark that start an attribution: ", Ruiz replied", " she said", ", said X". */
  private static final Pattern OWN_CUE = Pattern.compile("^[\\s,\"”’'»“‘«—–-]*\\p{L}");
  private static final Pattern TERM_CUE = Pattern.compile(
      "(?i)(so-called|so called|dubbed|nicknamed|known as|termed|the term|the word|the words|the phrase|"
          + "the slogan|the label|the motto|the hashtag|titled|entitled|headlined|billed as|branded as|"
          + "christened|styled|the notion of|the idea of|the concept of|what (?:he|she|they|it) calls?|"
          + "referred to as|described as a)\\s*[,:]?\\s*$");

  private final QuoteMarkScanner scanner = new QuoteMarkScanner();

  /** Result of a search: quotations of speech, scare quotes, and warnings. */
  public record Found(List<FoundQuote> quotes, List<Span> scareQuotes, List<String> warnings, List<Integer> warningOffsets) {}

  /** A top-level pair (or unclosed opener) in one paragraph. */
  private record Segment(int open, int close, Family family, int paragraph) {
    boolean closed() {
      return close >= 0;
    }
  }

  public Found find(String text, List<Paragraph> paragraphs) {
    List<List<Segment>> perParagraph = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      if (!searchable(para.section())) {
        perParagraph.add(List.of());
        continue;
      }
      perParagraph.add(pair(text, para.span(), p));
    }
    List<List<Span>> chainsMarked = new ArrayList<>();
    List<List<Span>> chainsParts = new ArrayList<>();
    List<Integer> chainParagraph = new ArrayList<>();
    boolean[] consumedFirst = new boolean[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      List<Segment> segs = perParagraph.get(p);
      int paraEnd = paragraphs.get(p).span().end();
      for (int s = 0; s < segs.size(); s++) {
        if (s == 0 && consumedFirst[p]) {
          continue;
        }
        Segment seg = segs.get(s);
        List<Span> marked = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        if (seg.closed()) {
          addPart(text, seg.open(), seg.close(), seg.close() + 1, marked, parts);
        } else {
          addPart(text, seg.open(), paraEnd, paraEnd, marked, parts);
          // multi-paragraph: the next paragraph opens with a mark of the same family
          int q = p;
          Segment cur = seg;
          while (!cur.closed()) {
            int nextP = q + 1;
            // only a quotation that opens as speech runs on: a mark mid-sentence ("known as “the Owl…")
            // left open is a stray, however the next paragraph begins
            boolean opensAsSpeech = cur != seg || opensSpeech(text, paragraphs.get(p).span().start(), seg.open());
            Segment cont = !opensAsSpeech || nextP >= paragraphs.size() ? null
                : continuation(text, paragraphs.get(nextP), perParagraph.get(nextP), cur.family());
            if (cont == null) {
              if (!opensAsSpeech) {
                // a mark left open mid-sentence: say so, but do not guess where a quotation would end
                warnings.add("unbalanced quotation mark mid-sentence; not taken as a quotation");
                offsets.add(cur.open());
                marked.clear();
              } else if (cur.family() == Family.DOUBLE || text.charAt(cur.open()) == '‘') {
                warnings.add("unbalanced quotation mark; quotation ended at the end of its paragraph");
                offsets.add(cur.open());
              } else {
                marked.clear(); // a lone straight single mark is an apostrophe, not a quotation
              }
              break;
            }
            consumedFirst[nextP] = true;
            int end = paragraphs.get(nextP).span().end();
            addPart(text, cont.open(), cont.closed() ? cont.close() : end, cont.closed() ? cont.close() + 1 : end, marked, parts);
            cur = cont;
            q = nextP;
          }
        }
        if (!marked.isEmpty() && !parts.isEmpty()) {
          chainsMarked.add(marked);
          chainsParts.add(parts);
          chainParagraph.add(p);
        }
      }
    }
    return classify(text, paragraphs, chainsMarked, chainsParts, chainParagraph, warnings, offsets);
  }

  private static boolean searchable(Section s) {
    return s == Section.BODY || s == Section.HEADLINE || s == Section.SUBHEADING;
  }

  private static void addPart(String text, int open, int contentEnd, int markedEnd, List<Span> marked, List<Span> parts) {
    int s = open + 1;
    int e = contentEnd;
    while (s < e && QuoteMarkScanner.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && QuoteMarkScanner.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      marked.add(new Span(open, Math.max(markedEnd, e)));
      parts.add(new Span(s, e));
    }
  }

  /**
   * Whether an opening mark stands where a quotation of speech begins: at the start of its paragraph or
   * of a sentence, after a colon or dash, or in a sentence with a reporting verb before it
   * ("Ri said “…", "Varga said the speech was “theatre…").
   */
  static boolean opensSpeech(String text, int paragraphStart, int open) {
    int i = open - 1;
    while (i >= paragraphStart && QuoteMarkScanner.isSpace(text.charAt(i))) {
      i--;
    }
    if (i < paragraphStart) {
      return true;
    }
    char before = text.charAt(i);
    if (":—–,.!?”’»\"'".indexOf(before) >= 0) {
      return true; // after a cue's colon or dash, or at the start of a sentence
    }
    // a reporting verb earlier in the same sentence: "Varga said the speech was “theatre…"
    int sentenceStart = i;
    while (sentenceStart > paragraphStart && ".!?".indexOf(text.charAt(sentenceStart - 1)) < 0) {
      sentenceStart--;
    }
    for (String word : text.substring(sentenceStart, open).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && Lexicon.isVerb(Lexicon.lower(word))) {
        return true;
      }
    }
    return false;
  }

  /** The first segment of a paragraph when it continues a quotation left open before. */
  private static Segment continuation(String text, Paragraph para, List<Segment> segs, Family family) {
    if (para.section() != Section.BODY || segs.isEmpty()) {
      return null;
    }
    Segment first = segs.get(0);
    return first.open() == para.span().start() && first.family() == family ? first : null;
  }

  /** Pairs the marks of one paragraph and returns its top-level segments. */
  private List<Segment> pair(String text, Span para, int p) {
    List<QuoteMark> marks = scanner.scan(text, para.start(), para.end());
    Deque<QuoteMark> stack = new ArrayDeque<>();
    List<Segment> top = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      QuoteMark m = marks.get(i);
      QuoteMark open = nearestOpen(stack, m.family());
      boolean closes = m.role() == Role.CLOSE || m.role() == Role.EITHER && open != null;
      if (closes) {
        if (open == null) {
          continue; // a stray closer (or a plural apostrophe: farmers’)
        }
        if (m.family() == Family.SINGLE && m.maybeApostrophe() && laterCloserFirst(marks, i, stack)) {
          continue;
        }
        while (stack.peek() != open) {
          stack.pop();
        }
        stack.pop();
        if (stack.isEmpty()) {
          top.add(new Segment(open.pos(), m.pos(), m.family(), p));
        }
      } else {
        stack.push(m);
      }
    }
    if (!stack.isEmpty()) {
      // the outermost unclosed opener: a multi-paragraph quotation or an unbalanced mark
      QuoteMark bottom = stack.peekLast();
      boolean insideClosed = top.stream().anyMatch(s -> s.open() < bottom.pos() && s.close() > bottom.pos());
      if (!insideClosed) {
        top.add(new Segment(bottom.pos(), -1, bottom.family(), p));
        top.sort((a, b) -> Integer.compare(a.open(), b.open()));
        // segments after an unclosed opener are inside it
        List<Segment> kept = new ArrayList<>();
        for (Segment s : top) {
          if (s.open() > bottom.pos()) {
            continue;
          }
          kept.add(s);
        }
        return kept;
      }
    }
    return top;
  }

  private static QuoteMark nearestOpen(Deque<QuoteMark> stack, Family family) {
    for (QuoteMark m : stack) {
      if (m.family() == family) {
        return m;
      }
    }
    return null;
  }

  /** A plural apostrophe (farmers’) is followed by the real closing mark before the next opener. */
  private static boolean laterCloserFirst(List<QuoteMark> marks, int i, Deque<QuoteMark> stack) {
    boolean doubleOpenBelow = stack.stream().anyMatch(x -> x.family() == Family.DOUBLE);
    for (int j = i + 1; j < marks.size(); j++) {
      QuoteMark n = marks.get(j);
      if (n.family() == Family.DOUBLE) {
        if (doubleOpenBelow && n.role() != Role.OPEN) {
          return false;
        }
        continue;
      }
      return n.role() != Role.OPEN;
    }
    return false;
  }

  private Found classify(String text, List<Paragraph> paragraphs, List<List<Span>> marked,
      List<List<Span>> parts, List<Integer> paras, List<String> warnings, List<Integer> offsets) {
    List<FoundQuote> quotes = new ArrayList<>();
    List<Span> scare = new ArrayList<>();
    // join quotations split by their attribution: "Let me be clear," she said. "We will…"
    List<List<Span>> m2 = new ArrayList<>();
    List<List<Span>> p2 = new ArrayList<>();
    List<Integer> para2 = new ArrayList<>();
    for (int i = 0; i < marked.size(); i++) {
      if (!m2.isEmpty() && para2.get(para2.size() - 1).equals(paras.get(i))
          && isSplit(text, p2.get(p2.size() - 1), m2.get(m2.size() - 1), marked.get(i), parts.get(i))) {
        List<Span> lm = new ArrayList<>(m2.get(m2.size() - 1));
        List<Span> lp = new ArrayList<>(p2.get(p2.size() - 1));
        lm.addAll(marked.get(i));
        lp.addAll(parts.get(i));
        m2.set(m2.size() - 1, lm);
        p2.set(p2.size() - 1, lp);
        continue;
      }
      m2.add(marked.get(i));
      p2.add(parts.get(i));
      para2.add(paras.get(i));
    }
    List<Span> all = new ArrayList<>();
    for (List<Span> m : m2) {
      all.addAll(m);
    }
    SpanIndex allIndex = new SpanIndex(all);
    for (int i = 0; i < m2.size(); i++) {
      Paragraph para = paragraphs.get(para2.get(i));
      Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), allIndex);
      List<Span> ps = p2.get(i);
      List<Span> ms = m2.get(i);
      int words = 0;
      for (Span s : ps) {
        words += countWords(s.of(text));
      }
      int open = ms.get(0).start();
      int sStart = sentences.startOf(open);
      int sEnd = sentences.endOf(ms.get(ms.size() - 1).end());
      String before = text.substring(sStart, open);
      String after = text.substring(Math.min(ms.get(ms.size() - 1).end(), sEnd), sEnd);
      if (isScare(text, ps, words, before, after, para.section())) {
        for (Span s : ps) {
          scare.add(s);
        }
        continue;
      }
      boolean partial = isPartial(text, ps.get(0), before);
      List<Span> editorial = new ArrayList<>();
      for (Span s : ps) {
        Matcher mm = EDITORIAL.matcher(text).region(s.start(), s.end());
        while (mm.find()) {
          editorial.add(new Span(mm.start(), mm.end()));
        }
      }
      quotes.add(new FoundQuote(ps, ms, para2.get(i), partial, editorial));
    }
    return new Found(quotes, scare, warnings, offsets);
  }

  /**
   * Two quotations in one paragraph are one utterance when only a short attribution stands between
   * them and the first does not end its sentence, or the second continues it in lower case.
   */
  private static boolean isSplit(String text, List<Span> firstParts, List<Span> firstMarked, List<Span> second, List<Span> secondParts) {
    if (firstMarked.get(firstMarked.size() - 1).end() > second.get(0).start()) {
      return false;
    }
    Span last = firstParts.get(firstParts.size() - 1);
    String between = text.substring(firstMarked.get(firstMarked.size() - 1).end(), second.get(0).start()).strip();
    if (between.isEmpty() || between.length() > 200 || between.contains("\n")) {
      return false;
    }
    String[] words = between.replaceAll("^[,;:—–-]+", "").strip().split("\\s+");
    // an attribution that opens with its cue may go on to say who the speaker is: "said Nguyen Thi Lan,
    // the president of the federation, who has led the strike since it began on Feb. 23." (a clause
    // about the occasion, "Pompeo said when pressed on …", still ends the quotation)
    boolean opensWithCue = false;
    for (int k = 0; k < Math.min(4, words.length); k++) {
      opensWithCue |= Lexicon.isVerb(Lexicon.lower(words[k].replaceAll("[^\\p{L}]", "")));
    }
    if (!opensWithCue && between.length() > 80) {
      return false;
    }
    // only an attribution may stand between the parts: "she said," / "said Marsh." — no new clause
    if (!between.matches("(?s).*[,.:;—–]$")
        || between.matches("(?is).*\\b(that|when|while|as|after|before|because|if|whether)\\b.*")) {
      return false;
    }
    if (words.length < 2 || words.length > (opensWithCue ? 30 : 12)) {
      return false;
    }
    // a sentence ends inside and another begins: "Berg said afterwards. Diallo was more upbeat:"
    if (between.replaceAll("\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
        + "Sep|Sept|Oct|Nov|Dec)\\.", "").matches("(?s).*[.!?]\\s+\\S.*")) {
      return false;
    }
    // a long attribution must open with its cue: "Mr Achterberg told the Ledger by phone from Tallmark."
    if (words.length > 7 && !Lexicon.isVerb(Lexicon.lower(words[1].replaceAll("[^\\p{L}]", "")))
        && !(words.length > 2 && Lexicon.isVerb(Lexicon.lower(words[2].replaceAll("[^\\p{L}]", ""))))
        && !Lexicon.isVerb(Lexicon.lower(words[0].replaceAll("[^\\p{L}]", "")))) {
      return false;
    }
    // the second part has its own attribution after it: two speakers, not one split quotation
    int afterSecond = second.get(second.size() - 1).end();
    int lineEnd = text.indexOf('\n', afterSecond);
    String after = text.substring(afterSecond, Math.min(lineEnd < 0 ? text.length() : lineEnd, afterSecond + 60));
    if (OWN_CUE.matcher(after).find()) {
      String[] aw = after.replaceAll("^[\\s,;:\"”’'»“‘«—–-]+", "").split("[^\\p{L}’'-]+");
      for (int k = 0; k < Math.min(4, aw.length); k++) {
        if (Lexicon.isVerb(Lexicon.lower(aw[k]))) {
          return false;
        }
      }
    }
    boolean hasVerb = false;
    for (int k = 0; k < words.length; k++) {
      String w = Lexicon.lower(words[k].replaceAll("[^\\p{L}]", ""));
      if (Lexicon.isVerb(w) || Lexicon.BACK_VERBS.contains(w) && k + 1 < words.length
          && Lexicon.lower(words[k + 1].replaceAll("[^\\p{L}]", "")).equals("back")) {
        hasVerb = true;
      }
    }
    if (!hasVerb) {
      return false;
    }
    // a nested quotation may close with the first part: "… as my predecessor said, 'a promise,'"
    int endAt = last.end() - 1;
    while (endAt > last.start() && "'’\"”".indexOf(text.charAt(endAt)) >= 0) {
      endAt--;
    }
    char endOfFirst = text.charAt(endAt);
    char secondStart = text.charAt(secondParts.get(0).start());
    boolean continues = Character.isLowerCase(secondStart);
    boolean firstOpen = endOfFirst == ',' || endOfFirst == '—' || endOfFirst == '–' || endOfFirst == '-'
        || endOfFirst == '…';
    boolean betweenEndsComma = between.endsWith(",") || between.endsWith(":");
    return firstOpen && (continues || betweenEndsComma || between.endsWith("."));
  }

  private static boolean isScare(String text, List<Span> parts, int words, String before, String after,
      Section section) {
    if (parts.size() > 1) {
      return false;
    }
    String content = parts.get(0).of(text);
    if (words <= 6 && TERM_CUE.matcher(before.stripTrailing()).find()) {
      return true;
    }
    if (section != Section.HEADLINE && isTitle(content, words)) {
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

  /**
   * A title in headline case: two to twelve words, every word of four letters or more capitalized, no
   * sentence punctuation, nobody speaking in person. Body text rarely quotes speech that way.
   */
  static boolean isTitle(String content, int words) {
    if (words < 2 || words > 12 || content.matches("(?s).*[.!?,;:]\\s*$")
        || content.matches("(?s).*\\b(I|we|We|our|Our|us|my|My|me|you|You|your|Your)\\b.*")) {
      return false;
    }
    int long4 = 0;
    for (String w : content.split("[^\\p{L}’'-]+")) {
      if (w.length() >= 4) {
        long4++;
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
    }
    return long4 >= 2;
  }

  static boolean hasCue(String s) {
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

  private static boolean isPartial(String text, Span first, String before) {
    char c = text.charAt(first.start());
    String b = before.stripTrailing();
    return Character.isLowerCase(c) || !b.isEmpty() && Character.isLetterOrDigit(b.charAt(b.length() - 1));
  }

  static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
