package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.MarkPairing.MarkSegment;
import app.verbatim.engine.quotes.QuoteMark.Family;

/**
 * What an opening mark that nothing closes or continues is: a stray mid-sentence (warned about, not
 * taken), a quotation of speech bounded at the end of its paragraph (warned about, kept), or a lone
 * straight single mark, which is an apostrophe.
 */
final class UnbalancedMarkRule {

  /** The verdict on an unclosed opener, with the warning it gives (none for an apostrophe). */
  enum Verdict {
    STRAY_MID_SENTENCE("unbalanced quotation mark mid-sentence; not taken as a quotation", false),
    ENDS_WITH_PARAGRAPH("unbalanced quotation mark; quotation ended at the end of its paragraph", true),
    APOSTROPHE(null, false);

    private final String warning;
    private final boolean kept;

    Verdict(String warning, boolean kept) {
      this.warning = warning;
      this.kept = kept;
    }

    /** The warning to report at the opening mark, or null. */
    String warning() {
      return warning;
    }

    /** Whether the quotation stands (ending where its last paragraph ends). */
    boolean kept() {
      return kept;
    }
  }

  /**
   * The verdict on {@code open}, the last segment of a chain whose closing mark is missing.
   *
   * @param opensAsSpeech whether the chain's first mark stands where speech begins; a mark left open
   *                      mid-sentence ("known as “the Owl…") gives no guess where a quotation would end
   */
  Verdict judge(String text, MarkSegment open, boolean opensAsSpeech) {
    if (!opensAsSpeech) {
      return Verdict.STRAY_MID_SENTENCE;
    }
    if (open.family() == Family.DOUBLE || text.charAt(open.open()) == '‘') {
      return Verdict.ENDS_WITH_PARAGRAPH;
    }
    return Verdict.APOSTROPHE;
  }
}
