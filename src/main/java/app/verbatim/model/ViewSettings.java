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

  // equals and hashCode written out, with the values the generated ones give: the generated ones link a
  // call site on their first use, at every start (README, Start-up)
  @Override
  public boolean equals(Object o) {
    return o instanceof ViewSettings v && syncScroll == v.syncScroll && java.util.Objects.equals(focusSpeaker, v.focusSpeaker)
        && search.equals(v.search);
  }

  @Override
  public int hashCode() {
    return (31 * java.util.Objects.hashCode(focusSpeaker) + Boolean.hashCode(syncScroll)) * 31 + search.hashCode();
  }
}
