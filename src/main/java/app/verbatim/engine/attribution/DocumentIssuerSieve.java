package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.isDocument;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.Sentences;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Span;
import java.util.List;

/**
 * "…," the statement said: a document speaks for whoever issued it ("the foreign ministry said in a
 * statement"), or for nobody; never a speaker called "statement".
 */
final class DocumentIssuerSieve implements QuoteSieve {
  private final AttributionContext ctx;

  private final NamedSieve names;

  DocumentIssuerSieve(AttributionContext ctx) {
    this.ctx = ctx;
    this.names = new NamedSieve(ctx);
  }

  @Override
  public String id() {
    return "document";
  }

  @Override
  public Attribution apply(int index, Cue cue, Attribution a, List<Attribution> done) {
    if (cue == null) {
      return a;
    }
    Attribution named = namedIssuer(cue, a);
    if (named != null) {
      return named;
    }
    if (!isDocument(cue.np())) {
      return a;
    }
    Person issuer = issuerOf(cue.np().get(cue.np().size() - 1).bare(), index, done);
    return new Attribution(issuer, a.label(), a.verb(), id(), cue, null);
  }

  /**
   * "according to a report from the Harbour Board", "“…,” reads an editorial in the Kessel Courier": the
   * issuer the document's own phrase names; null when it names none or someone already speaks.
   */
  private Attribution namedIssuer(Cue cue, Attribution a) {
    if (a.person() != null && a.person().personLike || cue.np().get(0).capitalized()
        && !Lexicon.DETERMINERS.contains(cue.np().get(0).bare())) {
      return null;
    }
    Paragraph para = ctx.paragraphOf(cue.offset());
    List<Word> w = ctx.prose(cue.offset(), para.span().end());
    DocumentIssuer d = DocumentIssuer.at(w, 0);
    if (d == null || d.end() < cue.np().size()) {
      return null;
    }
    List<Word> who = d.issuer();
    // "the Harbour Board's chief inspector", "economists at Kessel University": people the phrase describes
    boolean described = !who.get(who.size() - 1).capitalized()
        || !who.get(0).capitalized() && !Lexicon.DETERMINERS.contains(who.get(0).bare()); // "economists at …"
    Attribution issuer = !described
        ? names.resolve(new Cue(who, cue.verb(), who.get(0).start()))
        : new Attribution(ctx.described(who), CueGrammar.lowerFirst(CueGrammar.joinText(who)), cue.verb());
    if (issuer == null || issuer.person() == null) {
      return null;
    }
    return new Attribution(issuer.person(), issuer.label(), a.verb() != null ? a.verb() : cue.verb(), id(), cue, null);
  }

  /** The speaker of the latest earlier quotation whose sentence names the document ("… in a statement"). */
  private Person issuerOf(String document, int index, List<Attribution> done) {
    for (int j = Math.min(index, done.size()) - 1; j >= 0; j--) {
      FoundQuote prev = ctx.quotes().get(j);
      Paragraph para = ctx.paragraphs().get(prev.paragraph());
      Sentences ss = new Sentences(ctx.text(), para.span().start(), para.span().end(), ctx.quotedIndex());
      Span last = prev.marked().get(prev.marked().size() - 1);
      int end = ctx.paragraphOf(last.start()) == para ? ss.endOf(last.end()) : para.span().end();
      List<Word> w = ctx.prose(ss.startOf(prev.start()), Math.max(end, prev.start()));
      if (done.get(j).person() != null && w.stream().anyMatch(x -> x.bare().equals(document))) {
        return done.get(j).person();
      }
    }
    return null;
  }
}
