package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Word;
import java.util.List;

/**
 * Words of the reporter's that say who speaks a quotation: the noun phrase that names or refers to the
 * speaker, the reporting verb if any, and the sieve that found them.
 *
 * @param np     the speaker's noun phrase ("Ri", "the minister", "he")
 * @param verb   the reporting verb as written ("said", "shot back", "according to"), or null
 * @param offset where the noun phrase starts
 * @param sieve  the id of the cue sieve that found it, or null before a sieve claims it
 */
record Cue(List<Word> np, String verb, int offset, String sieve) {
  Cue(List<Word> np, String verb, int offset) {
    this(np, verb, offset, null);
  }

  Cue by(String id) {
    return sieve != null ? this : new Cue(np, verb, offset, id);
  }

  /** End of the noun phrase. */
  int end() {
    return np.get(np.size() - 1).end();
  }
}
