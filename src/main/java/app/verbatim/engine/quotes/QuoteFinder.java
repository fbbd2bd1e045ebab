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
  private final SentenceRunsRule sentenceRuns = new SentenceRunsRule();
  private final HeadlineCaseTitleRule titleCase = new HeadlineCaseTitleRule();

  /** Result of a search: quotations of speech, scare quotes, and warnings. */
  public record Found(List<FoundQuote> quotes, List<Span> scareQuotes, List<String> warnings, List<Integer> warningOffsets) {}

  /** What one search reads and gathers: the text as written and as scanned, and the warnings so far. */
  private record Scan(String original, String text, List<Paragraph> paragraphs, List<List<MarkSegment>> perParagraph,
      boolean[] consumedFirst, List<String> warnings, List<Integer> offsets) {}

  public Found find(String original, List<Paragraph> paragraphs) {
    // ''We are ready,'' she said: read each pair of apostrophes as one double mark
    String text = DoubledApostrophes.asDoubleMarks(original);
    Scan sc = new Scan(original, text, paragraphs, pairAll(text, paragraphs), new boolean[paragraphs.size()],
        new ArrayList<>(), new ArrayList<>());
    List<QuoteChain> chains = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<MarkSegment> segs = sc.perParagraph().get(p);
      int paraEnd = paragraphs.get(p).span().end();
      for (int s = 0; s < segs.size(); s++) {
        if (s == 0 && sc.consumedFirst()[p]) {
          continue;
        }
        MarkSegment seg = segs.get(s);
        List<Span> marked = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        if (seg.closed()) {
          addPart(original, text, seg.open(), seg.close(), seg.close() + 1, marked, parts);
        } else {
          addPart(original, text, seg.open(), paraEnd, paraEnd, marked, parts);
          runOn(sc, p, seg, marked, parts);
        }
        if (!marked.isEmpty() && !parts.isEmpty()) {
          chains.add(new QuoteChain(marked, parts, p));
        }
      }
    }
    return classify(text, paragraphs, chains, sc.warnings(), sc.offsets());
  }

  /**
   * Runs a quotation left open at the end of paragraph {@code p} on into the paragraphs that continue
   * it (each opening with a mark of its family); clears {@code marked} when it is a stray, not taken.
   */
  private void runOn(Scan sc, int p, MarkSegment seg, List<Span> marked, List<Span> parts) {
    List<Paragraph> paragraphs = sc.paragraphs();
    String text = sc.text();
    int q = p;
    MarkSegment cur = seg;
    while (!cur.closed()) {
      int nextP = q + 1;
      // only a quotation that opens as speech runs on: a mark mid-sentence ("known as “the Owl…") left
      // open is a stray, however the next paragraph begins
      boolean opensAsSpeech = cur != seg || multiParagraph.opensSpeech(text, paragraphs.get(p).span().start(), seg.open());
      MarkSegment cont = !opensAsSpeech || nextP >= paragraphs.size() ? null
          : multiParagraph.continuation(paragraphs.get(nextP), sc.perParagraph().get(nextP), cur.family());
      if (cont != null && ownAttribution(sc, nextP)) {
        return; // “…¶“…,” she said. “…”: the next paragraph is a quotation of its own, split by its cue
      }
      if (cont == null) {
        UnbalancedMarkRule.Verdict verdict = unbalanced.judge(text, cur, opensAsSpeech);
        if (verdict.warning() != null) {
          sc.warnings().add(verdict.warning());
          sc.offsets().add(cur.open());
        }
        if (!verdict.kept()) {
          marked.clear();
        }
        return;
      }
      sc.consumedFirst()[nextP] = true;
      int end = paragraphs.get(nextP).span().end();
      addPart(sc.original(), text, cont.open(), cont.closed() ? cont.close() : end, cont.closed() ? cont.close() + 1 : end,
          marked, parts);
      cur = cont;
      q = nextP;
    }
  }

  /** Whether paragraph {@code p} opens with a quotation split by its own attribution: “…,” she said. “…” */
  private boolean ownAttribution(Scan sc, int p) {
    List<MarkSegment> segs = sc.perParagraph().get(p);
    if (segs.size() < 2 || !segs.get(0).closed() || !segs.get(1).closed()) {
      return false;
    }
    QuoteChain first = single(sc, segs.get(0), p);
    QuoteChain second = single(sc, segs.get(1), p);
    return !first.parts().isEmpty() && !second.parts().isEmpty() && split.joins(sc.text(), first, second);
  }

  private static QuoteChain single(Scan sc, MarkSegment m, int p) {
    List<Span> marked = new ArrayList<>();
    List<Span> parts = new ArrayList<>();
    addPart(sc.original(), sc.text(), m.open(), m.close(), m.close() + 1, marked, parts);
    return new QuoteChain(marked, parts, p);
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

  /** A chain as judged alone: scare quote or speech, and the sentence it stands in. */
  private record Judged(QuoteChain chain, boolean scare, int sentence, boolean partial, boolean cued) {}

  private Found classify(String text, List<Paragraph> paragraphs, List<QuoteChain> found, List<String> warnings,
      List<Integer> offsets) {
    // join quotations split by their attribution: "Let me be clear," she said. "We will…"
    List<QuoteChain> chains = split.join(text, found);
    List<Span> all = new ArrayList<>();
    for (QuoteChain c : chains) {
      all.addAll(c.marked());
    }
    SpanIndex allIndex = new SpanIndex(all);
    List<Judged> judged = new ArrayList<>();
    for (QuoteChain c : chains) {
      if (markup.isAttribute(text, c.marked().get(0).start())) {
        continue; // neither speech nor a scare quote: a value in markup
      }
      judged.add(judge(text, paragraphs.get(c.paragraph()), c, allIndex));
    }
    List<FoundQuote> quotes = new ArrayList<>();
    List<Span> scare = new ArrayList<>();
    for (int i = 0; i < judged.size(); ) {
      // runs of one sentence with no reporting verb between them are one quotation when one is speech
      int j = i;
      while (j + 1 < judged.size() && sameQuotation(text, judged.get(j), judged.get(j + 1))) {
        j++;
      }
      boolean speech = hasSpeech(text, judged.subList(i, j + 1));
      List<Span> ps = new ArrayList<>();
      List<Span> ms = new ArrayList<>();
      for (Judged g : judged.subList(i, j + 1)) {
        ps.addAll(g.chain().parts());
        ms.addAll(g.chain().marked());
      }
      if (speech) {
        Judged first = judged.get(i);
        quotes.add(new FoundQuote(ps, ms, first.chain().paragraph(), first.partial(), editorialInsertions.find(text, ps)));
      } else {
        scare.addAll(ps);
      }
      i = j + 1;
    }
    return new Found(quotes, scare, warnings, offsets);
  }

  /**
   * Whether a group of runs holds speech: a run in headline case next to a title is another title
   * (starred in “Harbour Lights” and “The Long Quay,”), not speech.
   */
  private boolean hasSpeech(String text, List<Judged> group) {
    boolean titles = group.size() > 1 && group.stream().anyMatch(g -> g.scare() && isTitle(text, g));
    if (group.size() > 1 && !titles && group.stream().anyMatch(Judged::cued)) {
      return true; // she called him a “liar” and a “bully”: short runs a reporting verb gives to someone
    }
    return group.stream().anyMatch(g -> !g.scare() && !(titles && isTitle(text, g)));
  }

  private boolean isTitle(String text, Judged g) {
    String content = g.chain().parts().get(0).of(text).replaceFirst("[.,]\\s*$", "");
    return g.chain().parts().size() == 1 && titleCase.isTitle(content, countWords(content));
  }

  private boolean sameQuotation(String text, Judged a, Judged b) {
    List<Span> am = a.chain().marked();
    Span lastPart = a.chain().parts().get(a.chain().parts().size() - 1);
    return a.chain().paragraph() == b.chain().paragraph()
        && sentenceRuns.continues(text, lastPart, am.get(am.size() - 1).end(), b.chain().marked().get(0).start(),
            a.sentence() == b.sentence());
  }

  private Judged judge(String text, Paragraph para, QuoteChain c, SpanIndex allIndex) {
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
    // a headline's mark left open gives no quotation of its own: read its words as the body's would be
    boolean unclosed = "\"“”„«»‘’'‚‹›".indexOf(text.charAt(ms.get(ms.size() - 1).end() - 1)) < 0;
    Section section = para.section() == Section.HEADLINE && unclosed ? Section.BODY : para.section();
    boolean isScare = scareQuotes.isScare(text, ps, words, before, after, section);
    return new Judged(c, isScare, sStart, !isScare && partialQuotes.isPartial(text, ps.get(0), before),
        ScareQuoteRule.hasCue(before) || ScareQuoteRule.hasCue(after));
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
