package app.verbatim.ui;

/**
 * Where the window opens: on a small screen all of its visual bounds (the screen less panels and docks),
 * on a larger one nine tenths of them, centred; never larger than the visual bounds.
 */
record WindowBounds(double x, double y, double width, double height) {
  /** Up to this size a screen is used whole: the articles need every line of it. */
  static final double SMALL_WIDTH = 1440;
  static final double SMALL_HEIGHT = 900;

  static WindowBounds fit(double minX, double minY, double visibleWidth, double visibleHeight) {
    double w = visibleWidth <= SMALL_WIDTH ? visibleWidth : Math.max(SMALL_WIDTH, Math.round(visibleWidth * 0.9));
    double h = visibleHeight <= SMALL_HEIGHT ? visibleHeight : Math.max(SMALL_HEIGHT, Math.round(visibleHeight * 0.9));
    w = Math.min(w, visibleWidth);
    h = Math.min(h, visibleHeight);
    return new WindowBounds(minX + Math.floor((visibleWidth - w) / 2), minY + Math.floor((visibleHeight - h) / 2), w, h);
  }
}
