package app.verbatim.io;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffKind;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.QuotePart;
import app.verbatim.model.Relation;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison, articles included, as compact bytes and back, field by field: what {@link AnalysisCache}
 * keeps so that a start-up showing an unchanged comparison reads it instead of analysing it again. Plain
 * loops and no reflection or JSON library, so reading costs a cold JVM next to nothing. Reading gives a
 * comparison equal to the one written; bytes it does not understand are an {@link IOException}.
 */
public final class ComparisonCodec {
  /** Changes whenever the layout below changes, so an old file is never read with a new layout. */
  public static final int VERSION = 1;

  private ComparisonCodec() {}

  public static byte[] write(Comparison c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(VERSION);
    out.writeInt(c.documents().size());
    for (Document d : c.documents()) {
      writeDocument(out, d);
    }
    out.writeInt(c.speakers().size());
    for (Speaker s : c.speakers()) {
      str(out, s.id());
      str(out, s.name());
      strings(out, s.aliases());
    }
    out.writeInt(c.quotes().size());
    for (Quote q : c.quotes()) {
      writeQuote(out, q);
    }
    out.writeInt(c.scareQuotes().size());
    for (ScareQuote s : c.scareQuotes()) {
      str(out, s.documentId());
      span(out, s.span());
      str(out, s.text());
    }
    out.writeInt(c.alignments().size());
    for (Alignment a : c.alignments()) {
      writeAlignment(out, a);
    }
    out.writeInt(c.coverage().size());
    for (Coverage v : c.coverage()) {
      str(out, v.documentId());
      str(out, v.speakerId());
      strings(out, v.quoteIds());
    }
    str(out, c.focusSpeaker());
    out.writeInt(c.warnings().size());
    for (Warning w : c.warnings()) {
      str(out, w.documentId());
      out.writeInt(w.offset());
      str(out, w.message());
    }
    out.writeInt(c.fidelity().size());
    for (Fidelity f : c.fidelity()) {
      writeFidelity(out, f);
    }
    out.flush();
    return bytes.toByteArray();
  }

