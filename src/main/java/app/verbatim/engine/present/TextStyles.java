package app.verbatim.engine.present;

import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The style runs of one article's text: which characters are quoted, whether the quotation is linked,
 * and, inside linked quotations, the word-level marks. The view paints these runs and nothing else.
 *
 * <p>Class names: {@code quote} on every quotation plus {@code linked} or {@code only-here};
 * {@code w-only}, {@code w-variant}, {@code w-punct}, {@code w-editorial} on marked words; {@code selected},
 * {@code corrected}, {@code noted} from the analyst's state; {@code scare} on scare quotes.
 */
public final class TextStyles {
  private static final String[] NAMES = {
    "quote", "linked", "only-here", "w-only", "w-variant", "w-editorial", "selected", "corrected", "noted", "scare",
    "w-punct", "record"
  };
  private static final int QUOTE = 1;
  private static final int LINKED = 1 << 1;
  private static final int ONLY_HERE = 1 << 2;
  private static final int W_ONLY = 1 << 3;
  private static final int W_VARIANT = 1 << 4;
  private static final int W_EDITORIAL = 1 << 5;
  private static final int SELECTED = 1 << 6;
  private static final int CORRECTED = 1 << 7;
  private static final int NOTED = 1 << 8;
  private static final int SCARE = 1 << 9;
  private static final int W_PUNCT = 1 << 10;
  private static final int RECORD = 1 << 11;

  private TextStyles() {}

  /**
   * The runs of a document, in order, not overlapping; unstyled text between them is left out.
   *
   * @param selected  quotation ids shown as selected
   * @param corrected quotation ids the analyst corrected
   * @param noted     quotation ids with a note
   */
  public static List<StyleRun> of(Comparison c, String documentId, Set<String> selected, Set<String> corrected,
      Set<String> noted) {
    Document doc = c.document(documentId).orElseThrow();
    int length = doc.text().length();
    int[] mask = new int[length];
    for (ScareQuote s : c.scareQuotes()) {
      if (s.documentId().equals(documentId)) {
        paint(mask, s.span(), SCARE);
      }
    }
    Set<String> linked = new java.util.HashSet<>();
    c.alignments().forEach(a -> linked.addAll(a.quoteIds()));
    for (Quote q : c.quotesOf(documentId)) {
      int bits = QUOTE | (linked.contains(q.id()) ? LINKED : ONLY_HERE);
      bits |= selected.contains(q.id()) ? SELECTED : 0;
      bits |= corrected.contains(q.id()) ? CORRECTED : 0;
      bits |= noted.contains(q.id()) ? NOTED : 0;
      for (Span s : q.spans()) {
        paint(mask, s, bits);
      }
      for (Span e : q.editorial()) {
        paint(mask, e, W_EDITORIAL);
      }
    }
    // in the record, the passages the quotations render; the selected quotation's passage selected
    for (app.verbatim.model.Fidelity f : c.fidelity()) {
      if (f.referenceId().equals(documentId) && f.kind() != app.verbatim.model.FidelityClass.NOT_IN_RECORD) {
        for (Span s : f.record()) {
          paint(mask, s, RECORD | (selected.contains(f.quoteId()) ? SELECTED : 0));
        }
      }
    }
    for (Alignment a : c.alignments()) {
      for (DiffSpan d : a.diff()) {
        if (!d.documentId().equals(documentId)) {
          continue;
        }
        switch (d.kind()) {
          case ONLY -> paint(mask, d.span(), W_ONLY);
          case VARIANT -> paint(mask, d.span(), W_VARIANT);
          case PUNCTUATION -> paint(mask, d.span(), W_PUNCT);
          case EDITORIAL -> paint(mask, d.span(), W_EDITORIAL);
          case SAME -> { }
        }
      }
    }
    return runs(mask);
  }

  private static void paint(int[] mask, Span s, int bits) {
    int to = Math.min(s.end(), mask.length);
    for (int i = Math.max(0, s.start()); i < to; i++) {
      mask[i] |= bits;
    }
  }

  private static List<StyleRun> runs(int[] mask) {
    List<StyleRun> out = new ArrayList<>();
    Map<Integer, List<String>> names = new HashMap<>();
    int i = 0;
    while (i < mask.length) {
      int m = mask[i];
      int j = i + 1;
      while (j < mask.length && mask[j] == m) {
        j++;
      }
      if (m != 0) {
        out.add(new StyleRun(i, j, names.computeIfAbsent(m, TextStyles::classes)));
      }
      i = j;
    }
    return out;
  }

  private static List<String> classes(int m) {
    List<String> c = new ArrayList<>();
    for (int b = 0; b < NAMES.length; b++) {
      if ((m & (1 << b)) != 0) {
        c.add(NAMES[b]);
      }
    }
    return c;
  }
}
