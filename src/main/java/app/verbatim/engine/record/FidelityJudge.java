package app.verbatim.engine.record;

import app.verbatim.engine.align.FunctionWords;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.text.Token;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Says how faithfully a located quotation renders the record, from the word-by-word location: words
 * left out (marked by an ellipsis or not), words changed or added, editorial brackets, and passages
 * that stand apart in the record joined as one quotation. The class is the most serious that applies;
 * every difference is listed in words the analyst can check against the record.
 */
final class FidelityJudge {
  /** Share of a quotation's words the record must hold, in order, for it to count as located. */
  static final double LOCATED = 0.6;
  /** Record words left out between two quoted words beyond which the two are separate passages. */
  private static final int STITCH_GAP = 25;
  /** Longest run of record words a change line quotes. */
  private static final int SHOWN = 12;

  private final RecordIndex record;
  private final String recordText;
  private final String referenceId;

  FidelityJudge(RecordIndex record, String recordText, String referenceId) {
    this.record = record;
    this.recordText = recordText;
    this.referenceId = referenceId;
  }

  /** What a walk over the quoted words finds against the record. */
  private static final class Findings {
    final List<String> changes = new ArrayList<>();
    final Set<FidelityClass> classes = new HashSet<>();
    final List<Span> passages = new ArrayList<>();
    final List<Span> omitted = new ArrayList<>();
  }

  Fidelity judge(QuoteWords q, String quoteText, int[] map) {
    int matched = 0;
    for (int m : map) {
      matched += m >= 0 ? 1 : 0;
    }
    if (matched < Math.min(3, q.size()) || matched < LOCATED * q.size()) {
      return notInRecord(q);
    }
    Findings f = new Findings();
    int prevQ = -1;
    int runStart = -1;
    for (int i = 0; i < map.length; i++) {
      if (map[i] < 0) {
        continue;
      }
      if (prevQ < 0) {
        if (i > 0) {
          added(q, 0, i, f);
        }
        runStart = map[i];
      } else if (between(q, quoteText, map, prevQ, i, f)) {
        f.passages.add(record.span(runStart, map[prevQ]));
        runStart = map[i];
      }
      prevQ = i;
    }
    f.passages.add(record.span(runStart, map[prevQ]));
    if (prevQ + 1 < map.length) {
      added(q, prevQ + 1, map.length, f);
    }
    for (Span e : q.quote().editorial()) {
      String inserted = e.end() <= quoteText.length() ? e.of(quoteText) : "";
      if (inserted.startsWith("[")) {
        f.classes.add(FidelityClass.BRACKETED);
        f.changes.add("editorial insertion: “" + inserted + "”");
      }
    }
    FidelityClass kind = f.classes.stream().max(Enum::compareTo)
        .orElse(wholeSentences(map) ? FidelityClass.VERBATIM : FidelityClass.TRIMMED);
    return new Fidelity(q.quote().id(), referenceId, kind, f.passages, f.omitted, f.changes, null);
  }

  /**
   * What stands between two consecutive located words {@code a} and {@code b} of the quotation: nothing,
   * record words left out (marked or not), words changed or added; true when they are separate passages.
   */
  private boolean between(QuoteWords q, String quoteText, int[] map, int a, int b, Findings f) {
    int r1 = map[a];
    int r2 = map[b];
    boolean apart = r2 < r1 || r2 - r1 - 1 > STITCH_GAP || !record.stretch.get(r1).equals(record.stretch.get(r2));
    if (apart) {
      f.classes.add(FidelityClass.STITCHED);
      f.changes.add("joins passages that stand apart in the record: “" + words(q, a, a + 1) + "” ⁄ “"
          + words(q, b, b + 1) + "”");
      if (b - a > 1) {
        added(q, a + 1, b, f);
      }
    } else if (r2 - r1 > 1 && b - a > 1) {
      f.classes.add(FidelityClass.ALTERED);
      f.changes.add("changed: “" + words(q, a + 1, b) + "” for the record’s “" + recordWords(r1 + 1, r2) + "”");
      f.omitted.add(record.span(r1 + 1, r2 - 1));
    } else if (r2 - r1 > 1) {
      boolean marked = ellipsisBetween(q, quoteText, a, b);
      f.classes.add(marked ? FidelityClass.ELLIPSIS : FidelityClass.SILENT_OMISSION);
      f.omitted.add(record.span(r1 + 1, r2 - 1));
      f.changes.add((marked ? "left out at the ellipsis: “" : "left out without a mark: “") + recordWords(r1 + 1, r2) + "”");
    } else if (b - a > 1) {
      added(q, a + 1, b, f);
    }
    return apart;
  }


