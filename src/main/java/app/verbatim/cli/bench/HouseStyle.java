package app.verbatim.cli.bench;

/**
 * How one synthetic outlet writes: its quotation marks, where it puts the attribution, and which
 * spelling it uses for words with variants.
 *
 * @param outlet              the outlet's name
 * @param open                opening quotation mark
 * @param close               closing quotation mark
 * @param american            American spellings (U.S., program) rather than British (US, programme)
 * @param attributionFirst    "Marsh said: “…”" rather than "“…,” Marsh said."
 * @param dateline            the opening of the first paragraph
 */
record HouseStyle(String outlet, String open, String close, boolean american, boolean attributionFirst,
    String dateline) {

  /** Straight quotes, attribution after, American spelling. */
  static final HouseStyle WIRE = new HouseStyle("Wire Service", "\"", "\"", true, false, "GENEVA (Wire) —");
  /** Curly quotes, attribution before, British spelling. */
  static final HouseStyle BROADSHEET = new HouseStyle("The Broadsheet", "\u201C", "\u201D", false, true, "Geneva:");
}
