package app.verbatim.engine.quotes;

/** One quotation-mark character in a paragraph, with what its context lets it do. */
record QuoteMark(int pos, char ch, Family family, Role role, boolean maybeApostrophe) {
  enum Family { DOUBLE, SINGLE }

  enum Role { OPEN, CLOSE, EITHER }
}
