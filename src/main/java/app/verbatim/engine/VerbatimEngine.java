package app.verbatim.engine;

import app.verbatim.engine.align.PassageGroups;
import app.verbatim.engine.align.QuoteAligner;
import app.verbatim.engine.record.ReferenceCheck;
import app.verbatim.engine.align.QuoteLink;
import app.verbatim.engine.align.QuoteWords;
import app.verbatim.engine.diff.WordDiffer;
import app.verbatim.engine.attribution.ConsensusSieve;
import app.verbatim.engine.attribution.DocumentQuotes;
import app.verbatim.engine.attribution.SpeakerDirectory;
import app.verbatim.engine.text.StructureReader;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.engine.review.LinkCorrections;
import app.verbatim.engine.review.QuoteCorrections;
import app.verbatim.model.Coverage;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Speaker;
import app.verbatim.model.Span;
import app.verbatim.model.Warning;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison pipeline: structure each article, find and attribute its quotations, merge speakers
 * across articles, link quotations that render the same passage, and mark word-level differences.
 */
public final class VerbatimEngine implements ComparisonEngine {
  private final StructureReader structure = new StructureReader();
  private final VariantRules rules = new VariantRules();
  private final Tokenizer tokenizer = new Tokenizer(rules);
  private final QuoteAligner aligner = new QuoteAligner();
  private final WordDiffer differ = new WordDiffer();

  @Override
  public Comparison compare(List<Article> articles, ProgressListener progress) {
    return compare(articles, List.of(), progress);
  }

