package app.verbatim.engine.align;

import app.verbatim.engine.text.QuoteWords;
import app.verbatim.model.Relation;

/** Two quotations of different documents that render the same passage. */
public record QuoteLink(QuoteWords a, QuoteWords b, double similarity, Relation relation) {}
