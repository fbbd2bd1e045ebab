package app.verbatim.export;

/** The report formats this package writes (JSON is written by {@code io.ComparisonJson}). */
public enum ReportFormat {
  PDF("PDF report", "pdf"),
  HTML("HTML report", "html"),
  CSV("Quotation table (CSV)", "csv");

  private final String label;
  private final String extension;

  ReportFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** A name for menus and file dialogs. */
  public String label() {
    return label;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  public ReportWriter writer() {
    return switch (this) {
      case PDF -> new PdfReportWriter();
      case HTML -> new HtmlReportWriter();
      case CSV -> new CsvReportWriter();
    };
  }
}
