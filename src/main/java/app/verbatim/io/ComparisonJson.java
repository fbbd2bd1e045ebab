package app.verbatim.io;

import app.verbatim.engine.present.EvidenceText;
import app.verbatim.model.Alignment;
import app.verbatim.model.Fidelity;
import app.verbatim.model.QuotePart;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Quote;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a comparison as the documented JSON ({@code src/main/resources/app/verbatim/schema/
 * comparison.schema.json}): documents in input order, speakers, quotations with offsets into each
 * document's text, alignments with word-level differences.
 */
public final class ComparisonJson {
  public static final String FORMAT = "verbatim-comparison/2";
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ObjectNode toTree(Comparison c) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    documents(root.putArray("documents"), c);
    speakers(root.putArray("speakers"), c);
    quotes(root.putArray("quotes"), c);
    alignments(root.putArray("alignments"), c);
    scareQuotes(root.putArray("scareQuotes"), c);
    coverage(root.putArray("coverage"), c);
    root.put("focusSpeaker", c.focusSpeaker());
    fidelity(root.putArray("fidelity"), c);
    warnings(root.putArray("warnings"), c);
    return root;
  }

  private void documents(ArrayNode docs, Comparison c) {
    for (Document d : c.documents()) {
      ObjectNode o = docs.addObject();
      o.put("id", d.id());
      o.put("outlet", d.outlet());
      o.put("title", title(d));
      o.put("date", d.article().date());
      o.put("language", d.article().language());
      o.put("source", d.article().source());
      o.put("reference", d.article().reference());
      o.put("sha256", d.sha256());
      o.put("text", d.text());
      ArrayNode ps = o.putArray("paragraphs");
      for (Paragraph p : d.paragraphs()) {
        ObjectNode po = ps.addObject();
        po.put("section", lower(p.section()));
        po.put("number", p.number());
        po.put("start", p.span().start());
        po.put("end", p.span().end());
      }
    }
  }

  private void speakers(ArrayNode speakers, Comparison c) {
    for (Speaker s : c.speakers()) {
      ObjectNode o = speakers.addObject();
      o.put("id", s.id());
      o.put("name", s.name());
      ArrayNode al = o.putArray("aliases");
      s.aliases().forEach(al::add);
    }
  }

  private void quotes(ArrayNode quotes, Comparison c) {
    for (Quote q : c.quotes()) {
      ObjectNode o = quotes.addObject();
      o.put("id", q.id());
      o.put("document", q.documentId());
      o.put("text", q.text());
      spans(o.putArray("spans"), q.spans());
      o.put("speaker", q.speakerId());
      o.put("speakerLabel", q.speakerLabel());
      o.put("verb", q.verb());
      o.put("position", q.position().label());
      o.put("section", lower(q.position().section()));
      o.put("paragraph", q.position().paragraph());
      o.put("kind", lower(q.kind()));
      spans(o.putArray("editorial"), q.editorial());
      attribution(o.putObject("attribution"), q, c.document(q.documentId()).orElse(null));
    }
  }

  private void alignments(ArrayNode alignments, Comparison c) {
    for (Alignment a : c.alignments()) {
      ObjectNode o = alignments.addObject();
      o.put("id", a.id());
      o.put("group", a.group());
      ArrayNode ids = o.putArray("quotes");
      a.quoteIds().forEach(ids::add);
      o.put("relation", a.relation().label());
      o.put("similarity", a.similarity());
      ArrayNode parts = o.putArray("parts");
      for (QuotePart p : a.parts()) {
        ObjectNode x = parts.addObject();
        x.put("quote", p.quoteId());
        x.put("part", p.index());
        x.put("of", p.count());
        spans(x.putArray("spans"), p.spans());
      }
      ArrayNode diff = o.putArray("diff");
      for (DiffSpan d : a.diff()) {
        ObjectNode x = diff.addObject();
        x.put("kind", d.kind().label());
        x.put("document", d.documentId());
        x.put("start", d.span().start());
        x.put("end", d.span().end());
      }
    }
  }

  private void scareQuotes(ArrayNode scare, Comparison c) {
    for (ScareQuote s : c.scareQuotes()) {
      ObjectNode o = scare.addObject();
      o.put("document", s.documentId());
      o.put("text", s.text());
      o.put("start", s.span().start());
      o.put("end", s.span().end());
    }
  }

  private void coverage(ArrayNode coverage, Comparison c) {
    for (Coverage cv : c.coverage()) {
      ObjectNode o = coverage.addObject();
      o.put("document", cv.documentId());
      o.put("speaker", cv.speakerId());
      ArrayNode ids = o.putArray("quotes");
      cv.quoteIds().forEach(ids::add);
    }
  }

  private void fidelity(ArrayNode fidelity, Comparison c) {
    for (Fidelity f : c.fidelity()) {
      ObjectNode o = fidelity.addObject();
      o.put("quote", f.quoteId());
      o.put("reference", f.referenceId());
      o.put("class", f.kind().label());
      spans(o.putArray("record"), f.record());
      spans(o.putArray("omitted"), f.omitted());
      ArrayNode changes = o.putArray("changes");
      f.changes().forEach(changes::add);
      o.put("likely", f.likely());
    }
  }

  private void warnings(ArrayNode warnings, Comparison c) {
    for (Warning w : c.warnings()) {
      ObjectNode o = warnings.addObject();
      o.put("document", w.documentId());
      o.put("offset", w.offset());
      o.put("message", w.message());
    }
  }

  public String write(Comparison c) {
    try {
      return mapper.writeValueAsString(toTree(c)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a comparison", e);
    }
  }

  /** Writes atomically: a failure leaves any existing file as it was and no partial file behind. */
  public void write(Comparison c, Path out) throws IOException {
    ObjectNode tree = toTree(c);
    AtomicFile.write(out, stream -> {
      // the stream belongs to AtomicFile, which forces it to disk before the move
      mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(stream, tree);
      stream.write('\n');
    });
  }

  /** The article's title, else the headline the engine found in its text, else null. */
  public static String title(Document d) {
    if (d.article().title() != null) {
      return d.article().title();
    }
    for (Paragraph p : d.paragraphs()) {
      if (p.section() == Section.HEADLINE) {
        return p.span().of(d.text());
      }
    }
    return null;
  }

  /** Why the quotation has its speaker: the rule, the words it read and where, where the speaker was named. */
  private static void attribution(ObjectNode o, Quote q, Document d) {
    Evidence e = q.evidence();
    o.put("sieve", e.sieve());
    o.put("cue", e.cue());
    span(o, "cueSpan", e.cueSpan());
    o.put("cueParagraph", d == null ? null : EvidenceText.paragraphNumber(d, e.cueSpan()));
    span(o, "named", e.named());
    o.put("namedParagraph", d == null ? null : EvidenceText.paragraphNumber(d, e.named()));
    o.put("detail", e.detail());
  }

  private static void span(ObjectNode o, String field, Span s) {
    if (s == null) {
      o.putNull(field);
    } else {
      o.putArray(field).add(s.start()).add(s.end());
    }
  }

  private static void spans(ArrayNode arr, List<Span> spans) {
    for (Span s : spans) {
      ArrayNode pair = arr.addArray();
      pair.add(s.start());
      pair.add(s.end());
    }
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
