package app.verbatim.io;

import app.verbatim.engine.present.EvidenceText;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Fidelity;
import app.verbatim.model.Quote;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Span;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a comparison as the documented JSON ({@code src/main/resources/app/verbatim/schema/
 * comparison.schema.json}): documents in input order, speakers, quotations with offsets into each
 * document's text, alignments with word-level differences. The shape is a set of records below, one per
 * object of the schema, bound by Jackson in their components' order; a span is {@code [start, end]}.
 */
public final class ComparisonJson {
  public static final String FORMAT = "verbatim-comparison/2";
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  record Root(String format, List<DocumentJson> documents, List<SpeakerJson> speakers, List<QuoteJson> quotes,
      List<AlignmentJson> alignments, List<ScareJson> scareQuotes, List<CoverageJson> coverage, String focusSpeaker,
      List<FidelityJson> fidelity, List<WarningJson> warnings) {}

  record DocumentJson(String id, String outlet, String title, String date, String language, String source,
      String reference, String sha256, String text, List<ParagraphJson> paragraphs) {}

  record ParagraphJson(String section, int number, int start, int end) {}

  record SpeakerJson(String id, String name, List<String> aliases) {}

  record QuoteJson(String id, String document, String text, List<int[]> spans, String speaker, String speakerLabel,
      String verb, String position, String section, Integer paragraph, String kind, List<int[]> editorial,
      AttributionJson attribution) {}

  /** Why the quotation has its speaker: the rule, the words it read and where, where the speaker was named. */
  record AttributionJson(String sieve, String cue, int[] cueSpan, Integer cueParagraph, int[] named,
      Integer namedParagraph, String detail) {}

  record AlignmentJson(String id, String group, List<String> quotes, String relation, double similarity,
      List<PartJson> parts, List<DiffJson> diff) {}

  record PartJson(String quote, int part, int of, List<int[]> spans) {}

  record DiffJson(String kind, String document, int start, int end) {}

  record ScareJson(String document, String text, int start, int end) {}

  record CoverageJson(String document, String speaker, List<String> quotes) {}

  record FidelityJson(String quote, String reference, @JsonProperty("class") String kind, List<int[]> record,
      List<int[]> omitted, List<String> changes, String likely) {}

  record WarningJson(String document, int offset, String message) {}

  Root toJson(Comparison c) {
    return new Root(FORMAT, c.documents().stream().map(ComparisonJson::document).toList(),
        c.speakers().stream().map(s -> new SpeakerJson(s.id(), s.name(), s.aliases())).toList(),
        c.quotes().stream().map(q -> quote(q, c.document(q.documentId()).orElse(null))).toList(),
        c.alignments().stream().map(ComparisonJson::alignment).toList(),
        c.scareQuotes().stream().map(ComparisonJson::scare).toList(),
        c.coverage().stream().map(v -> new CoverageJson(v.documentId(), v.speakerId(), v.quoteIds())).toList(),
        c.focusSpeaker(),
        c.fidelity().stream().map(ComparisonJson::fidelity).toList(),
        c.warnings().stream().map(w -> new WarningJson(w.documentId(), w.offset(), w.message())).toList());
  }

  private static DocumentJson document(Document d) {
    List<ParagraphJson> ps = d.paragraphs().stream()
        .map(p -> new ParagraphJson(lower(p.section()), p.number(), p.span().start(), p.span().end())).toList();
    return new DocumentJson(d.id(), d.outlet(), d.title(), d.article().date(), d.article().language(),
        d.article().source(), d.article().reference(), d.sha256(), d.text(), ps);
  }

  private static QuoteJson quote(Quote q, Document d) {
    Evidence e = q.evidence();
    AttributionJson why = new AttributionJson(e.sieve(), e.cue(), pair(e.cueSpan()),
        d == null ? null : EvidenceText.paragraphNumber(d, e.cueSpan()), pair(e.named()),
        d == null ? null : EvidenceText.paragraphNumber(d, e.named()), e.detail());
    return new QuoteJson(q.id(), q.documentId(), q.text(), pairs(q.spans()), q.speakerId(), q.speakerLabel(),
        q.verb(), q.position().label(), lower(q.position().section()), q.position().paragraph(), lower(q.kind()),
        pairs(q.editorial()), why);
  }

  private static AlignmentJson alignment(Alignment a) {
    List<PartJson> parts = a.parts().stream()
        .map(p -> new PartJson(p.quoteId(), p.index(), p.count(), pairs(p.spans()))).toList();
    List<DiffJson> diff = a.diff().stream()
        .map(d -> new DiffJson(d.kind().label(), d.documentId(), d.span().start(), d.span().end())).toList();
    return new AlignmentJson(a.id(), a.group(), a.quoteIds(), a.relation().label(), a.similarity(), parts, diff);
  }

  private static ScareJson scare(ScareQuote s) {
    return new ScareJson(s.documentId(), s.text(), s.span().start(), s.span().end());
  }

  private static FidelityJson fidelity(Fidelity f) {
    return new FidelityJson(f.quoteId(), f.referenceId(), f.kind().label(), pairs(f.record()), pairs(f.omitted()),
        f.changes(), f.likely());
  }

  public String write(Comparison c) {
    try {
      return mapper.writeValueAsString(toJson(c)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a comparison", e);
    }
  }

  /** Writes atomically: a failure leaves any existing file as it was and no partial file behind. */
  public void write(Comparison c, Path out) throws IOException {
    Root json = toJson(c);
    AtomicFile.write(out, stream -> {
      // the stream belongs to AtomicFile, which forces it to disk before the move
      mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(stream, json);
      stream.write('\n');
    });
  }

  private static int[] pair(Span s) {
    return s == null ? null : new int[] {s.start(), s.end()};
  }

  private static List<int[]> pairs(List<Span> spans) {
    return spans.stream().map(ComparisonJson::pair).toList();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
