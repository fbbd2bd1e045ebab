package app.verbatim.engine.diff;

import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.text.Sorted;
import app.verbatim.engine.text.Token;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.DiffKind;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Span;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-level differences inside a group of linked quotations: for each word of each quotation, whether
 * the others have it too (same), have it in another spelling or punctuation (variant), lack it (only),
 * or it is an editorial insertion. The sequence diff is java-diff-utils' Myers diff over comparison keys.
 */
public final class WordDiffer {
  // compiled once: String.replaceAll compiles its pattern on every call, and these run for every word
  private static final Pattern PART_STOP = Pattern.compile("[,.;:!?]+ $");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("(?<=^|\\s)[^\\p{L}\\p{N}\\s]+|[^\\p{L}\\p{N}\\s]+(?=\\s|$)");
  private static final Pattern OPENING_MARKS = Pattern.compile("^[“”\"‘’'«»„(\\[]+");
  private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\p{Punct}“”‘’«»…]+$");
  private static final Pattern CLOSING_MARKS = Pattern.compile("[\"”’'»)\\]]+$");

  public List<DiffSpan> diff(List<QuoteWords> group) {
    List<DiffSpan> out = new ArrayList<>();
    // how each word is printed, worked out once per word: every pair of the group asks again
    String[][] printed = new String[group.size()][];
    for (int i = 0; i < group.size(); i++) {
      printed[i] = new String[group.get(i).size()];
    }
    for (int i = 0; i < group.size(); i++) {
      QuoteWords q = group.get(i);
      DiffKind[] kinds = new DiffKind[q.size()];
      boolean[] matched = new boolean[q.size()];
      boolean[] variant = new boolean[q.size()];
      boolean[] punctuation = new boolean[q.size()];
      for (int j = 0; j < group.size(); j++) {
        if (j != i) {
          compare(q, group.get(j), printed[i], printed[j], matched, variant, punctuation);
        }
      }
      for (int k = 0; k < kinds.length; k++) {
        kinds[k] = !matched[k] ? DiffKind.ONLY : variant[k] ? DiffKind.VARIANT
            : punctuation[k] ? DiffKind.PUNCTUATION : DiffKind.SAME;
      }
      out.addAll(spans(q, kinds));
    }
    return out;
  }

  /** Marks which words of {@code a} are found in {@code b}, and which of those are spelled otherwise. */
  private static void compare(QuoteWords a, QuoteWords b, String[] printedA, String[] printedB, boolean[] matched,
      boolean[] variant, boolean[] punctuation) {
    List<String> ka = a.keys();
    List<String> kb = b.keys();
    Patch<String> patch = DiffUtils.diff(ka, kb);
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int sa = d.getSource().getPosition();
      int sb = d.getTarget().getPosition();
      for (; ia < sa; ia++, ib++) {
        matchEqual(a, b, ia, ib, printedA, printedB, matched, variant, punctuation);
      }
      List<String> src = d.getSource().getLines();
      List<String> tgt = d.getTarget().getLines();
      // pipe-dream / pipe dream, good will / goodwill: the same letters cut into other words
      if (d.getType() == DeltaType.CHANGE && String.join("", src).equals(String.join("", tgt))) {
        for (int k = 0; k < src.size(); k++) {
          matched[sa + k] = true;
          variant[sa + k] = true;
        }
      }
      ia = sa + src.size();
      ib = sb + tgt.size();
    }
    for (; ia < ka.size() && ib < kb.size(); ia++, ib++) {
      matchEqual(a, b, ia, ib, printedA, printedB, matched, variant, punctuation);
    }
  }

  private static void matchEqual(QuoteWords a, QuoteWords b, int ia, int ib, String[] printedA, String[] printedB,
      boolean[] matched, boolean[] variant, boolean[] punctuation) {
    matched[ia] = true;
    if (printedA[ia] == null) {
      printedA[ia] = printed(a, ia);
    }
    if (printedB[ib] == null) {
      printedB[ib] = printed(b, ib);
    }
    String pa = printedA[ia];
    String pb = printedB[ib];
    // where either outlet ends a part of the quotation, its stop is the attribution's, not the speaker's
    if (!pa.equals(pb) && (endsPart(a, a.keyed().get(ia).to() - 1) || endsPart(b, b.keyed().get(ib).to() - 1))) {
      pa = PART_STOP.matcher(pa).replaceAll(" ");
      pb = PART_STOP.matcher(pb).replaceAll(" ");
    }
    if (!pa.equals(pb)) {
      // "peace," against "peace": the same letters, only the punctuation beside them differs
      if (letters(pa).equals(letters(pb))) {
        punctuation[ia] = true;
      } else {
        variant[ia] = true;
      }
    }
  }

  /** The words without the punctuation at their edges; inner marks (good-will, U.S) are spelling. */
  private static String letters(String printed) {
    return EDGE_PUNCTUATION.matcher(printed).replaceAll("");
  }

  /** How a word is printed, ignoring the capital of a quotation's first word and its final stop. */
  private static String printed(QuoteWords q, int keyedIndex) {
    VariantRules.Keyed k = q.keyed().get(keyedIndex);
    StringBuilder s = new StringBuilder();
    for (int t = k.from(); t < k.to(); t++) {
      String w = OPENING_MARKS.matcher(q.tokens().get(t).surface()).replaceAll("");
      if (t == q.tokens().size() - 1 || endsPart(q, t)) {
        w = FINAL_PUNCTUATION.matcher(w).replaceAll(""); // the stop before a closing mark is house style
      }
      // "the" / "The": a capital that only opens a sentence is house style, not the speaker's word
      if ((t == 0 || opensSentence(q, t)) && !w.isEmpty()) {
        w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
      }
      s.append(w).append(' ');
    }
    return s.toString();
  }

  /** Whether the token before {@code t} ends a sentence ("… talks. The …"). */
  private static boolean opensSentence(QuoteWords q, int t) {
    String before = CLOSING_MARKS.matcher(q.tokens().get(t - 1).surface()).replaceAll("");
    return before.endsWith(".") || before.endsWith("!") || before.endsWith("?") || endsPart(q, t - 1);
  }

  /** Whether token {@code t} is the last of one part of a split quotation. */
  private static boolean endsPart(QuoteWords q, int t) {
    if (t + 1 >= q.tokens().size()) {
      return true;
    }
    int end = q.tokens().get(t).end();
    int nextStart = q.tokens().get(t + 1).start();
    // the parts are in text order and do not overlap, so their ends are sorted: the first part
    // ending at or after the token is the only one that can end before the next token
    List<Span> parts = q.quote().spans();
    int lo = Sorted.firstAtLeast(parts, Span::end, end);
    return lo < parts.size() && parts.get(lo).end() <= nextStart;
  }

  /** Runs of one kind as spans of the document text; editorial insertions as their own spans. */
  private static List<DiffSpan> spans(QuoteWords q, DiffKind[] kinds) {
    List<DiffSpan> out = new ArrayList<>();
    String doc = q.quote().documentId();
    List<Span> parts = q.quote().spans();
    int runStart = -1;
    int runEnd = -1;
    DiffKind runKind = null;
    int runPart = -1;
    for (int k = 0; k < kinds.length; k++) {
      VariantRules.Keyed keyed = q.keyed().get(k);
      Token first = q.tokens().get(keyed.from());
      Token last = q.tokens().get(keyed.to() - 1);
      int part = partOf(parts, first.start());
      boolean gap = hasEditorialBetween(q, runEnd, first.start());
      if (runKind == kinds[k] && part == runPart && !gap) {
        runEnd = last.end();
        continue;
      }
      if (runKind != null) {
        out.add(new DiffSpan(runKind, doc, new Span(runStart, runEnd)));
      }
      runKind = kinds[k];
      runStart = first.start();
      runEnd = last.end();
      runPart = part;
    }
    if (runKind != null) {
      out.add(new DiffSpan(runKind, doc, new Span(runStart, runEnd)));
    }
    for (Span e : q.quote().editorial()) {
      out.add(new DiffSpan(DiffKind.EDITORIAL, doc, e));
    }
    out.sort((x, y) -> x.span().compareTo(y.span()));
    return out;
  }

  private static boolean hasEditorialBetween(QuoteWords q, int from, int to) {
    if (from < 0) {
      return false;
    }
    for (Span e : q.quote().editorial()) {
      if (e.start() >= from && e.end() <= to) {
        return true;
      }
    }
    return false;
  }

  private static int partOf(List<Span> parts, int offset) {
    int lo = Sorted.firstAbove(parts, Span::end, offset); // the first part ending after the offset
    return lo < parts.size() && parts.get(lo).contains(offset) ? lo : -1;
  }
}
