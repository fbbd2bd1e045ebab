package app.verbatim.export;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffKind;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Relation;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Comparisons built by hand from the model records, so the writers are tested on shapes the engine
 * may or may not produce today: split quotations, editorial brackets, an unknown speaker, three
 * outlets, Cyrillic and diacritics, hostile markup in the text.
 */
final class HandBuilt {
  private HandBuilt() {}

  static final String LEDGER = String.join("\n",
      "Minister: ‘We will not retreat’",
      "",
      "GENEVA — Valdorian Foreign Minister Zoë Marček spoke on Tuesday in Łódź and São Paulo.",
      "",
      "“We will never accept a deal that hurts our farmers,” Marček said. “Our growers deserve better.”",
      "",
      "She added that the U.S. “must honour its commitments [to Valdoria] now.”",
      "",
      "An official, who was not named, said “the talks are over”.",
      "");

  static final String VESTNIK = String.join("\n",
      "Марчек: мы не отступим",
      "",
      "Minister Zoë Marček told reporters: “We will never accept any deal that hurts our farmers.”",
      "",
      "The minister said the US “must honor its commitments now,” according to officials.",
      "",
      "She also said: „Peace is built by patient work… not by slogans.“ — Сергей Иванов reported.",
      "");

  static final String COURRIER = String.join("\n",
      "La ministre refuse tout accord",
      "",
      "Zoë Marček a déclaré : « We will never accept a deal that hurts our farmers » devant la presse.",
      "");

  /** The comparison with one quotation's evidence replaced. */
  static Comparison withEvidence(Comparison c, String quoteId, Evidence evidence) {
    List<Quote> quotes = c.quotes().stream()
        .map(q -> q.id().equals(quoteId) ? q.withAttribution(q.speakerId(), evidence) : q).toList();
    return new Comparison(c.documents(), c.speakers(), quotes, c.scareQuotes(), c.alignments(), c.coverage(),
        c.focusSpeaker(), c.warnings());
  }

  /** The range of the first occurrence of {@code words} in a document's text. */
  static Span at(Comparison c, String documentId, String words) {
    String text = c.document(documentId).orElseThrow().text();
    int i = text.indexOf(words);
    if (i < 0) {
      throw new IllegalArgumentException("not in " + documentId + ": " + words);
    }
    return new Span(i, i + words.length());
  }

  /** Two outlets: an overlap with a split quotation, a variant with an editorial insertion, only-here quotes. */
  static Comparison twoOutlets() {
    return twoOutlets(LEDGER, VESTNIK);
  }

  static Comparison twoOutlets(String ledger, String vestnik) {
    Builder b = new Builder();
    String a = b.doc("Daily Ledger", "Minister: ‘We will not retreat’", ledger, "en");
    String v = b.doc("Вестник Daily", "Марчек: мы не отступим", vestnik, "en");
    Speaker marcek = b.speaker("Zoë Marček", "Marček", "She", "the minister");
    Quote qa1 = b.quote(a, marcek, "Marček", "said", 2, QuoteKind.DIRECT,
        "We will never accept a deal that hurts our farmers,", "Our growers deserve better.");
    Quote qa2 = b.quote(a, marcek, "She", "added", 3, QuoteKind.PARTIAL, "must honour its commitments [to Valdoria] now.");
    Quote qa3 = b.quote(a, null, null, "said", 4, QuoteKind.PARTIAL, "the talks are over");
    Quote qb1 = b.quote(v, marcek, "Zoë Marček", "told", 1, QuoteKind.DIRECT,
        "We will never accept any deal that hurts our farmers.");
    Quote qb2 = b.quote(v, marcek, "The minister", "said", 2, QuoteKind.PARTIAL, "must honor its commitments now,");
    Quote qb3 = b.quote(v, marcek, "She", "said", 3, QuoteKind.DIRECT, "Peace is built by patient work… not by slogans.");

    b.align("g1", Relation.OVERLAP, 0.8, List.of(qa1, qb1),
        b.marks(qa1, "SAME We will never accept", "ONLY a", "SAME deal that hurts our", "VARIANT farmers,",
            "ONLY Our growers deserve better."),
        b.marks(qb1, "SAME We will never accept", "ONLY any", "SAME deal that hurts our", "VARIANT farmers."));
    b.align("g2", Relation.VARIANT, 1.0, List.of(qa2, qb2),
        b.marks(qa2, "SAME must", "VARIANT honour", "SAME its commitments", "EDITORIAL [to Valdoria]", "VARIANT now."),
        b.marks(qb2, "SAME must", "VARIANT honor", "SAME its commitments", "VARIANT now,"));
    b.coverage(a, null, qa3);
    b.coverage(v, marcek, qb3);
    return b.build(marcek);
  }

