package app.verbatim.engine.attribution;

import java.util.List;

/**
 * A rule applied to each quotation after its cue is resolved: it may supply a speaker the cue did not
 * ("it said" → the body named before; no cue → the speaker continuing), or keep the answer as it is.
 */
interface QuoteSieve {
  /** The id recorded as evidence. */
  String id();

  /**
   * The attribution of quotation {@code index}, given its cue (or null) and the answer so far; {@code done}
   * holds the attributions of the quotations before it.
   */
  Attribution apply(int index, Cue cue, Attribution current, List<Attribution> done);
}
