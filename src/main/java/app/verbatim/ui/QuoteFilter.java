package app.verbatim.ui;

import app.verbatim.engine.present.OutletFigures;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.QuotationRows;
import app.verbatim.engine.present.RowRelation;
import app.verbatim.model.Comparison;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.ViewSettings;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the toolbar's filters ask for, as one value the view-model decides with: which rows are shown,
 * what the summary line says and what the session remembers. The window only reads its controls into
 * one of these; nothing here needs a window.
 *
 * @param speaker  the chosen speaker, or null / {@link SpeakerChoice#ALL} for every speaker
 * @param relation the relation shown, or null for all
 * @param fidelity the fidelity class shown, or null for all
 * @param search   the search words, or "" for none
 */
record QuoteFilter(SpeakerChoice speaker, RowRelation relation, FidelityClass fidelity, String search) {
  static final QuoteFilter NONE = new QuoteFilter(null, null, null, "");

  QuoteFilter {
    search = search == null ? "" : search;
  }

  /** The chosen speaker's id, or null for every speaker. */
  String speakerId() {
    return speaker == null ? null : speaker.speakerId();
  }

  /** Whether a row of the quotation list passes the filters. */
  Predicate<QuotationRow> rows() {
    String id = speakerId();
    return row -> QuotationRows.matches(row, id, relation, fidelity, search);
  }

  /** "Ri Yong Ho — NBC News: 4 quotations, 3 shared, 1 only here   ·   TASS: …" for the status bar. */
  String summary(Comparison c) {
    String id = speakerId();
    return OutletFigures.of(c, id).stream().map(OutletFigures::describe)
        .collect(Collectors.joining("   ·   ", (id == null ? "All speakers" : speaker.name()) + " — ", ""));
  }

  /** What the session remembers of the view, the speaker by name (ids change with each analysis). */
  ViewSettings view(boolean syncScroll) {
    return new ViewSettings(speakerId() == null ? null : speaker.name(), syncScroll, search);
  }
}
