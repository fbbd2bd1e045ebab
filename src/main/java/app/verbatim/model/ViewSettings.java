package app.verbatim.model;

/**
 * How the comparison was being looked at, saved with a session so it reopens the same way.
 *
 * @param focusSpeaker name of the speaker the quotation list was filtered to, or null for the default
 * @param syncScroll   whether the panes scroll together
 * @param search       the quotation list's search text
 */
public record ViewSettings(String focusSpeaker, boolean syncScroll, String search) {
  public static final ViewSettings DEFAULT = new ViewSettings(null, false, "");

  public ViewSettings {
    search = search == null ? "" : search;
  }
}
