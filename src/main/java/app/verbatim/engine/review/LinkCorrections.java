package app.verbatim.engine.review;

import app.verbatim.engine.align.QuoteAligner;
import app.verbatim.engine.align.QuoteLink;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Correction;
import app.verbatim.model.CorrectionKind;
import app.verbatim.model.Document;
import app.verbatim.model.TextRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies the analyst's links and unlinks to the engine's links, after quotations were corrected.
 * A link made by hand is measured like any other (similarity, relation) but kept whatever its score.
 */
public final class LinkCorrections {
  private final Map<String, Document> documentsById;
  private final QuoteAligner aligner;

  public LinkCorrections(Map<String, Document> documentsById, QuoteAligner aligner) {
    this.documentsById = Map.copyOf(documentsById);
    this.aligner = aligner;
  }

  public List<QuoteLink> apply(List<QuoteLink> links, Collection<QuoteWords> quotes, List<Correction> corrections) {
    List<QuoteLink> out = new ArrayList<>(links);
    for (Correction c : corrections) {
      if (c.kind() != CorrectionKind.LINK && c.kind() != CorrectionKind.UNLINK) {
        continue;
      }
      Optional<QuoteWords> a = find(quotes, c.target());
      Optional<QuoteWords> b = c.other() == null ? Optional.empty() : find(quotes, c.other());
      if (a.isEmpty()) {
        continue;
      }
      if (c.kind() == CorrectionKind.UNLINK) {
        out.removeIf(l -> involves(l, a.get()) && (c.other() == null || b.map(x -> involves(l, x)).orElse(false)));
      } else if (b.isPresent() && a.get() != b.get()
          && out.stream().noneMatch(l -> involves(l, a.get()) && involves(l, b.get()))) {
        out.add(aligner.measure(a.get(), b.get()));
      }
    }
    return out;
  }

  private Optional<QuoteWords> find(Collection<QuoteWords> quotes, TextRef ref) {
    QuoteWords best = null;
    int bestOverlap = 0;
    for (QuoteWords w : quotes) {
      Document d = documentsById.get(w.quote().documentId());
      if (d == null || !ref.overlaps(d.sha256(), w.quote().start(), w.quote().end())) {
        continue;
      }
      int overlap = Math.min(ref.end(), w.quote().end()) - Math.max(ref.start(), w.quote().start());
      if (overlap > bestOverlap) {
        best = w;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean involves(QuoteLink l, QuoteWords q) {
    return Objects.equals(l.a().quote().id(), q.quote().id()) || Objects.equals(l.b().quote().id(), q.quote().id());
  }
}
