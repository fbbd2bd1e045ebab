package app.verbatim.export;

import app.verbatim.engine.present.QuoteMarker;
import app.verbatim.engine.present.Segment;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.Relation;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every report format says, worked out once from a comparison: per-outlet figures, the linked
 * groups with their marked wordings, and each outlet's quotations no other outlet has.
 */
final class ReportContent {

  /**
   * Figures for one outlet. shared = quotations linked to another outlet; onlyHere = the rest; the focus
   * speaker's counted the same way, as the window's summary line counts them.
   */
  record FigureRow(Document document, int quotations, int focusQuotations, int shared, int onlyHere,
      int focusShared, int focusOnlyHere) {}

  /** One quotation as a report shows it. */
  record ShownQuote(Quote quote, Document document, Speaker speaker, List<Segment> segments, String part) {
    ShownQuote(Quote quote, Document document, Speaker speaker, List<Segment> segments) {
      this(quote, document, speaker, segments, null);
    }

    String speakerName() {
      return speaker == null ? "unknown speaker" : speaker.name();
    }
  }

  /** One linked group: the outlets' wordings of one passage. */
  record Group(
      String id, int number, List<Alignment> alignments, Speaker speaker, Relation relation,
      double similarity, Map<Document, List<ShownQuote>> byDocument) {}

  /** One outlet's quotations no other outlet has, by speaker (focus speaker first). */
  record OnlyHere(Document document, Map<Speaker, List<ShownQuote>> bySpeaker, List<ShownQuote> unknownSpeaker) {
    int count() {
      return bySpeaker.values().stream().mapToInt(List::size).sum() + unknownSpeaker.size();
    }
  }

  private final Comparison comparison;
  private final Speaker focus;
  private final List<FigureRow> figures;
  private final List<Group> groups;
  private final List<OnlyHere> onlyHere;
  private final Map<String, String> groupOfQuote = new HashMap<>();

  ReportContent(Comparison comparison, String focusSpeakerId) {
    this.comparison = comparison;
    String focusId = focusSpeakerId != null ? focusSpeakerId : comparison.focusSpeaker();
    this.focus = comparison.speaker(focusId).orElse(null);
    Map<String, Document> docs = new HashMap<>();
    comparison.documents().forEach(d -> docs.put(d.id(), d));
    this.groups = buildGroups(docs);
    this.figures = buildFigures();
    this.onlyHere = buildOnlyHere(docs);
  }

  private List<Group> buildGroups(Map<String, Document> docs) {
    List<Group> out = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<Alignment>> e : comparison.groups().entrySet()) {
      List<Alignment> as = e.getValue();
      Map<Document, List<ShownQuote>> byDoc = new LinkedHashMap<>();
      for (Document d : comparison.documents()) {
        byDoc.put(d, new ArrayList<>());
      }
      Speaker speaker = null;
      for (Quote q : comparison.quotesOfGroup(e.getKey())) {
        Document d = docs.get(q.documentId());
        if (d == null) {
          continue;
        }
        List<Alignment> mine = as.stream().filter(a -> a.quoteIds().contains(q.id())).toList();
        Speaker s = comparison.speaker(q.speakerId()).orElse(null);
        speaker = speaker == null ? s : speaker;
        String part = mine.stream().map(a -> a.partOf(q.id())).flatMap(java.util.Optional::stream).findFirst()
            .map(p -> p.label() + " of a stitched quotation").orElse(null);
        byDoc.get(d).add(new ShownQuote(q, d, s, QuoteMarker.mark(q, d.text(), mine), part));
        groupOfQuote.put(q.id(), e.getKey());
      }
      byDoc.values().removeIf(List::isEmpty);
      Relation weakest = as.stream().map(Alignment::relation).max(Comparator.naturalOrder()).orElse(Relation.OVERLAP);
      double similarity = as.stream().mapToDouble(Alignment::similarity).min().orElse(0);
      out.add(new Group(e.getKey(), ++n, as, speaker, weakest, similarity, byDoc));
    }
    return List.copyOf(out);
  }

  private List<FigureRow> buildFigures() {
    List<FigureRow> out = new ArrayList<>();
    for (Document d : comparison.documents()) {
      if (d.article().referenceDocument()) {
        continue; // the record quotes nobody; its table is the fidelity table
      }
      List<Quote> qs = comparison.quotesOf(d.id());
      int shared = (int) qs.stream().filter(q -> groupOfQuote.containsKey(q.id())).count();
      List<Quote> focused = focus == null ? List.of()
          : qs.stream().filter(q -> focus.id().equals(q.speakerId())).toList();
      int focusShared = (int) focused.stream().filter(q -> groupOfQuote.containsKey(q.id())).count();
      out.add(new FigureRow(d, qs.size(), focused.size(), shared, qs.size() - shared, focusShared,
          focused.size() - focusShared));
    }
    return List.copyOf(out);
  }

  private List<OnlyHere> buildOnlyHere(Map<String, Document> docs) {
    List<OnlyHere> out = new ArrayList<>();
    for (Document d : comparison.documents()) {
      Map<Speaker, List<ShownQuote>> bySpeaker = new LinkedHashMap<>();
      if (focus != null) {
        bySpeaker.put(focus, new ArrayList<>());
      }
      List<ShownQuote> unknown = new ArrayList<>();
      for (Quote q : comparison.quotesOf(d.id())) {
        if (groupOfQuote.containsKey(q.id())) {
          continue;
        }
        Speaker s = comparison.speaker(q.speakerId()).orElse(null);
        ShownQuote shown = new ShownQuote(q, d, s, QuoteMarker.mark(q, d.text(), List.of()));
        if (s == null) {
          unknown.add(shown);
        } else {
          bySpeaker.computeIfAbsent(s, k -> new ArrayList<>()).add(shown);
        }
      }
      bySpeaker.values().removeIf(List::isEmpty);
      out.add(new OnlyHere(docs.get(d.id()), bySpeaker, unknown));
    }
    return List.copyOf(out);
  }

  Comparison comparison() {
    return comparison;
  }

  /** The featured speaker, or null when no speaker is quoted. */
  Speaker focus() {
    return focus;
  }

  List<FigureRow> figures() {
    return figures;
  }

  List<Group> groups() {
    return groups;
  }

  List<OnlyHere> onlyHere() {
    return onlyHere;
  }

  /** The group id of a linked quotation, or null. */
  String groupOf(String quoteId) {
    return groupOfQuote.get(quoteId);
  }

  /** The 1-based number of a group as the report shows it ("Passage 3"). */
  int numberOf(String groupId) {
    return groups.stream().filter(g -> Objects.equals(g.id(), groupId)).mapToInt(Group::number).findFirst().orElse(0);
  }

  /** Speaker name for a quotation, "unknown speaker" when the text does not say. */
  String speakerName(Quote q) {
    return comparison.speaker(q.speakerId()).map(Speaker::name).orElse("unknown speaker");
  }
}
