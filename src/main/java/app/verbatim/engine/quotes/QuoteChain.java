package app.verbatim.engine.quotes;

import app.verbatim.model.Span;
import java.util.List;

/**
 * One quotation in the making: each part with its marks, the quoted words of each part, and the
 * paragraph its first part stands in.
 */
record QuoteChain(List<Span> marked, List<Span> parts, int paragraph) {}
