package app.verbatim.engine.quotes;

import app.verbatim.engine.quotes.MarkPairing.MarkSegment;
import app.verbatim.engine.quotes.QuoteMark.Family;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.List;

/**
 * A quotation left open at the end of its paragraph runs on into the next when it opened as speech and
 * the next body paragraph opens with a mark of the same family.
 */
final class MultiParagraphRule {

  /**
   * Whether an opening mark stands where a quotation of speech begins: at the start of its paragraph or
   * of a sentence, after a colon or dash, or in a sentence with a reporting verb before it
   * ("Ri said “…", "Varga said the speech was “theatre…").
   */
  boolean opensSpeech(String text, int paragraphStart, int open) {
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

  /** The first segment of a paragraph when it continues a quotation of {@code family} left open before. */
  MarkSegment continuation(Paragraph para, List<MarkSegment> segs, Family family) {
    if (para.section() != Section.BODY || segs.isEmpty()) {
      return null;
    }
    MarkSegment first = segs.get(0);
    return first.open() == para.span().start() && first.family() == family ? first : null;
  }
}
