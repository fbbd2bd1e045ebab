package app.verbatim.ui.quotes;

/** How the quotation list's outlet columns share its width (no JavaFX, tested without a window). */
public final class ColumnShare {
  /** Each outlet's wording column is at least this wide; more outlets than fit scroll sideways. */
  public static final double MIN_WORDING = 140;
  /** Room for the vertical scroll bar and the borders. */
  private static final double CHROME = 20;

  private ColumnShare() {}

  /**
   * The width of each outlet's column: an equal share of what the other columns leave, never below
   * {@link #MIN_WORDING}.
   */
  public static double wordingWidth(double tableWidth, double otherColumns, int outlets) {
    if (outlets <= 0) {
      return MIN_WORDING;
    }
    return Math.max(MIN_WORDING, Math.floor((tableWidth - otherColumns - CHROME) / outlets));
  }
}
