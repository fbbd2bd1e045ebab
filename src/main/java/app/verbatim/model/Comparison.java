package app.verbatim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the engine found in a set of articles. Immutable; views and exporters only read it.
 *
 * @param documents    in input order
 * @param speakers     merged across documents
 * @param quotes       in document order, then text order
 * @param scareQuotes  quoted phrases that are not speech
 * @param alignments   links between quotations of different documents
 * @param coverage     per document and speaker, the quotations no other document has
 * @param focusSpeaker the speaker quoted by most outlets (ties: most quotations), or null
 * @param warnings     problems worked around (unbalanced marks, …)
 * @param fidelity     for each quotation located against a reference document, how faithful it is
 */
public record Comparison(
    List<Document> documents,
    List<Speaker> speakers,
    List<Quote> quotes,
    List<ScareQuote> scareQuotes,
    List<Alignment> alignments,
    List<Coverage> coverage,
    String focusSpeaker,
    List<Warning> warnings,
    List<Fidelity> fidelity) {

  public Comparison {
    documents = IdIndex.of(documents, Document::id);
    speakers = IdIndex.of(speakers, Speaker::id);
    quotes = IdIndex.of(quotes, Quote::id);
    scareQuotes = List.copyOf(scareQuotes);
    alignments = List.copyOf(alignments);
    coverage = List.copyOf(coverage);
    warnings = List.copyOf(warnings);
    fidelity = List.copyOf(fidelity);
  }

  // equals and hashCode written out, with the values the generated ones give: the generated ones link a
  // call site on their first use, and the window's property compares each new comparison with the last,
  // at every start (README, Start-up)
  @Override
  public boolean equals(Object o) {
    return o instanceof Comparison c && documents.equals(c.documents) && speakers.equals(c.speakers)
        && quotes.equals(c.quotes) && scareQuotes.equals(c.scareQuotes) && alignments.equals(c.alignments)
        && coverage.equals(c.coverage) && java.util.Objects.equals(focusSpeaker, c.focusSpeaker)
        && warnings.equals(c.warnings) && fidelity.equals(c.fidelity);
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Object part : new Object[] {documents, speakers, quotes, scareQuotes, alignments, coverage, focusSpeaker,
        warnings, fidelity}) {
      h = 31 * h + java.util.Objects.hashCode(part);
    }
    return h;
  }

  /** A comparison without a reference. */
  public Comparison(List<Document> documents, List<Speaker> speakers, List<Quote> quotes, List<ScareQuote> scareQuotes,
      List<Alignment> alignments, List<Coverage> coverage, String focusSpeaker, List<Warning> warnings) {
    this(documents, speakers, quotes, scareQuotes, alignments, coverage, focusSpeaker, warnings, List.of());
  }

  /** A copy focused on another speaker (the analyst's choice over the engine's). */
  public Comparison withFocus(String speakerId) {
    return new Comparison(documents, speakers, quotes, scareQuotes, alignments, coverage, speakerId, warnings, fidelity);
  }

  /** How faithfully this quotation renders the record, when a reference holds its speaker's words. */
  public Optional<Fidelity> fidelityOf(String quoteId) {
    return fidelity.stream().filter(f -> f.quoteId().equals(quoteId)).findFirst();
  }

  /** The documents that are the record of a speech rather than news. */
  public List<Document> references() {
    return documents.stream().filter(d -> d.article().referenceDocument()).toList();
  }

  /** A copy with these warnings before the engine's own (e.g. how an article's file was decoded). */
  public Comparison withWarningsFirst(List<Warning> first) {
    if (first.isEmpty()) {
      return this;
    }
    List<Warning> all = new ArrayList<>(first);
    all.addAll(warnings);
    return new Comparison(documents, speakers, quotes, scareQuotes, alignments, coverage, focusSpeaker, all, fidelity);
  }

  public Optional<Quote> quote(String id) {
    return IdIndex.find(quotes, id, Quote::id);
  }

  public Optional<Speaker> speaker(String id) {
    return IdIndex.find(speakers, id, Speaker::id);
  }

  public Optional<Document> document(String id) {
    return IdIndex.find(documents, id, Document::id);
  }

  public List<Quote> quotesOf(String documentId) {
    return quotes.stream().filter(q -> q.documentId().equals(documentId)).toList();
  }

  /** The alignments a quotation takes part in. */
  public List<Alignment> alignmentsOf(String quoteId) {
    return alignments.stream().filter(a -> a.quoteIds().contains(quoteId)).toList();
  }

  public boolean isLinked(String quoteId) {
    return alignments.stream().anyMatch(a -> a.quoteIds().contains(quoteId));
  }

  /** Alignment groups: alignments sharing a group id, in order of first appearance. */
  public Map<String, List<Alignment>> groups() {
    Map<String, List<Alignment>> groups = new java.util.LinkedHashMap<>();
    for (Alignment a : alignments) {
      groups.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a);
    }
    return groups;
  }

  /** The distinct quotations of a group, in document order. */
  public List<Quote> quotesOfGroup(String group) {
    Set<String> ids = new LinkedHashSet<>();
    alignments.stream().filter(a -> a.group().equals(group)).forEach(a -> ids.addAll(a.quoteIds()));
    Map<String, Integer> docOrder = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      docOrder.put(documents.get(i).id(), i);
    }
    return ids.stream()
        .map(this::quote)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingInt((Quote q) -> docOrder.getOrDefault(q.documentId(), 0))
            .thenComparingInt(Quote::start))
        .toList();
  }
}
