package app.verbatim.export;

import app.verbatim.engine.ProgressListener;
import app.verbatim.model.Comparison;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.helper.W3CDom;

/**
 * The PDF report, rendered from {@link ReportHtml} by openhtmltopdf on PDFBox with the DejaVu fonts
 * embedded. The renderer is denied every external resource ({@link NoExternalResources}). One export at a
 * time per instance ({@link ReportFormat#writer()} hands out a new one each time).
 */
public final class PdfReportWriter implements ReportWriter {
  /**
   * Held so the settings stick: PDFBox warns on stderr that the PDF standard fonts (which the renderer
   * registers but the report never uses) fall back to a system font; that is noise on a command line.
   */
  private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
      java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

  static {
    // openhtmltopdf logs every font load at INFO on stderr; its diagnostics are collected per render instead
    XRLog.setLoggingEnabled(false);
    QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
  }

  private final ReportFonts fonts;
  private NoExternalResources lastGuard;
  private String lastCjkFont;

  public PdfReportWriter() {
    this(new ReportFonts());
  }

  PdfReportWriter(ReportFonts fonts) {
    this.fonts = fonts;
  }

  @Override
  public void write(Comparison comparison, ReportOptions options, ReportAnnotations annotations, Path target,
      ProgressListener listener) throws ExportException {
    AtomicExport.report(target, listener, 0.95, progress -> render(comparison, options, annotations, progress));
  }

  /**
   * Renders the PDF in memory; nothing touches the disk until it is complete. When the last page would
   * hold only a few lines, the report is laid out once more a little tighter and that version kept if it
   * saves the page: a page with two lines on it reads as if something were missing.
   */
  byte[] render(Comparison comparison, ReportOptions options, ReportAnnotations annotations, ExportProgress progress)
      throws ExportException {
    progress.at(0, "Preparing the report");
    ReportContent content = new ReportContent(comparison, options.focusSpeaker());
    Rendered normal = renderOnce(content, options, annotations, progress.scaled(0, 0.9), false);
    if (normal.pages() < 2 || normal.lastPageFill() >= NEARLY_EMPTY) {
      return normal.pdf();
    }
    progress.at(0.9, "Fitting the last page");
    Rendered tight = renderOnce(content, options, annotations, progress.scaled(0.9, 0.95), true);
    return tight.pages() < normal.pages() ? tight.pdf() : normal.pdf();
  }

  /** Under this share of its height filled, a last page counts as nearly empty. */
  static final double NEARLY_EMPTY = 0.2;

  private record Rendered(byte[] pdf, int pages, double lastPageFill) {}

  private Rendered renderOnce(ReportContent content, ReportOptions options, ReportAnnotations annotations,
      ExportProgress progress, boolean tight) throws ExportException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    NoExternalResources guard = new NoExternalResources();
    lastGuard = guard;
    try (PDDocument pdf = new PDDocument(); ReportFonts.FontSession session = fonts.open()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(pdf);
      builder.withDiagnosticConsumer(diagnostics::add);
      builder.withProducer("Verbatim " + options.version() + " (openhtmltopdf, PDFBox)");
      guard.install(builder);
      session.register(builder, pdf);
      lastCjkFont = session.cjkFont();

      ReportHtml html = new ReportHtml(content, options, annotations, ReportHtml.Target.PDF,
          TextPolicy.glyphsOf(session.drawable()), progress);
      org.jsoup.nodes.Document jsoupDoc = html.build(0.02, 0.15);
      if (tight) {
        jsoupDoc.body().addClass("tight");
      }
      progress.at(0.17, "Preparing the layout");
      builder.withW3cDocument(new W3CDom().fromJsoup(jsoupDoc), null);

      int[] pageCount = {0};
      builder.usePageSupplier((doc, w, h, index, shadow) -> {
        progress.within(0.45, 1, index, Math.max(pageCount[0], index + 1),
            "Writing page " + (index + 1) + (pageCount[0] > 0 ? " of " + pageCount[0] : ""));
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        return page;
      });
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        progress.at(0.2, "Laying out the pages");
        renderer.layout();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        pageCount[0] = pages.size();
        progress.at(0.45, "Writing " + pageCount[0] + " pages");
        renderer.createPDFWithoutClosing();
        describe(pdf, html.title(), options);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        pdf.save(out);
        return new Rendered(out.toByteArray(), pages.size(), lastPageFill(renderer.getRootBox().getHeight(), pages));
      }
    } catch (ExportProgress.Cancelled e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new ExportException("the PDF could not be made: " + m, e);
    }
  }

  /** The share of the last page's height that the content reaches into (document coordinates). */
  private static double lastPageFill(int contentHeight, List<PageBox> pages) {
    PageBox last = pages.get(pages.size() - 1);
    int height = Math.max(1, last.getBottom() - last.getTop());
    return Math.max(0, Math.min(1, (contentHeight - last.getTop()) / (double) height));
  }

  private static void describe(PDDocument pdf, String title, ReportOptions options) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor("Verbatim");
    info.setSubject("Quotation comparison report");
    info.setCreator("Verbatim " + options.version());
    Calendar when = GregorianCalendar.from(ZonedDateTime.now(options.clock()));
    info.setCreationDate(when);
    info.setModificationDate(when);
  }

  /** The number of pages of a PDF file (for the report bench, which may not import PDFBox itself). */
  public static int countPages(Path pdf) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    }
  }

  /** The load attempts the renderer made during the last render (all refused); for tests. */
  List<String> refusedLoads() {
    return lastGuard == null ? List.of() : lastGuard.refused();
  }

  /** The CJK font used by the last render, or null. */
  String cjkFont() {
    return lastCjkFont;
  }
}
