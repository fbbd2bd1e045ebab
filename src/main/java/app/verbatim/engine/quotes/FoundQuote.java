package app.verbatim.engine.quotes;

import app.verbatim.model.Span;
import java.util.List;

/**
 * A quotation as found, before attribution.
 *
 * @param parts     the quoted words of each part (inside the marks)
 * @param marked    each part including its marks (the closing one may be missing when unbalanced)
 * @param paragraph index into the document's paragraph list of the first part
 * @param partial   a fragment inside the reporter's sentence rather than a whole utterance
 * @param editorial [brackets] and ellipses inside the parts
 */
public record FoundQuote(List<Span> parts, List<Span> marked, int paragraph, boolean partial, List<Span> editorial) {
  public int start() {
    return marked.get(0).start();
  }

  public int end() {
    return marked.get(marked.size() - 1).end();
  }
}
