package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;

/**
 * A rule that finds the reporter's words saying who speaks a quotation ("…," Ri said; X told: "…").
 * {@link SpeakerResolver} runs the cue sieves in order; the first cue found is the quotation's.
 */
interface CueSieve {
  /** The id recorded as evidence. */
  String id();

  /** The cue for {@code q}, or null when this rule finds none. */
  Cue find(FoundQuote q);
}
