package app.verbatim.export;

import app.verbatim.engine.ProgressListener;
import app.verbatim.model.Comparison;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
    AtomicExport.check(target);
    ExportProgress progress = new ExportProgress(listener);
    try {
      byte[] pdf = render(comparison, options, annotations, progress);
      progress.at(0.95, "Saving " + target.getFileName());
      AtomicExport.write(target, out -> out.write(pdf));
      progress.at(1, "Done");
    } catch (ExportProgress.Cancelled e) {
      throw new ExportCancelledException();
    }
  }

  /** Renders the PDF in memory; nothing touches the disk until it is complete. */
  byte[] render(Comparison comparison, ReportOptions options, ReportAnnotations annotations, ExportProgress progress)
      throws ExportException {
    progress.at(0, "Preparing the report");
    ReportContent content = new ReportContent(comparison, options.focusSpeaker());
    List<Diagnostic> diagnostics = new ArrayList<>();
    NoExternalResources guard = new NoExternalResources();
    lastGuard = guard;
    try (PDDocument pdf = new PDDocument(); ReportFonts.Session session = fonts.open()) {
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
      progress.at(0.17, "Preparing the layout");
      org.w3c.dom.Document w3c = new W3CDom().fromJsoup(jsoupDoc);
      builder.withW3cDocument(w3c, null);

      int[] pageCount = {0};
      builder.usePageSupplier((doc, w, h, index, shadow) -> {
        progress.within(0.45, 0.9, index, Math.max(pageCount[0], index + 1),
            "Writing page " + (index + 1) + (pageCount[0] > 0 ? " of " + pageCount[0] : ""));
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        return page;
      });
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        progress.at(0.2, "Laying out the pages");
        renderer.layout();
        pageCount[0] = renderer.getRootBox().getLayer().getPages().size();
        progress.at(0.45, "Writing " + pageCount[0] + " pages");
        renderer.createPDFWithoutClosing();
        describe(pdf, html.title(), options);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        pdf.save(out);
        return out.toByteArray();
      }
    } catch (ExportProgress.Cancelled e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new ExportException("the PDF could not be made: " + m, e);
    }
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
