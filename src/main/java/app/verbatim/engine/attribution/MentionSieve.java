package app.verbatim.engine.attribution;

/**
 * A rule that turns a cue's noun phrase into a person: a pronoun into the person it refers back to, a
 * name into the person of that name, a role into its holder. The first sieve that applies decides.
 */
interface MentionSieve {
  /** The id recorded as evidence. */
  String id();

  /** The attribution the cue gives (its person may be null: "they"), or null when this rule does not apply. */
  Attribution resolve(Cue cue);
}
