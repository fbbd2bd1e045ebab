package app.verbatim.export;

import app.verbatim.engine.ProgressListener;
import app.verbatim.model.Comparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The report as one self-contained HTML file: styles inline, no script, no image, no link to any
 * other resource, so it opens the same anywhere, offline, and loads nothing.
 */
public final class HtmlReportWriter implements ReportWriter {

  @Override
  public void write(Comparison comparison, ReportOptions options, ReportAnnotations annotations, Path target,
      ProgressListener listener) throws ExportException {
    AtomicExport.report(target, listener, 0.9,
        progress -> render(comparison, options, annotations, progress).getBytes(StandardCharsets.UTF_8));
  }

  String render(Comparison comparison, ReportOptions options, ReportAnnotations annotations, ExportProgress progress) {
    progress.at(0, "Preparing the report");
    ReportContent content = new ReportContent(comparison, options.focusSpeaker());
    org.jsoup.nodes.Document doc = new ReportHtml(content, options, annotations, ReportHtml.Target.HTML,
        TextPolicy.anyGlyph(), progress).build(0.05, 0.85);
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }
}
