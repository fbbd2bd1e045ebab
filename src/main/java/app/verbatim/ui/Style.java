package app.verbatim.ui;

/**
 * The style classes the window's code sets, typed (as PDFsam's {@code Style}), so a class name is spelled
 * once and a test checks each styled one against the stylesheet. Classes made from data ("relation-" plus
 * a relation, "mark-" plus a mark) stay built where they are; the text marks inside the articles are the
 * engine's ({@code engine/present/TextStyles}).
 */
public enum Style {
  ARTICLE_PANE("article-pane", true),
  ARTICLE_TEXT("article-text", true),
  COMPARISON_VIEW("comparison-view", true),
  CONNECTOR("connector", true),
  CONNECTOR_BAND("connector-band", true),
  CONNECTOR_DIMMED("connector-dimmed", true),
  CONNECTOR_SELECTED("connector-selected", true),
  DETAIL_BLOCK("detail-block", true),
  DETAIL_CHANGE("detail-change", true),
  DETAIL_CONTENT("detail-content", true),
  DETAIL_CORRECTION("detail-correction", true),
  DETAIL_EVIDENCE("detail-evidence", true),
  DETAIL_EVIDENCE_NONE("detail-evidence-none", true),
  DETAIL_FIDELITY("detail-fidelity", true),
  DETAIL_HINT("detail-hint", true),
  DETAIL_OUTLET("detail-outlet", true),
  DETAIL_RECORD("detail-record", false),
  DETAIL_TEXT("detail-text", true),
  DETAIL_TITLE("detail-title", true),
  DETAIL_VIEW("detail-view", false),
  DETAIL_WORDS("detail-words", true),
  ERROR("error", false),
  FIDELITY_FLAG("fidelity-flag", true),
  FILTER_BAR("filter-bar", true),
  FRAMING_HEAD("framing-head", true),
  FRAMING_LOADED("framing-loaded", true),
  FRAMING_TABLE("framing-table", true),
  GUIDE("guide", true),
  GUIDE_HEADING("guide-heading", true),
  GUIDE_LEGEND("guide-legend", true),
  GUIDE_TEXT("guide-text", true),
  INFO("info", false),
  LEGEND("legend", true),
  LEGEND_ITEM("legend-item", true),
  LEGEND_SAMPLE("legend-sample", true),
  MAIN_TOOLBAR("main-toolbar", true),
  NOTE_FIELD("note-field", false),
  OVERVIEW_RULER("overview-ruler", true),
  PANE_CLOSE("pane-close", true),
  PANE_DATE("pane-date", true),
  PANE_HEADER("pane-header", true),
  PANE_HEADLINE("pane-headline", true),
  PANE_OUTLET("pane-outlet", true),
  QUOTATION_TABLE("quotation-table", true),
  REFERENCE_PANE("reference-pane", true),
  RULER_CORRECTED("ruler-corrected", true),
  RULER_FOCUS("ruler-focus", true),
  RULER_LINKED("ruler-linked", true),
  RULER_MARK("ruler-mark", true),
  RULER_ONLY_HERE("ruler-only-here", true),
  RULER_OTHER("ruler-other", true),
  RULER_SELECTED("ruler-selected", true),
  RULER_VIEWPORT("ruler-viewport", true),
  SPEAKER_CELL("speaker-cell", false),
  STATUS_BAR("status-bar", true),
  WORDING_CELL("wording-cell", false);

  private final String css;
  private final boolean styled;

  Style(String css, boolean styled) {
    this.css = css;
    this.styled = styled;
  }

  /** The class name as the stylesheet writes it. */
  public String css() {
    return css;
  }

  /** Whether verbatim.css gives it a look; the others are hooks for lookups and tests. */
  public boolean styled() {
    return styled;
  }
}
