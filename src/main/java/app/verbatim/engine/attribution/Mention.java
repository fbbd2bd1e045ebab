package app.verbatim.engine.attribution;

/**
 * One place where the text names a known person.
 *
 * @param offset  where the mention starts
 * @param end     where it ends
 * @param person  who is meant
 * @param subject the mention is its clause's subject
 * @param speech  a reporting verb follows: the person speaks there
 */
record Mention(int offset, int end, Person person, boolean subject, boolean speech) {}
