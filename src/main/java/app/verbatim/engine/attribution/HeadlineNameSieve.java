package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.List;
import java.util.Set;

/**
 * A headline or subheading that names the speaker before the quotation without a colon: Pereira
 * 'ready to talk, but not under threat'; or before a colon that opens the headline, whatever stands
 * between it and the quotation: "Pereira: Varga Is 'Not Serious' About Talks" (the headline's own
 * convention for "Pereira says").
 */
final class HeadlineNameSieve implements CueSieve {
  /** Words of a kicker that labels the story, not its speaker ("The Latest:", "Exclusive:"). */
  private static final Set<String> LABELS = Lexicon.setOf("headline-labels.txt");
  /** The most words a speaker before a headline's colon has ("OK Gov Mary Fallin"). */
  private static final int MAX_SPEAKER = 4;

  private final AttributionContext ctx;

  HeadlineNameSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "headline-name";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    if (para.section() != Section.HEADLINE && para.section() != Section.SUBHEADING) {
      return null;
    }
    List<Word> w = ctx.prose(para.span().start(), q.start());
    if (!w.isEmpty() && w.size() <= 3 && w.stream().allMatch(x -> isPersonalNameWord(x) && !x.possessive())) {
      return new Cue(w, null, w.get(0).start());
    }
    return speakerBeforeColon(w);
  }

  /**
   * "Pereira: …", "Gov Ana Pereira: …", "Courier editorial: …": a short run of capitals (its last word
   * may be a lower-case document or body noun) then the colon that opens the headline; null otherwise.
   */
  private static Cue speakerBeforeColon(List<Word> w) {
    int colon = -1;
    for (int k = 1; k < w.size() && k <= MAX_SPEAKER; k++) {
      if (w.get(k).text().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 0) {
      return null;
    }
    List<Word> np = w.subList(0, colon);
    Word last = np.get(np.size() - 1);
    boolean documentHead = np.size() > 1 && !last.capitalized()
        && (CueGrammar.DOCUMENT_NOUNS.contains(last.bare()) || CueGrammar.BODY_NOUNS.contains(last.bare())
        || LABELS.contains(last.bare()));
    List<Word> names = documentHead ? np.subList(0, np.size() - 1) : np;
    boolean shape = names.stream().allMatch(x -> x.capitalized() && (!x.isPunct() || x.text().equals(".")))
        && names.stream().anyMatch(x -> isPersonalNameWord(x) && !x.possessive());
    if (!shape || np.stream().anyMatch(x -> LABELS.contains(x.bare()) && x.capitalized())) {
      return null;
    }
    return new Cue(np, null, np.get(0).start());
  }
}