  public static Comparison read(byte[] data) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
    if (in.readInt() != VERSION) {
      throw new IOException("another layout");
    }
    try {
      List<Document> documents = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        documents.add(readDocument(in));
      }
      List<Speaker> speakers = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        speakers.add(new Speaker(str(in), str(in), strings(in)));
      }
      List<Quote> quotes = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        quotes.add(readQuote(in));
      }
      List<ScareQuote> scare = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        scare.add(new ScareQuote(str(in), span(in), str(in)));
      }
      List<Alignment> alignments = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        alignments.add(readAlignment(in));
      }
      List<Coverage> coverage = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        coverage.add(new Coverage(str(in), str(in), strings(in)));
      }
      String focus = str(in);
      List<Warning> warnings = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        warnings.add(new Warning(str(in), in.readInt(), str(in)));
      }
      List<Fidelity> fidelity = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        fidelity.add(readFidelity(in));
      }
      if (in.read() != -1) {
        throw new IOException("bytes after the comparison");
      }
      return new Comparison(documents, speakers, quotes, scare, alignments, coverage, focus, warnings, fidelity);
    } catch (RuntimeException e) {
      // a record's own checks refused a value: the bytes are not a comparison this code wrote
      throw new IOException("not a comparison: " + e.getMessage(), e);
    }
  }

  private static void writeDocument(DataOutputStream out, Document d) throws IOException {
    str(out, d.id());
    Article a = d.article();
    str(out, a.outlet());
    str(out, a.title());
    str(out, a.date());
    str(out, a.language());
    str(out, a.source());
    str(out, a.text());
    str(out, a.reference());
    str(out, d.sha256());
    out.writeInt(d.paragraphs().size());
    for (Paragraph p : d.paragraphs()) {
      out.writeInt(p.number());
      span(out, p.span());
      ordinal(out, p.section());
    }
  }

  private static Document readDocument(DataInputStream in) throws IOException {
    String id = str(in);
    Article a = new Article(str(in), str(in), str(in), str(in), str(in), str(in), str(in));
    String sha = str(in);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      paragraphs.add(new Paragraph(in.readInt(), span(in), of(Section.values(), in.readInt())));
    }
    return new Document(id, a, sha, paragraphs);
  }

  private static void writeQuote(DataOutputStream out, Quote q) throws IOException {
    str(out, q.id());
    str(out, q.documentId());
    spans(out, q.spans());
    str(out, q.text());
    ordinal(out, q.kind());
    str(out, q.speakerId());
    str(out, q.speakerLabel());
    str(out, q.verb());
    out.writeBoolean(q.position() != null);
    if (q.position() != null) {
      ordinal(out, q.position().section());
      out.writeInt(q.position().paragraph());
    }
    spans(out, q.editorial());
    Evidence e = q.evidence();
    out.writeBoolean(e == Evidence.NONE);
    if (e != Evidence.NONE) {
      str(out, e.sieve());
      str(out, e.cue());
      span(out, e.cueSpan());
      span(out, e.named());
      str(out, e.detail());
    }
  }

  private static Quote readQuote(DataInputStream in) throws IOException {
    String id = str(in);
    String documentId = str(in);
    List<Span> spans = spans(in);
    String text = str(in);
    QuoteKind kind = of(QuoteKind.values(), in.readInt());
    String speakerId = str(in);
    String label = str(in);
    String verb = str(in);
    Position position = in.readBoolean() ? new Position(of(Section.values(), in.readInt()), in.readInt()) : null;
    List<Span> editorial = spans(in);
    Evidence evidence = in.readBoolean() ? Evidence.NONE : new Evidence(str(in), str(in), span(in), span(in), str(in));
    return new Quote(id, documentId, spans, text, kind, speakerId, label, verb, position, editorial, evidence);
  }

  private static void writeAlignment(DataOutputStream out, Alignment a) throws IOException {
    str(out, a.id());
    str(out, a.group());
    strings(out, a.quoteIds());
    ordinal(out, a.relation());
    out.writeDouble(a.similarity());
    out.writeInt(a.diff().size());
    for (DiffSpan d : a.diff()) {
      ordinal(out, d.kind());
      str(out, d.documentId());
      span(out, d.span());
    }
    out.writeInt(a.parts().size());
    for (QuotePart p : a.parts()) {
      str(out, p.quoteId());
      out.writeInt(p.index());
      out.writeInt(p.count());
      spans(out, p.spans());
    }
  }

  private static Alignment readAlignment(DataInputStream in) throws IOException {
    String id = str(in);
    String group = str(in);
    List<String> quoteIds = strings(in);
    Relation relation = of(Relation.values(), in.readInt());
    double similarity = in.readDouble();
    List<DiffSpan> diff = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      diff.add(new DiffSpan(of(DiffKind.values(), in.readInt()), str(in), span(in)));
    }
    List<QuotePart> parts = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      parts.add(new QuotePart(str(in), in.readInt(), in.readInt(), spans(in)));
    }
    return new Alignment(id, group, quoteIds, relation, similarity, diff, parts);
  }

  private static void writeFidelity(DataOutputStream out, Fidelity f) throws IOException {
    str(out, f.quoteId());
    str(out, f.referenceId());
    ordinal(out, f.kind());
    spans(out, f.record());
    spans(out, f.omitted());
    strings(out, f.changes());
    str(out, f.likely());
  }

  private static Fidelity readFidelity(DataInputStream in) throws IOException {
    return new Fidelity(str(in), str(in), of(FidelityClass.values(), in.readInt()), spans(in), spans(in), strings(in),
        str(in));
  }

  // --- the pieces: a string or null, a span or null, an enum by ordinal (-1 for null), lists --------

  private static void str(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    if (n > in.available()) {
      throw new IOException("a string longer than the data");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> list = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      list.add(str(in));
    }
    return list;
  }

  private static void span(DataOutputStream out, Span s) throws IOException {
    out.writeInt(s == null ? -1 : s.start());
    out.writeInt(s == null ? -1 : s.end());
  }

  private static Span span(DataInputStream in) throws IOException {
    int start = in.readInt();
    int end = in.readInt();
    return start == -1 && end == -1 ? null : new Span(start, end);
  }

  private static void spans(DataOutputStream out, List<Span> list) throws IOException {
    out.writeInt(list.size());
    for (Span s : list) {
      span(out, s);
    }
  }

  private static List<Span> spans(DataInputStream in) throws IOException {
    List<Span> list = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      list.add(span(in));
    }
    return list;
  }

  private static void ordinal(DataOutputStream out, Enum<?> e) throws IOException {
    out.writeInt(e == null ? -1 : e.ordinal());
  }

  private static <E> E of(E[] values, int ordinal) throws IOException {
    if (ordinal == -1) {
      return null;
    }
    if (ordinal < 0 || ordinal >= values.length) {
      throw new IOException("no value " + ordinal);
    }
    return values[ordinal];
  }

  /** A list's length, refused when the data cannot hold that many items (each takes at least 4 bytes). */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available() / 4 + 1) {
      throw new IOException("a list longer than the data");
    }
    return n;
  }
}
