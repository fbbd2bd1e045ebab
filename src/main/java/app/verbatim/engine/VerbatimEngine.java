package app.verbatim.engine;

import app.verbatim.engine.align.Coverages;
import app.verbatim.engine.align.PassageGroups;
import app.verbatim.engine.align.QuoteAligner;
import app.verbatim.engine.align.QuoteLink;
import app.verbatim.engine.attribution.ConsensusSieve;
import app.verbatim.engine.attribution.DescribedMerge;
import app.verbatim.engine.attribution.DocumentQuotes;
import app.verbatim.engine.attribution.FocusSpeaker;
import app.verbatim.engine.attribution.SpeakerMerge;
import app.verbatim.engine.diff.WordDiffer;
import app.verbatim.engine.record.ReferenceCheck;
import app.verbatim.engine.review.LinkCorrections;
import app.verbatim.engine.review.QuoteCorrections;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.text.StructureReader;
import app.verbatim.engine.text.Token;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Coverage;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Quote;
import app.verbatim.model.Span;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison pipeline, top to bottom: find each article's quotations and their speakers, merge the
 * speakers across articles, align the quotations that render one passage, mark their word differences,
 * measure them against a reference when there is one, and say what only one outlet has.
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
    // find: each article's structure, quotations and their speakers within the article
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
    // attribute across articles: one speaker per person, whatever each article calls them
    progress.progress(n, total, "Merging speakers");
    SpeakerMerge.Merged merged = SpeakerMerge.of(documents, found);
    QuoteCorrections.Result corrected = new QuoteCorrections(documents).apply(merged.quotes(), merged.speakers(),
        corrections);
    List<Quote> quotes = corrected.quotes();
    List<Speaker> speakers = corrected.speakers();
    List<Warning> warnings = new ArrayList<>(merged.warnings());
    // align: link the quotations that render one passage; the links settle speakers the texts leave open
    progress.progress(n + 1, total, "Linking quotations across outlets");
    Map<String, QuoteWords> words = words(quotes, documents);
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    List<QuoteLink> links = aligner.align(new ArrayList<>(words.values()), merged.describedIds());
    List<QuoteLink> conflicts = aligner.conflicts();
    links = new LinkCorrections(byId, aligner).apply(links, words.values(), corrections);
    ConsensusSieve.Result agreed = new ConsensusSieve(byId::get, speakers).apply(quotes, links, conflicts);
    warnings.addAll(agreed.warnings());
    DescribedMerge.Result described = DescribedMerge.apply(links, agreed.quotes(), merged.describedIds(), speakers);
    quotes = described.quotes();
    speakers = described.speakers();
    // diff: one group per passage, word marks within it
    List<Alignment> alignments = new ArrayList<>(new PassageGroups(aligner, differ).of(links, quotes, words));
    String focus = FocusSpeaker.of(quotes);
    List<Fidelity> fidelity = List.of();
    if (articles.stream().anyMatch(Article::referenceDocument)) {
      progress.progress(n + 2, total, "Measuring quotations against the record");
      ReferenceCheck.Result checked = new ReferenceCheck(tokenizer, rules, aligner, differ)
          .check(documents, speakers, quotes, words, alignments, focus);
      fidelity = checked.fidelity();
      alignments.addAll(checked.alignments());
    }
    // coverage: what only one outlet has
    List<Coverage> coverage = Coverages.of(documents, quotes, alignments);
    progress.progress(total, total, "Done");
    return new Comparison(documents, speakers, quotes, merged.scareQuotes(), alignments, coverage, focus, warnings,
        fidelity);
  }

  /** Each quotation's words, keyed for comparison, editorial insertions left out. */
  private Map<String, QuoteWords> words(List<Quote> quotes, List<Document> documents) {
    Map<String, String> textOf = new HashMap<>();
    documents.forEach(d -> textOf.put(d.id(), d.text()));
    Map<String, QuoteWords> words = new LinkedHashMap<>();
    for (Quote q : quotes) {
      String text = textOf.get(q.documentId());
      List<Token> tokens = new ArrayList<>();
      for (Span s : q.spans()) {
        tokens.addAll(tokenizer.tokenize(text, s.start(), s.end()));
      }
      words.put(q.id(), QuoteWords.of(q, tokens, rules));
    }
    return words;
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
