package app.verbatim.export;

import app.verbatim.engine.present.FidelityFigures;
import app.verbatim.engine.present.QuoteText;
import app.verbatim.engine.ProgressListener;
import app.verbatim.engine.present.EvidenceText;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.Relation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The quotation table: one row per quotation (the last column says why it has its speaker), RFC 4180 (CRLF, fields quoted when needed, quotes
 * doubled), UTF-8 with a byte-order mark so spreadsheets pick the right encoding. A cell that
 * would start with {@code = + - @} gets a leading apostrophe so no spreadsheet runs it as a formula.
 */
public final class CsvReportWriter implements ReportWriter {
  static final List<String> HEADER = List.of(
      "quote", "group", "outlet", "speaker", "speaker_as_named", "relation", "similarity", "position",
      "verb", "kind", "text", "evidence", "fidelity", "record", "changes");

  @Override
  public void write(Comparison comparison, ReportOptions options, ReportAnnotations annotations, Path target,
      ProgressListener listener) throws ExportException {
    AtomicExport.report(target, listener, 0.9,
        progress -> render(comparison, options, progress).getBytes(StandardCharsets.UTF_8));
  }

  String render(Comparison comparison, ReportOptions options, ExportProgress progress) {
    progress.at(0, "Preparing the table");
    ReportContent content = new ReportContent(comparison, options.focusSpeaker());
    TextPolicy policy = TextPolicy.anyGlyph();
    StringBuilder b = new StringBuilder("\uFEFF");
    row(b, HEADER);
    List<Quote> quotes = comparison.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String group = content.groupOf(q.id());
      List<Alignment> as = comparison.alignmentsOf(q.id());
      String relation = as.isEmpty() ? "only here"
          : as.stream().map(Alignment::relation).max(Comparator.naturalOrder()).map(Relation::label).orElse("");
      String similarity = as.isEmpty() ? ""
          : String.format(Locale.ROOT, "%.2f", as.stream().mapToDouble(Alignment::similarity).max().orElse(0));
      Document doc = comparison.document(q.documentId()).orElse(null);
      java.util.Optional<app.verbatim.model.Fidelity> fidelity = comparison.fidelityOf(q.id());
      String outlet = doc == null ? q.documentId() : doc.outlet();
      row(b, List.of(
          q.id(),
          group == null ? "" : "Passage " + content.numberOf(group),
          policy.clean(outlet),
          q.speakerId() == null ? "" : policy.clean(content.speakerName(q)),
          policy.clean(q.speakerLabel()),
          relation,
          similarity,
          q.position().label(),
          policy.clean(q.verb()),
          q.kind().name().toLowerCase(Locale.ROOT),
          policy.clean(doc == null || q.spans().size() < 2 ? q.text() : QuoteText.of(q, doc.text())),
          doc == null ? "" : policy.clean(EvidenceText.brief(q, doc)),
          fidelity.map(f -> f.kind().label()).orElse(""),
          policy.clean(fidelity.map(f -> FidelityFigures.recordWords(comparison, f)).orElse("")),
          policy.clean(fidelity.map(f -> String.join("; ", f.changes())).orElse(""))));
      if (i % 200 == 0) {
        progress.within(0.05, 0.85, i, quotes.size(), "Writing the quotation table");
      }
    }
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(cell(cells.get(i)));
    }
    b.append("\r\n");
  }

  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
