package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.engine.present.EvidenceText;
import app.verbatim.io.DefaultArticles;
import app.verbatim.model.Comparison;
import app.verbatim.model.Evidence;
import app.verbatim.model.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {
  @TempDir
  Path dir;

  /** A strict RFC 4180 reader: what a spreadsheet does with the file. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        assertThat(cell).as("quote inside an unquoted field").isEmpty();
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        assertThat(csv.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare LF outside quotes").isNotEqualTo('\n');
        cell.append(c);
      }
    }
    assertThat(quoted).as("unterminated quoted field").isFalse();
    assertThat(cell).as("last row ends with CRLF").isEmpty();
    return rows;
  }

  private List<List<String>> write(Comparison c) throws Exception {
    Path out = dir.resolve("q.csv");
    new CsvReportWriter().write(c, PdfReportWriterTest.OPTIONS, out);
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    return parse(text);
  }

  @Test
  void oneRowPerQuotationThatParsesBack() throws Exception {
    Comparison seed = new VerbatimEngine().compare(DefaultArticles.load());
    List<List<String>> rows = write(seed);
    assertThat(rows.get(0)).isEqualTo(CsvReportWriter.HEADER);
    assertThat(rows).hasSize(seed.quotes().size() + 1);
    for (int i = 0; i < seed.quotes().size(); i++) {
      Quote q = seed.quotes().get(i);
      List<String> r = rows.get(i + 1);
      assertThat(r).hasSize(CsvReportWriter.HEADER.size());
      assertThat(r.get(0)).isEqualTo(q.id());
      assertThat(r.get(2)).isEqualTo(seed.document(q.documentId()).orElseThrow().outlet());
      assertThat(r.get(10)).isEqualTo(q.text());
      assertThat(r.get(11)).isEqualTo(EvidenceText.brief(q, seed.document(q.documentId()).orElseThrow()));
      assertThat(r.get(1).isEmpty()).isEqualTo(!seed.isLinked(q.id()));
      assertThat(r.get(5)).isEqualTo(seed.isLinked(q.id())
          ? seed.alignmentsOf(q.id()).get(0).relation().label() : "only here");
    }
  }

  @Test
  void theEvidenceColumnSaysWhyEachQuotationHasItsSpeaker() throws Exception {
    Comparison c = HandBuilt.twoOutlets();
    c = HandBuilt.withEvidence(c, "q1", new Evidence("cue-after", "Marček said", HandBuilt.at(c, "d1", "Marček said"),
        null, "The name and verb after the quotation."));
    c = HandBuilt.withEvidence(c, "q2", new Evidence("pronoun", "She added", HandBuilt.at(c, "d1", "She added"),
        HandBuilt.at(c, "d1", "Zoë Marček"), "She is the last woman named."));
    List<List<String>> rows = write(c);
    assertThat(rows.get(0).get(11)).isEqualTo("evidence");
    assertThat(rows.get(1).get(11)).isEqualTo("rule: cue after the quotation, “Marček said” ¶2");
    assertThat(rows.get(2).get(11))
        .isEqualTo("rule: pronoun refers back, “She added” ¶3; “She” → Zoë Marček, named ¶1");
    assertThat(rows.get(3).get(11)).as("the unknown speaker of q3").isEqualTo("rule: none, the text does not say who speaks");
  }

  @Test
  void commasQuotesNewlinesAndFormulasAreSafe() throws Exception {
    HandBuilt.Builder b = new HandBuilt.Builder();
    String text = "Head\n\nShe said “=HYPERLINK(\"http://x\"), \"no\"” and “-1, then\nmore” and “@SUM(A1)”.\n";
    String a = b.doc("Outlet, \"Quoted\"", null, text, "en");
    var s = b.speaker("Ann, \"the\" Speaker");
    b.quote(a, s, "She", "said", 1, app.verbatim.model.QuoteKind.PARTIAL, "=HYPERLINK(\"http://x\"), \"no\"");
    b.quote(a, s, "She", "said", 1, app.verbatim.model.QuoteKind.PARTIAL, "-1, then\nmore");
    b.quote(a, null, null, null, 1, app.verbatim.model.QuoteKind.PARTIAL, "@SUM(A1)");
    List<List<String>> rows = write(b.build(s));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).get(2)).isEqualTo("Outlet, \"Quoted\"");
    assertThat(rows.get(1).get(3)).isEqualTo("Ann, \"the\" Speaker");
    assertThat(rows.get(1).get(10)).isEqualTo("'=HYPERLINK(\"http://x\"), \"no\"");
    assertThat(rows.get(2).get(10)).isEqualTo("'-1, then\nmore");
    assertThat(rows.get(3).get(10)).isEqualTo("'@SUM(A1)");
    assertThat(rows.get(3).get(3)).isEmpty();
    assertThat(rows.get(3).get(5)).isEqualTo("only here");
  }
}
