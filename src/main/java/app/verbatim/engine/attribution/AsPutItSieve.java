package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A frame that names the speaker whatever the sentence's subject: "As Tom Ridge, a former secretary, put
 * it: “…”", "as the columnist Ann Lee had written, “…”", "In Varga's words, “…”".
 */
final class AsPutItSieve implements CueSieve {
  private final AttributionContext ctx;

  AsPutItSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "as-put-it";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    int open = q.start();
    int from = Math.max(ctx.sentences(para).startOf(open), ctx.previousQuoteEnd(open, para.span().start()));
    return asXPutIt(ctx.prose(from, open));
  }

  /** Auxiliaries between "as X" and its verb: "as Ridge had written", "as she once put it". */
  private static final Set<String> AUXILIARIES = Lexicon.setOf("auxiliaries.txt");

  /**
   * "As Tom Ridge, a former secretary, put it: “…”", "as the columnist Ann Lee had written, “…”", "In
   * Varga's words, “…”": the person named in the frame, whatever the sentence's subject.
   */
  static Cue asXPutIt(List<Word> w) {
    Cue framed = frame(w, w.size());
    if (framed != null) {
      return framed;
    }
    // a frame that opens the sentence holds for all of it: "As Ann Lee puts it, the council is making
    // farmers “an offer they cannot refuse.”"
    if (!w.isEmpty() && w.get(0).bare().equals("as") && w.get(0).capitalized()) {
      for (int c = 2; c < w.size() && c <= 25; c++) {
        if (w.get(c).text().equals(",") && c >= 3 && Set.of("it", "this", "so").contains(w.get(c - 1).bare())) {
          return frame(w, c + 1);
        }
      }
    }
    return null;
  }

  /** The frame ending at {@code size}: "as X put it", "in X's words". */
  private static Cue frame(List<Word> all, int size) {
    List<Word> w = all.subList(0, size);
    int end = w.size();
    while (end > 0 && w.get(end - 1).isPunct()) {
      end--;
    }
    Cue words = inWords(w, end);
    if (words != null) {
      return words;
    }
    if (end >= 1 && Set.of("it", "this", "so").contains(w.get(end - 1).bare())) {
      end--;
    }
    end = verbBeforeTail(w, end);
    if (end < 3 || !(isCueVerb(w, end - 1) || w.get(end - 1).bare().equals("put") || w.get(end - 1).bare().equals("puts"))
        || w.get(end - 1).capitalized()) {
      return null;
    }
    String verb = w.get(end - 1).text();
    int v = end - 1;
    while (v > 0 && AUXILIARIES.contains(w.get(v - 1).bare())) {
      v--;
    }
    for (int a = v - 2; a >= 0 && v - a <= 25; a--) {
      if (!w.get(a).bare().equals("as") || a > 0 && !w.get(a - 1).isPunct()) {
        continue;
      }
      int k = a + 1;
      while (k < v && !w.get(k).capitalized() && (Lexicon.DETERMINERS.contains(w.get(k).bare())
          || Lexicon.ROLE_NOUNS.contains(w.get(k).bare()) || !w.get(k).isPunct() && k - a <= 4)) {
        k++; // "as the Hollywood columnist …": past its article and role words
      }
      int named = nameAfterRole(w, a + 1, v);
      if (named > 0) {
        k = named; // "as the Lumen chief executive, Jeff Waller, put it": the name set off after the role
      }
      List<Word> run = new ArrayList<>();
      while (k < v && w.get(k).capitalized() && !w.get(k).isPunct()) {
        run.add(w.get(k++));
      }
      if (k < v && w.get(k).bare().equals("of") && !run.isEmpty()) {
        // "as Archbishop Aris Sarkis of the Patriarchate of Brenn told": where the named person is from
        while (k < v && (w.get(k).capitalized() && !w.get(k).isPunct() || Set.of("of", "the").contains(w.get(k).bare()))) {
          k++;
        }
      }
      boolean rest = k == v || w.get(k).text().equals(",") && w.get(v - 1).text().equals(",");
      if (!run.isEmpty() && rest && run.stream().anyMatch(CueGrammar::isPersonalNameWord)) {
        return new Cue(run, verb, run.get(0).start());
      }
      return null;
    }
    return null;
  }

  /** How many words may follow a frame's verb before the quotation: "as X told the wire service (AP),". */
  private static final int TAIL = 12;

  /**
   * "as Aris Sarkis told the wire service,", "as Jeff Waller put it in his memo to staff,": where the
   * frame's verb ends, past the words of its object or occasion (no quotation, clause or finite verb of
   * their own); {@code end} itself when its last word is already a verb or none is found.
   */
  private static int verbBeforeTail(List<Word> w, int end) {
    if (end >= 1 && (isCueVerb(w, end - 1) || w.get(end - 1).bare().startsWith("put"))) {
      return end;
    }
    for (int v = end - 1; v >= 2 && end - v <= TAIL; v--) {
      Word x = w.get(v);
      if (x.text().equals("\u2063") || CueGrammar.CLAUSE_BREAKS.contains(x.bare()) && !x.capitalized()) {
        return end;
      }
      boolean put = Set.of("put", "puts").contains(x.bare()) && v + 1 < end && w.get(v + 1).bare().equals("it");
      if (!x.capitalized() && (isCueVerb(w, v) && !x.bare().endsWith("ing") || put)) {
        return v + 1;
      }
    }
    return end;
  }

  /**
   * "as the Lumen chief executive, Jeff Waller, put": a role phrase, then the name set off in commas
   * right before the verb at {@code v}; where the name starts, or -1.
   */
  private static int nameAfterRole(List<Word> w, int from, int v) {
    if (v - from < 4 || !w.get(v - 1).text().equals(",")) {
      return -1;
    }
    int c = v - 2;
    while (c > from && CueGrammar.isPersonalNameWord(w.get(c)) && v - 1 - c <= 4) {
      c--;
    }
    boolean role = w.subList(from, c).stream().anyMatch(CueGrammar::isRoleNoun);
    return c > from && w.get(c).text().equals(",") && v - 2 - c >= 2 && role ? c + 1 : -1;
  }

  /** "In Varga's words, “…”": the possessor before "words" ending at {@code end}; null otherwise. */
  private static Cue inWords(List<Word> w, int end) {
    if (end >= 3 && w.get(end - 1).bare().equals("words") && w.get(end - 2).possessive()
        && w.get(end - 2).capitalized()) {
      int s = end - 2;
      while (s > 0 && w.get(s - 1).capitalized() && !w.get(s - 1).isPunct() && !w.get(s - 1).bare().equals("in")) {
        s--;
      }
      if (s > 0 && w.get(s - 1).bare().equals("in")) {
        List<Word> np = new ArrayList<>(w.subList(s, end - 2));
        Word last = w.get(end - 2);
        String t = last.text().replaceAll("(’s|'s|’|')$", "");
        np.add(new Word(t, last.start(), last.start() + t.length()));
        return new Cue(np, null, np.get(0).start());
      }
    }
    return null;
  }
}
