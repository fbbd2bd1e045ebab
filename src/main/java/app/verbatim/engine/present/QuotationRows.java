package app.verbatim.engine.present;

import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Quote;
import app.verbatim.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds the quotation list of a comparison and filters it. */
public final class QuotationRows {
  private QuotationRows() {}

  /** One row per linked group (in group order), then one per unlinked quotation (in document order). */
  public static List<QuotationRow> of(Comparison c) {
    List<QuotationRow> rows = new ArrayList<>();
    Set<String> linked = new LinkedHashSet<>();
    for (Map.Entry<String, List<Alignment>> g : c.groups().entrySet()) {
      List<Quote> quotes = c.quotesOfGroup(g.getKey());
      List<Alignment> alignments = g.getValue();
      quotes.forEach(q -> linked.add(q.id()));
      Relation rel = Relation.IDENTICAL;
      double sim = 0;
      for (Alignment a : g.getValue()) {
        rel = a.relation().ordinal() > rel.ordinal() ? a.relation() : rel;
        sim += a.similarity();
      }
      sim = Math.round(sim / g.getValue().size() * 1000) / 1000.0;
      RowRelation rr = RowRelation.valueOf(rel.name());
      rows.add(row(c, g.getKey(), g.getKey(), quotes, alignments, rr, rr.label(), sim));
    }
    for (Quote q : c.quotes()) {
      if (!linked.contains(q.id())) {
        String outlet = c.document(q.documentId()).map(Document::outlet).orElse("?");
        rows.add(row(c, q.id(), null, List.of(q), List.of(), RowRelation.ONLY, "only in " + outlet, -1));
      }
    }
    return rows;
  }

  private static QuotationRow row(Comparison c, String key, String group, List<Quote> quotes,
      List<Alignment> alignments, RowRelation rel, String label, double sim) {
    String speakerId = quotes.stream().map(Quote::speakerId).filter(Objects::nonNull).findFirst().orElse(null);
    String speakerName = c.speaker(speakerId).map(s -> s.name()).orElse("unknown");
    Map<String, String> wordings = new LinkedHashMap<>();
    for (Quote q : quotes) {
      String text = c.document(q.documentId()).map(d -> QuoteText.inGroup(q, d.text(), alignments)).orElse(q.text());
      wordings.merge(q.documentId(), text, (a, b) -> a + " … " + b);
    }
    Set<String> positions = new LinkedHashSet<>();
    quotes.forEach(q -> positions.add(q.position().label()));
    List<FidelityClass> fidelity = quotes.stream().map(q -> c.fidelityOf(q.id())).flatMap(java.util.Optional::stream)
        .map(Fidelity::kind).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    return new QuotationRow(key, group, quotes, speakerId, speakerName, wordings, rel, label, sim,
        positions(positions), fidelity);
  }

  /** "paragraph 8 · paragraph 12" reads as "paragraphs 8 · 12", so a narrow column still shows it. */
  static String positions(Set<String> labels) {
    String prefix = "paragraph ";
    if (labels.size() > 1 && labels.stream().allMatch(l -> l.startsWith(prefix))) {
      return "paragraphs " + String.join(" · ", labels.stream().map(l -> l.substring(prefix.length())).toList());
    }
    return String.join(" · ", labels);
  }

  /**
   * Whether a row passes the list's filters.
   *
   * @param speakerId only rows of this speaker, or null for all
   * @param relation  only rows of this kind, or null for all
   * @param search    words every one of which must appear in the speaker's name or a wording (any case)
   */
  public static boolean matches(QuotationRow row, String speakerId, RowRelation relation, String search) {
    return matches(row, speakerId, relation, null, search);
  }

  /** As {@link #matches(QuotationRow, String, RowRelation, String)}, and only rows with a quotation of this class. */
  public static boolean matches(QuotationRow row, String speakerId, RowRelation relation, FidelityClass fidelity,
      String search) {
    if (fidelity != null && !row.fidelity().contains(fidelity)) {
      return false;
    }
    if (speakerId != null && !speakerId.equals(row.speakerId())) {
      return false;
    }
    if (relation != null && relation != row.relation()) {
      return false;
    }
    if (search == null || search.isBlank()) {
      return true;
    }
    String hay = (row.speakerName() + " " + String.join(" ", row.wordings().values())).toLowerCase(Locale.ROOT);
    for (String word : search.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
      if (!hay.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
