package app.verbatim.engine.record;

import app.verbatim.engine.align.QuoteAligner;
import app.verbatim.engine.align.QuoteLink;
import app.verbatim.engine.text.QuoteWords;
import app.verbatim.engine.diff.WordDiffer;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Alignment;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Quote;
import app.verbatim.model.Relation;
import app.verbatim.model.Speaker;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures every quotation against the record: for each reference document, whose words each stretch
 * holds ({@link RecordTurns}); each quotation of that speaker located in those words
 * ({@link RecordLocator}) and classed ({@link FidelityJudge}). Two outlets' renderings of one passage in
 * different translations, which share too few words to link by themselves, link through the record.
 */
public final class ReferenceCheck {
  private final Tokenizer tokenizer;
  private final VariantRules rules;
  private final QuoteAligner aligner;
  private final WordDiffer differ;

  public ReferenceCheck(Tokenizer tokenizer, VariantRules rules, QuoteAligner aligner, WordDiffer differ) {
    this.tokenizer = tokenizer;
    this.rules = rules;
    this.aligner = aligner;
    this.differ = differ;
  }

  /** The fidelity of each located quotation, and the alignments found through the record. */
  public record Result(List<Fidelity> fidelity, List<Alignment> alignments) {}

  public Result check(List<Document> documents, List<Speaker> speakers, List<Quote> quotes,
      Map<String, QuoteWords> words, List<Alignment> alignments, String focusSpeaker) {
    Map<String, Fidelity> best = new LinkedHashMap<>();
    for (Document ref : documents) {
      if (!ref.article().referenceDocument()) {
        continue;
      }
      Map<String, List<Span>> stretches = new LinkedHashMap<>();
      for (RecordTurns.Turn t : RecordTurns.read(ref.text(), ref.paragraphs())) {
        String speaker = t.label() == null ? ownSpeaker(ref, speakers, focusSpeaker) : SpeakerMatch.of(t.label(), speakers);
        if (speaker != null) {
          stretches.computeIfAbsent(speaker, k -> new ArrayList<>()).add(t.span());
        }
      }
      for (Map.Entry<String, List<Span>> e : stretches.entrySet()) {
        RecordIndex index = new RecordIndex(ref.text(), e.getValue(), tokenizer, rules);
        FidelityJudge judge = new FidelityJudge(index, ref.text(), ref.id());
        Map<String, String> textOf = new HashMap<>();
        documents.forEach(d -> textOf.put(d.id(), d.text()));
        for (Quote q : quotes) {
          QuoteWords qw = words.get(q.id());
          if (!e.getKey().equals(q.speakerId()) || qw == null || qw.size() == 0) {
            continue;
          }
          Fidelity f = judge.judge(qw, textOf.get(q.documentId()), RecordLocator.locate(qw.keys(), index));
          Fidelity had = best.get(q.id());
          if (had == null || had.kind() == FidelityClass.NOT_IN_RECORD && f.kind() != FidelityClass.NOT_IN_RECORD) {
            best.put(q.id(), f);
          }
        }
      }
    }
    List<Fidelity> fidelity = new ArrayList<>();
    for (Quote q : quotes) {
      if (best.containsKey(q.id())) {
        fidelity.add(best.get(q.id()));
      }
    }
    return new Result(fidelity, translations(quotes, words, alignments, best));
  }

  /** The speaker a reference's untagged words belong to: the one it names, else the one quoted most. */
  private static String ownSpeaker(Document ref, List<Speaker> speakers, String focusSpeaker) {
    String named = ref.article().reference();
    return named == null || named.isBlank() ? focusSpeaker : SpeakerMatch.of(named, speakers);
  }

  /**
   * A quotation likely another translation of a record sentence, linked to nothing, joins the group of a
   * quotation of another outlet that the record places in the same sentence (or, with none, another such
   * translation), with relation translation.
   */
  private List<Alignment> translations(List<Quote> quotes, Map<String, QuoteWords> words, List<Alignment> alignments,
      Map<String, Fidelity> fidelity) {
    Map<String, String> groupOf = new HashMap<>();
    for (Alignment a : alignments) {
      a.quoteIds().forEach(id -> groupOf.putIfAbsent(id, a.group()));
    }
    int groups = (int) alignments.stream().map(Alignment::group).distinct().count();
    List<Alignment> out = new ArrayList<>();
    for (Quote q : quotes) {
      Fidelity f = fidelity.get(q.id());
      if (f == null || !FidelityJudge.translation(f) || groupOf.containsKey(q.id())) {
        continue;
      }
      Span sentence = f.record().get(0);
      for (Quote other : quotes) {
        Fidelity g = fidelity.get(other.id());
        if (other == q || g == null || other.documentId().equals(q.documentId()) || g.record().isEmpty()
            || !g.referenceId().equals(f.referenceId())
            || g.record().stream().noneMatch(s -> s.overlaps(sentence))) {
          continue;
        }
        String group = groupOf.get(other.id());
        if (group == null) {
          group = "g" + (++groups);
          groupOf.put(other.id(), group);
        }
        groupOf.put(q.id(), group);
        boolean first = quotes.indexOf(other) < quotes.indexOf(q);
        QuoteWords a = words.get(first ? other.id() : q.id());
        QuoteWords b = words.get(first ? q.id() : other.id());
        QuoteLink l = aligner.measure(a, b);
        out.add(new Alignment("t" + (out.size() + 1), group, List.of(a.quote().id(), b.quote().id()),
            Relation.TRANSLATION, l.similarity(), differ.diff(List.of(a, b))));
        break;
      }
    }
    return out;
  }
}
