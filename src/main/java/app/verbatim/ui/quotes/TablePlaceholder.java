package app.verbatim.ui.quotes;

/** What the empty quotation list says: why it is empty (kept free of JavaFX, so it is tested alone). */
final class TablePlaceholder {
  private TablePlaceholder() {}

  static String text(boolean busy, int rows) {
    if (busy) {
      return "Reading the articles…";
    }
    return rows == 0 ? "No quotations in these articles." : "No quotations match the filters.";
  }
}
