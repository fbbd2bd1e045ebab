package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.MarkPairing.MarkSegment;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of one document: pairs marks within each paragraph (nested quotes stay inside
 * their quotation), continues multi-paragraph quotations, joins a quotation split by its attribution,
 * bounds an unbalanced mark at its paragraph, marks editorial insertions, and sets scare quotes apart.
 * Each step is a rule of its own in this package; this class applies them in order.
 */
public final class QuoteFinder {
  private final MarkPairing pairing = new MarkPairing();
  private final MultiParagraphRule multiParagraph = new MultiParagraphRule();
  private final UnbalancedMarkRule unbalanced = new UnbalancedMarkRule();
  private final SplitQuoteRule split = new SplitQuoteRule();
  private final ScareQuoteRule scareQuotes = new ScareQuoteRule();
  private final PartialQuoteRule partialQuotes = new PartialQuoteRule();
  private final EditorialInsertionRule editorialInsertions = new EditorialInsertionRule();
  private final MarkupAttributeRule markup = new MarkupAttributeRule();

  /** Result of a search: quotations of speech, scare quotes, and warnings. */
  public record Found(List<FoundQuote> quotes, List<Span> scareQuotes, List<String> warnings, List<Integer> warningOffsets) {}

  public Found find(String original, List<Paragraph> paragraphs) {
    // ''We are ready,'' she said: read each pair of apostrophes as one double mark
    String text = DoubledApostrophes.asDoubleMarks(original);
    List<List<MarkSegment>> perParagraph = pairAll(text, paragraphs);
    List<String> warnings = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    List<QuoteChain> chains = new ArrayList<>();
    boolean[] consumedFirst = new boolean[paragraphs.size()];
    for (int p = 0; p < paragraphs.size(); p++) {
      List<MarkSegment> segs = perParagraph.get(p);
      int paraEnd = paragraphs.get(p).span().end();
      for (int s = 0; s < segs.size(); s++) {
        if (s == 0 && consumedFirst[p]) {
          continue;
        }
        MarkSegment seg = segs.get(s);
        List<Span> marked = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        if (seg.closed()) {
          addPart(original, text, seg.open(), seg.close(), seg.close() + 1, marked, parts);
        } else {
          addPart(original, text, seg.open(), paraEnd, paraEnd, marked, parts);
          // multi-paragraph: the next paragraph opens with a mark of the same family
          int q = p;
          MarkSegment cur = seg;
          while (!cur.closed()) {
            int nextP = q + 1;
            // only a quotation that opens as speech runs on: a mark mid-sentence ("known as “the Owl…")
            // left open is a stray, however the next paragraph begins
            boolean opensAsSpeech = cur != seg || multiParagraph.opensSpeech(text, paragraphs.get(p).span().start(), seg.open());
            MarkSegment cont = !opensAsSpeech || nextP >= paragraphs.size() ? null
                : multiParagraph.continuation(paragraphs.get(nextP), perParagraph.get(nextP), cur.family());
            if (cont == null) {
              UnbalancedMarkRule.Verdict verdict = unbalanced.judge(text, cur, opensAsSpeech);
              if (verdict.warning() != null) {
                warnings.add(verdict.warning());
                offsets.add(cur.open());
              }
              if (!verdict.kept()) {
                marked.clear();
              }
              break;
            }
            consumedFirst[nextP] = true;
            int end = paragraphs.get(nextP).span().end();
            addPart(original, text, cont.open(), cont.closed() ? cont.close() : end, cont.closed() ? cont.close() + 1 : end,
                marked, parts);
            cur = cont;
            q = nextP;
          }
        }
        if (!marked.isEmpty() && !parts.isEmpty()) {
          chains.add(new QuoteChain(marked, parts, p));
        }
      }
    }
    return classify(text, paragraphs, chains, warnings, offsets);
  }

  /** The top-level mark segments of each paragraph (none where quotations are never searched for). */
  private List<List<MarkSegment>> pairAll(String text, List<Paragraph> paragraphs) {
    List<List<MarkSegment>> perParagraph = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      perParagraph.add(searchable(para.section()) ? pairing.pair(text, para.span(), p) : List.of());
    }
    return perParagraph;
  }

  private static boolean searchable(Section s) {
    return s == Section.BODY || s == Section.HEADLINE || s == Section.SUBHEADING;
  }

  private static void addPart(String original, String scan, int open, int contentEnd, int markedEnd, List<Span> marked,
      List<Span> parts) {
    int s = open + 1;
    int e = contentEnd;
    while (s < e && QuoteMarkScanner.isSpace(scan.charAt(s))) {
      s++;
    }
    while (e > s && QuoteMarkScanner.isSpace(scan.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      marked.add(DoubledApostrophes.widen(original, new Span(open, Math.max(markedEnd, e))));
      parts.add(new Span(s, e));
    }
  }

  private Found classify(String text, List<Paragraph> paragraphs, List<QuoteChain> found, List<String> warnings,
      List<Integer> offsets) {
    List<FoundQuote> quotes = new ArrayList<>();
    List<Span> scare = new ArrayList<>();
    // join quotations split by their attribution: "Let me be clear," she said. "We will…"
    List<QuoteChain> chains = split.join(text, found);
    List<Span> all = new ArrayList<>();
    for (QuoteChain c : chains) {
      all.addAll(c.marked());
    }
    SpanIndex allIndex = new SpanIndex(all);
    for (QuoteChain c : chains) {
      if (markup.isAttribute(text, c.marked().get(0).start())) {
        continue; // neither speech nor a scare quote: a value in markup
      }
      Paragraph para = paragraphs.get(c.paragraph());
      Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), allIndex);
      List<Span> ps = c.parts();
      List<Span> ms = c.marked();
      int words = 0;
      for (Span s : ps) {
        words += countWords(s.of(text));
      }
      int open = ms.get(0).start();
      int sStart = sentences.startOf(open);
      int sEnd = sentences.endOf(ms.get(ms.size() - 1).end());
      String before = text.substring(sStart, open);
      String after = text.substring(Math.min(ms.get(ms.size() - 1).end(), sEnd), sEnd);
      if (scareQuotes.isScare(text, ps, words, before, after, para.section())) {
        scare.addAll(ps);
        continue;
      }
      boolean partial = partialQuotes.isPartial(text, ps.get(0), before);
      quotes.add(new FoundQuote(ps, ms, c.paragraph(), partial, editorialInsertions.find(text, ps)));
    }
    return new Found(quotes, scare, warnings, offsets);
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