  @Override
  public Comparison compare(List<Article> articles, List<Correction> corrections, ProgressListener progress) {
    int n = articles.size();
    long total = n + 3L;
    List<Document> documents = new ArrayList<>();
    List<DocumentQuotes> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      progress.progress(i, total, "Reading quotations in " + a.outlet());
      List<Paragraph> paragraphs = structure.read(a.text(), a.title());
      documents.add(new Document("d" + (i + 1), a, sha256(a.text()), paragraphs));
      // a reference is the record the quotations are measured against, not news quoting anyone
      found.add(a.referenceDocument() ? null : DocumentQuotes.analyse(a.text(), paragraphs));
    }
    progress.progress(n, total, "Merging speakers");
    SpeakerDirectory directory = new SpeakerDirectory();
    List<int[]> clusterOf = new ArrayList<>();
    int order = 0;
    for (DocumentQuotes dq : found) {
      if (dq == null) {
        clusterOf.add(new int[0]);
        continue;
      }
      int[] map = new int[dq.people().size()];
      for (int p = 0; p < map.length; p++) {
        map[p] = -1;
      }
      for (DocumentQuotes.Local q : dq.quotes()) {
        order++;
        if (q.speaker() >= 0 && map[q.speaker()] < 0) {
          map[q.speaker()] = directory.add(dq.people().get(q.speaker()), order);
        }
      }
      clusterOf.add(map);
    }
    List<Speaker> speakers = directory.speakers();
    List<Quote> quotes = new ArrayList<>();
    List<ScareQuote> scare = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Document doc = documents.get(d);
      DocumentQuotes dq = found.get(d);
      if (dq == null) {
        continue;
      }
      for (DocumentQuotes.Local q : dq.quotes()) {
        String speakerId = q.speaker() < 0 ? null : directory.idOf(clusterOf.get(d)[q.speaker()]);
        Paragraph para = doc.paragraphs().get(q.paragraph());
        Section section = para.section();
        Position position = new Position(section, section == Section.BODY ? para.number() : 0);
        quotes.add(new Quote("q" + (quotes.size() + 1), doc.id(), q.parts(), textOf(doc.text(), q.parts()),
            q.partial() ? QuoteKind.PARTIAL : QuoteKind.DIRECT, speakerId, q.label(), q.verb(), position,
            q.editorial(), q.evidence()));
      }
      for (Span s : dq.scareQuotes()) {
        scare.add(new ScareQuote(doc.id(), s, s.of(doc.text())));
      }
      for (int w = 0; w < dq.warnings().size(); w++) {
        warnings.add(new Warning(doc.id(), dq.warningOffsets().get(w), dq.warnings().get(w)));
      }
    }
    QuoteCorrections.Result corrected = new QuoteCorrections(documents).apply(quotes, speakers, corrections);
    quotes = corrected.quotes();
    speakers = corrected.speakers();
    progress.progress(n + 1, total, "Linking quotations across outlets");
    Map<String, QuoteWords> words = new LinkedHashMap<>();
    Map<String, String> textOf = new HashMap<>();
    documents.forEach(d -> textOf.put(d.id(), d.text()));
    for (Quote q : quotes) {
      String text = textOf.get(q.documentId());
      List<app.verbatim.engine.text.Token> tokens = new ArrayList<>();
      for (Span s : q.spans()) {
        tokens.addAll(tokenizer.tokenize(text, s.start(), s.end()));
      }
      words.put(q.id(), QuoteWords.of(q, tokens, rules));
    }
    List<QuoteLink> links = aligner.align(new ArrayList<>(words.values()), directory.describedIds());
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    List<QuoteLink> conflicts = aligner.conflicts();
    links = new LinkCorrections(byId, aligner).apply(links, words.values(), corrections);
    ConsensusSieve.Result agreed = new ConsensusSieve(byId::get, speakers).apply(quotes, links, conflicts);
    quotes = agreed.quotes();
    warnings.addAll(agreed.warnings());
    Map<String, String> merged = describedMerges(links, quotes, directory.describedIds(), speakers);
    if (!merged.isEmpty()) {
      quotes = withSpeakers(quotes, merged);
      speakers = mergedSpeakers(speakers, merged);
    }
    List<Alignment> alignments = new PassageGroups(aligner, differ).of(links, quotes, words);
    String focus = focusSpeaker(quotes);
    List<Fidelity> fidelity = List.of();
    if (articles.stream().anyMatch(Article::referenceDocument)) {
      progress.progress(n + 2, total, "Measuring quotations against the record");
      ReferenceCheck.Result checked = new ReferenceCheck(tokenizer, rules, aligner, differ)
          .check(documents, speakers, quotes, words, alignments, focus);
      fidelity = checked.fidelity();
      alignments = new ArrayList<>(alignments);
      alignments.addAll(checked.alignments());
    }
    List<Coverage> coverage = coverage(documents, quotes, alignments);
    progress.progress(total, total, "Done");
    return new Comparison(documents, speakers, quotes, scare, alignments, coverage, focus, warnings, fidelity);
  }

  /**
   * A speaker the texts only describe ("the presidential office") whose quotations link, in other
   * documents, to those of exactly one other speaker ("the Kolvar"), and who never speaks beside that
   * speaker in one document, is that speaker: described id → the other id.
   */
  private static Map<String, String> describedMerges(List<QuoteLink> links, List<Quote> quotes, java.util.Set<String> described,
      List<Speaker> speakers) {
    Map<String, String> names = new HashMap<>();
    speakers.forEach(sp -> names.put(sp.id(), sp.name() == null ? "" : sp.name()));
    // of two described bodies, the fuller description stands ("Ministry of Foreign Affairs" over
    // "foreign ministry"), whichever document came first
    Comparator<String> fuller = Comparator.comparingInt((String id) -> names.getOrDefault(id, "").split("\\s+").length)
        .thenComparingInt(id -> names.getOrDefault(id, "").length())
        .thenComparing(id -> names.getOrDefault(id, ""), Comparator.reverseOrder());
    Map<String, java.util.Set<String>> partners = new HashMap<>();
    for (QuoteLink l : links) {
      String a = l.a().quote().speakerId();
      String b = l.b().quote().speakerId();
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      if (described.contains(a)) {
        partners.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
      }
      if (described.contains(b)) {
        partners.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
      }
    }
    Map<String, java.util.Set<String>> docsOf = new HashMap<>();
    for (Quote q : quotes) {
      if (q.speakerId() != null) {
        docsOf.computeIfAbsent(q.speakerId(), k -> new java.util.HashSet<>()).add(q.documentId());
      }
    }
    Map<String, String> merged = new java.util.TreeMap<>();
    for (Map.Entry<String, java.util.Set<String>> e : new java.util.TreeMap<>(partners).entrySet()) {
      if (e.getValue().size() != 1) {
        continue;
      }
      String other = e.getValue().iterator().next();
      // both described and each the other's only partner: merge one way only, into the first named
      if (merged.containsKey(other) || described.contains(other) && fuller.compare(e.getKey(), other) > 0) {
        continue;
      }
      java.util.Set<String> shared = new java.util.HashSet<>(docsOf.getOrDefault(e.getKey(), java.util.Set.of()));
      shared.retainAll(docsOf.getOrDefault(other, java.util.Set.of()));
      if (shared.isEmpty()) {
        merged.put(e.getKey(), other);
      }
    }
    // chains (a → b → c) end at the last
    for (Map.Entry<String, String> e : merged.entrySet()) {
      String to = e.getValue();
      for (int guard = 0; merged.containsKey(to) && guard < merged.size(); guard++) {
        to = merged.get(to);
      }
      e.setValue(to);
    }
    return merged;
  }

  private static List<Quote> withSpeakers(List<Quote> quotes, Map<String, String> merged) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      String to = q.speakerId() == null ? null : merged.get(q.speakerId());
      out.add(to == null ? q : q.withAttribution(to, q.evidence()));
    }
    return out;
  }

  private static List<Speaker> mergedSpeakers(List<Speaker> speakers, Map<String, String> merged) {
    Map<String, Speaker> byId = new LinkedHashMap<>();
    speakers.forEach(s -> byId.put(s.id(), s));
    for (Map.Entry<String, String> e : merged.entrySet()) {
      Speaker from = byId.get(e.getKey());
      Speaker to = byId.get(e.getValue());
      if (from == null || to == null) {
        continue;
      }
      java.util.Set<String> aliases = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      aliases.addAll(to.aliases());
      aliases.add(from.name());
      aliases.addAll(from.aliases());
      aliases.remove(to.name());
      byId.put(to.id(), new Speaker(to.id(), to.name(), new ArrayList<>(aliases)));
    }
    List<Speaker> out = new ArrayList<>();
    for (Speaker s : byId.values()) {
      if (!merged.containsKey(s.id())) {
        out.add(byId.get(s.id()));
      }
    }
    return out;
  }

  private static String textOf(String text, List<Span> parts) {
    StringBuilder b = new StringBuilder();
    for (Span s : parts) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(s.of(text).replaceAll("\\s*\\n\\s*", " "));
    }
    return b.toString();
  }

  private static List<Coverage> coverage(List<Document> documents, List<Quote> quotes, List<Alignment> alignments) {
    Set<String> linked = new HashSet<>();
    for (Alignment a : alignments) {
      linked.addAll(a.quoteIds());
    }
    List<Coverage> out = new ArrayList<>();
    for (Document d : documents) {
      Map<String, List<String>> bySpeaker = new LinkedHashMap<>();
      for (Quote q : quotes) {
        if (q.documentId().equals(d.id()) && !linked.contains(q.id())) {
          bySpeaker.computeIfAbsent(q.speakerId() == null ? "" : q.speakerId(), k -> new ArrayList<>()).add(q.id());
        }
      }
      bySpeaker.forEach((s, ids) -> out.add(new Coverage(d.id(), s.isEmpty() ? null : s, ids)));
    }
    return out;
  }

  /** The speaker quoted by most documents; ties go to the one with more quotations, then the first seen. */
  private static String focusSpeaker(List<Quote> quotes) {
    Map<String, Set<String>> docs = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Quote q : quotes) {
      if (q.speakerId() != null) {
        docs.computeIfAbsent(q.speakerId(), k -> new HashSet<>()).add(q.documentId());
        counts.merge(q.speakerId(), 1, Integer::sum);
      }
    }
    String best = null;
    for (String s : docs.keySet()) {
      if (best == null || docs.get(s).size() > docs.get(best).size()
          || docs.get(s).size() == docs.get(best).size() && counts.get(s) > counts.get(best)) {
        best = s;
      }
    }
    return best;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