  private void added(QuoteWords q, int from, int to, Findings f) {
    f.classes.add(FidelityClass.ALTERED);
    f.changes.add("not in the record: “" + words(q, from, to) + "”");
  }

  /** Whether the quoted words start and end where sentences of the record do. */
  private boolean wholeSentences(int[] map) {
    int first = -1;
    int last = -1;
    for (int m : map) {
      if (m >= 0) {
        first = first < 0 ? m : first;
        last = m;
      }
    }
    int firstSentence = record.sentence.get(first);
    int lastSentence = record.sentence.get(last);
    return record.sentenceStart.get(firstSentence) == first && record.sentenceEnd(lastSentence) == last + 1;
  }

  /** Whether an ellipsis the outlet wrote stands between quoted words {@code a} and {@code b}. */
  private static boolean ellipsisBetween(QuoteWords q, String text, int a, int b) {
    int from = q.tokens().get(q.keyed().get(a).to() - 1).end() - 4;
    int to = q.tokens().get(q.keyed().get(b).from()).start() + 4;
    for (Span e : q.quote().editorial()) {
      if (e.start() >= from && e.end() <= to && e.end() <= text.length() && !e.of(text).startsWith("[")) {
        return true;
      }
    }
    // "first... then": the dots glued to a word are not a token of their own
    String between = text.substring(Math.max(0, from), Math.min(text.length(), to));
    return between.contains("…") || between.contains("...");
  }

  /**
   * No passage holds the words: what it most likely is, from the record sentence sharing most of its
   * content words — a paraphrase or another translation when it shares many, nothing when few.
   */
  private Fidelity notInRecord(QuoteWords q) {
    Set<String> content = new HashSet<>();
    q.keys().stream().filter(k -> !FunctionWords.isFunctionWord(k)).map(FidelityJudge::stem).forEach(content::add);
    int bestSentence = -1;
    int bestShared = 0;
    int sentences = record.sentenceStart.size();
    for (int s = 0; s < sentences; s++) {
      Set<String> shared = new HashSet<>();
      for (int i = record.sentenceStart.get(s); i < record.sentenceEnd(s); i++) {
        if (content.contains(stem(record.keys.get(i)))) {
          shared.add(stem(record.keys.get(i)));
        }
      }
      if (shared.size() > bestShared) {
        bestShared = shared.size();
        bestSentence = s;
      }
    }
    double share = content.isEmpty() ? 0 : (double) bestShared / content.size();
    if (bestSentence < 0 || share < 0.25 || bestShared < 2) {
      return new Fidelity(q.quote().id(), referenceId, FidelityClass.NOT_IN_RECORD, List.of(), List.of(), List.of(),
          "no similar passage in the record: possibly invented, or said on another occasion");
    }
    int from = record.sentenceStart.get(bestSentence);
    int to = record.sentenceEnd(bestSentence);
    Span sentence = record.span(from, to - 1);
    double length = (double) q.size() / (to - from);
    String likely = share >= 0.4 && length >= 0.7 && length < 1.5
        ? "likely a different translation of the record’s sentence"
        : "likely a paraphrase in quotation marks of the record’s sentence";
    return new Fidelity(q.quote().id(), referenceId, FidelityClass.NOT_IN_RECORD, List.of(sentence), List.of(), List.of(), likely);
  }

  /** A crude stem: another translation says "threatened" where the record says "threat". */
  private static String stem(String key) {
    return key.length() > 5 ? key.substring(0, 5) : key;
  }

  /** Whether the weak location of a quotation not in the record is likely another translation. */
  static boolean translation(Fidelity f) {
    return f.kind() == FidelityClass.NOT_IN_RECORD && f.likely() != null && f.likely().contains("translation");
  }

  private static String words(QuoteWords q, int fromKey, int toKey) {
    StringBuilder b = new StringBuilder();
    List<Token> tokens = q.tokens();
    for (int k = fromKey; k < toKey && k - fromKey < SHOWN; k++) {
      for (int t = q.keyed().get(k).from(); t < q.keyed().get(k).to(); t++) {
        b.append(b.length() == 0 ? "" : " ").append(tokens.get(t).core());
      }
    }
    return toKey - fromKey > SHOWN ? b + " …" : b.toString();
  }

  private String recordWords(int from, int to) {
    int shownTo = Math.min(to, from + SHOWN);
    String w = recordText.substring(record.chars.get(from).start(), record.chars.get(shownTo - 1).end())
        .replaceAll("\\s+", " ");
    return to > shownTo ? w + " …" : w;
  }
}
