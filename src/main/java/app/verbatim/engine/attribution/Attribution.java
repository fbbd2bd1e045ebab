package app.verbatim.engine.attribution;

import app.verbatim.model.Span;

/**
 * Who speaks one quotation, how the outlet named them there, the reporting verb, and the evidence: the
 * sieve that decided, the cue it read and, when the cue only refers back, where the person was named.
 */
record Attribution(Person person, String label, String verb, String sieve, Cue cue, Span named) {
  static final Attribution NONE = new Attribution(null, null, null);

  Attribution(Person person, String label, String verb) {
    this(person, label, verb, null, null, null);
  }

  /** Stamped by the pipeline with the sieve that decided, unless an earlier step already did. */
  Attribution by(String id, Cue withCue) {
    return new Attribution(person, label, verb, sieve != null ? sieve : id, cue != null ? cue : withCue, named);
  }

  Attribution namedAt(Span where) {
    return new Attribution(person, label, verb, sieve, cue, where);
  }
}
