package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.engine.quotes.QuoteMark.Role;
import app.verbatim.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Pairs the quotation marks of one paragraph into its top-level segments: nested quotes stay inside
 * their quotation, a stray closer or a plural apostrophe (farmers’) closes nothing, and an opener left
 * unclosed ends the list (whatever follows it is inside it).
 */
final class MarkPairing {
  private final QuoteMarkScanner scanner = new QuoteMarkScanner();

  /** A top-level pair (or unclosed opener, {@code close} -1) in one paragraph. */
  record MarkSegment(int open, int close, Family family, int paragraph) {
    boolean closed() {
      return close >= 0;
    }
  }

  /** Pairs the marks of one paragraph and returns its top-level segments. */
  List<MarkSegment> pair(String text, Span para, int p) {
    List<QuoteMark> marks = scanner.scan(text, para.start(), para.end());
    Deque<QuoteMark> stack = new ArrayDeque<>();
    List<MarkSegment> top = new ArrayList<>();
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
          top.add(new MarkSegment(open.pos(), m.pos(), m.family(), p));
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
        top.add(new MarkSegment(bottom.pos(), -1, bottom.family(), p));
        top.sort((a, b) -> Integer.compare(a.open(), b.open()));
        // segments after an unclosed opener are inside it
        List<MarkSegment> kept = new ArrayList<>();
        for (MarkSegment s : top) {
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
}