  /** Three outlets quoting one passage, one of them with guillemets. */
  static Comparison threeOutlets() {
    Builder b = new Builder();
    String a = b.doc("Daily Ledger", null, LEDGER, "en");
    String v = b.doc("Вестник Daily", null, VESTNIK, "en");
    String c = b.doc("Le Courrier", "La ministre refuse tout accord", COURRIER, "fr");
    Speaker marcek = b.speaker("Zoë Marček", "Marček");
    Quote qa1 = b.quote(a, marcek, "Marček", "said", 2, QuoteKind.DIRECT,
        "We will never accept a deal that hurts our farmers,", "Our growers deserve better.");
    Quote qb1 = b.quote(v, marcek, "Zoë Marček", "told", 1, QuoteKind.DIRECT,
        "We will never accept any deal that hurts our farmers.");
    Quote qc1 = b.quote(c, marcek, "Zoë Marček", "a déclaré", 1, QuoteKind.DIRECT,
        "We will never accept a deal that hurts our farmers");
    Quote qb3 = b.quote(v, marcek, "She", "said", 3, QuoteKind.DIRECT, "Peace is built by patient work… not by slogans.");
    b.align("g1", Relation.OVERLAP, 0.75, List.of(qa1, qb1, qc1),
        b.marks(qa1, "SAME We will never accept", "VARIANT a", "SAME deal that hurts our farmers,",
            "ONLY Our growers deserve better."),
        b.marks(qb1, "SAME We will never accept", "VARIANT any", "SAME deal that hurts our farmers."),
        b.marks(qc1, "SAME We will never accept", "VARIANT a", "SAME deal that hurts our farmers"));
    b.coverage(v, marcek, qb3);
    return b.build(marcek);
  }

  /** Builds model records with offsets found in the texts, so the tests cannot get them wrong by hand. */
  static final class Builder {
    private final List<Document> docs = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Alignment> alignments = new ArrayList<>();
    private final List<Coverage> coverage = new ArrayList<>();

    String doc(String outlet, String title, String text, String lang) {
      String id = "d" + (docs.size() + 1);
      docs.add(new Document(id, new Article(outlet, title, "2024-03-05", lang, "https://example.org/" + id, text),
          sha256(text), paragraphs(text)));
      return id;
    }

    Speaker speaker(String name, String... aliases) {
      Speaker s = new Speaker("s" + (speakers.size() + 1), name, List.of(aliases));
      speakers.add(s);
      return s;
    }

    /** A quotation whose parts are found, in order, in the document's text. */
    Quote quote(String docId, Speaker speaker, String label, String verb, int paragraph, QuoteKind kind, String... parts) {
      String text = text(docId);
      List<Span> spans = new ArrayList<>();
      List<Span> editorial = new ArrayList<>();
      int from = 0;
      for (String p : parts) {
        int at = text.indexOf(p, from);
        if (at < 0) {
          throw new IllegalArgumentException("not in " + docId + ": " + p);
        }
        spans.add(new Span(at, at + p.length()));
        int open = p.indexOf('[');
        while (open >= 0) {
          int close = p.indexOf(']', open);
          editorial.add(new Span(at + open, at + close + 1));
          open = p.indexOf('[', close);
        }
        from = at + p.length();
      }
      Quote q = new Quote("q" + (quotes.size() + 1), docId, spans, String.join(" ", parts), kind,
          speaker == null ? null : speaker.id(), label, verb, new Position(Section.BODY, paragraph), editorial, null);
      quotes.add(q);
      return q;
    }

    /** "KIND words" items, found in order inside the quotation. */
    List<DiffSpan> marks(Quote q, String... items) {
      String text = text(q.documentId());
      List<DiffSpan> out = new ArrayList<>();
      int from = q.start();
      for (String item : items) {
        int sp = item.indexOf(' ');
        DiffKind kind = DiffKind.valueOf(item.substring(0, sp));
        String words = item.substring(sp + 1);
        int at = text.indexOf(words, from);
        if (at < 0 || at + words.length() > q.end()) {
          throw new IllegalArgumentException("not in " + q.id() + ": " + words);
        }
        out.add(new DiffSpan(kind, q.documentId(), new Span(at, at + words.length())));
        from = at + words.length();
      }
      return out;
    }

    @SafeVarargs
    final void align(String group, Relation relation, double similarity, List<Quote> linked, List<DiffSpan>... diffs) {
      List<DiffSpan> all = new ArrayList<>();
      for (List<DiffSpan> d : diffs) {
        all.addAll(d);
      }
      alignments.add(new Alignment("a" + (alignments.size() + 1), group, linked.stream().map(Quote::id).toList(),
          relation, similarity, all));
    }

    void coverage(String docId, Speaker speaker, Quote... qs) {
      coverage.add(new Coverage(docId, speaker == null ? null : speaker.id(), List.of(qs).stream().map(Quote::id).toList()));
    }

    Comparison build(Speaker focus) {
      return new Comparison(docs, speakers, quotes, List.of(), alignments, coverage,
          focus == null ? null : focus.id(), List.of());
    }

    private String text(String docId) {
      return docs.stream().filter(d -> d.id().equals(docId)).findFirst().orElseThrow().text();
    }
  }

  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    int body = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > start && !text.substring(start, i).isBlank()) {
          boolean headline = out.isEmpty();
          out.add(new Paragraph(headline ? 0 : ++body, new Span(start, i), headline ? Section.HEADLINE : Section.BODY));
        }
        start = i + 1;
      }
    }
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
