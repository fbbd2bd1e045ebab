package app.verbatim.engine.review;

import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the analyst's quotation-level corrections (speaker, not a quotation, missed quotation) to the
 * engine's quotations, before linking, so links and figures follow the corrected reading. Corrections
 * apply in the order they were made; a later one wins.
 */
public final class QuoteCorrections {
  /** The corrected quotations (renumbered in document order) and the speakers, with any new ones. */
  public record Result(List<Quote> quotes, List<Speaker> speakers) {}

  private final List<Document> documents;
  private final Map<String, Document> byId;

  public QuoteCorrections(List<Document> documents) {
    this.documents = List.copyOf(documents);
    this.byId = documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
  }

  public Result apply(List<Quote> quotes, List<Speaker> speakers, List<Correction> corrections) {
    List<Quote> qs = new ArrayList<>(quotes);
    List<Speaker> ss = new ArrayList<>(speakers);
    for (Correction c : corrections) {
      Optional<Document> doc = documentOf(c.target().documentSha());
      if (doc.isEmpty()) {
        continue; // its article is no longer in the comparison
      }
      switch (c.kind()) {
        case SPEAKER -> respeak(qs, ss, doc.get(), c);
        case NOT_A_QUOTE -> qs.removeIf(q -> overlaps(q, doc.get(), c));
        case MISSED_QUOTE -> addMissed(qs, ss, doc.get(), c);
        default -> { }
      }
    }
    List<String> order = documents.stream().map(Document::id).toList();
    qs.sort(Comparator.comparingInt((Quote q) -> order.indexOf(q.documentId())).thenComparingInt(Quote::start));
    List<Quote> numbered = new ArrayList<>();
    for (Quote q : qs) {
      numbered.add(q.withId("q" + (numbered.size() + 1)));
    }
    return new Result(numbered, ss);
  }

  private Optional<Document> documentOf(String sha) {
    return documents.stream().filter(d -> d.sha256().equals(sha)).findFirst();
  }

  private static boolean overlaps(Quote q, Document doc, Correction c) {
    return q.documentId().equals(doc.id()) && c.target().overlaps(doc.sha256(), q.start(), q.end());
  }

  private static void respeak(List<Quote> qs, List<Speaker> ss, Document doc, Correction c) {
    Speaker s = speakerNamed(ss, c.speaker());
    qs.replaceAll(q -> overlaps(q, doc, c) ? q.withSpeaker(s.id(), c.speaker()) : q);
  }

  private void addMissed(List<Quote> qs, List<Speaker> ss, Document doc, Correction c) {
    String text = doc.text();
    int start = Math.min(c.target().start(), text.length());
    int end = Math.min(c.target().end(), text.length());
    if (end <= start) {
      return;
    }
    qs.removeIf(q -> overlaps(q, doc, c)); // the analyst's reading of this text replaces the machine's
    Speaker s = c.speaker() == null ? null : speakerNamed(ss, c.speaker());
    qs.add(new Quote("new", doc.id(), List.of(new Span(start, end)),
        text.substring(start, end).replaceAll("\\s*\\n\\s*", " "), QuoteKind.DIRECT,
        s == null ? null : s.id(), c.speaker(), null, positionOf(doc, start), List.of(),
        new Evidence("correction", null, null, null, "Marked as a quotation by the analyst.")));
  }

  private static Position positionOf(Document doc, int offset) {
    for (Paragraph p : doc.paragraphs()) {
      if (offset >= p.span().start() && offset < Math.max(p.span().end(), p.span().start() + 1)) {
        return new Position(p.section(), p.section() == Section.BODY ? p.number() : 0);
      }
    }
    return new Position(Section.BODY, 0);
  }

  /** The speaker with this name or alias, or a new one added to the list. */
  static Speaker speakerNamed(List<Speaker> ss, String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (Speaker s : ss) {
      if (s.name().toLowerCase(Locale.ROOT).equals(key)
          || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))) {
        return s;
      }
    }
    // a fresh id by lookup, not by reading numbers out of the others
    java.util.Set<String> taken = new java.util.HashSet<>();
    ss.forEach(x -> taken.add(x.id()));
    int next = ss.size() + 1;
    while (taken.contains("s" + next)) {
      next++;
    }
    Speaker s = new Speaker("s" + next, name.strip(), List.of());
    ss.add(s);
    return s;
  }
}
