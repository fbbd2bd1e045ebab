package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.NAME_PARTICLES;
import static app.verbatim.engine.attribution.CueGrammar.isReference;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A paragraph that is only the quotation, signed by the next one: "“…”" ¶ "- Ilse Darvas." or
 * "-Mayor Ilse Darvas, speaking after the vote." A dash, a name, then at most a short aside; never a
 * section heading ("– Ready to talk –") or an agency's signature ("- AP.").
 */
final class SignatureParagraphSieve implements CueSieve {
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  private static final int MAX_WORDS = 12;
  private final AttributionContext ctx;

  SignatureParagraphSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "signature";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph first = ctx.paragraphs().get(q.paragraph());
    Paragraph last = ctx.paragraphOf(q.end() - 1);
    int li = ctx.paragraphs().indexOf(last);
    if (li < 0 || li + 1 >= ctx.paragraphs().size()
        || !ctx.text().substring(first.span().start(), q.start()).isBlank()
        || !ctx.text().substring(q.end(), last.span().end()).replaceAll("[\\s.]", "").isEmpty()) {
      return null;
    }
    Paragraph next = ctx.paragraphs().get(li + 1);
    if (next.section() != Section.BODY) {
      return null;
    }
    String line = next.span().of(ctx.text()).strip();
    List<Word> w = ctx.prose(next.span().start(), next.span().end());
    if (line.isEmpty() || !DASHES.contains(line.substring(0, 1)) || DASHES.contains(line.substring(line.length() - 1))
        || w.size() < 2 || w.size() > MAX_WORDS) {
      return null;
    }
    int start = DASHES.contains(w.get(0).text()) ? 1 : 0;
    int j = start;
    while (j < w.size() && (w.get(j).capitalized() && !w.get(j).isPunct() || NAME_PARTICLES.contains(w.get(j).text()))) {
      j++;
    }
    List<Word> np = w.subList(start, j);
    boolean ends = j == w.size() || Set.of(",", ".").contains(w.get(j).text());
    return ends && isName(np) && isReference(np) ? new Cue(np, null, np.get(0).start()) : null;
  }

  /** A full name, or one the text has given a person; no agency in capitals ("AP", "AFP"). */
  private boolean isName(List<Word> np) {
    if (np.isEmpty() || np.size() > 6 || np.stream().anyMatch(x -> x.possessive()
        || x.text().length() > 1 && x.text().equals(x.text().toUpperCase(Locale.ROOT)))
        || np.stream().noneMatch(CueGrammar::isPersonalNameWord)) {
      return false;
    }
    Person p = ctx.match(np);
    return np.size() >= 2 || p != null && p.personLike;
  }
}
