package app.verbatim.engine.record;

import app.verbatim.engine.text.Token;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.VariantRules;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One speaker's words in a reference, keyed as the aligner keys quotations (spelling variants alike),
 * with each word's place: its characters, its sentence and its stretch (turn or paragraph). Word triples
 * are indexed so that a quotation is located by the runs it shares, not by a scan of the whole record.
 */
final class RecordIndex {
  /** A triple found in more places than this is a stock phrase ("of the United"), not evidence. */
  private static final int MAX_PLACES = 50;

  final List<String> keys = new ArrayList<>();
  final List<Span> chars = new ArrayList<>();
  final List<Integer> sentence = new ArrayList<>();
  final List<Integer> stretch = new ArrayList<>();
  /** Index of the first word of each sentence, by sentence number. */
  final List<Integer> sentenceStart = new ArrayList<>();
  private final Map<String, List<Integer>> triples = new HashMap<>();

  RecordIndex(String text, List<Span> stretches, Tokenizer tokenizer, VariantRules rules) {
    int sentenceNo = -1;
    boolean newSentence = true;
    for (int s = 0; s < stretches.size(); s++) {
      List<Token> tokens = tokenizer.tokenize(text, stretches.get(s).start(), stretches.get(s).end());
      newSentence = true; // a turn or paragraph never continues the sentence before it
      for (VariantRules.Keyed k : rules.keyed(tokens)) {
        if (newSentence) {
          sentenceNo++;
          sentenceStart.add(keys.size());
          newSentence = false;
        }
        Token last = tokens.get(k.to() - 1);
        keys.add(k.key());
        chars.add(new Span(tokens.get(k.from()).start(), last.end()));
        sentence.add(sentenceNo);
        stretch.add(s);
        newSentence = endsSentence(last);
      }
    }
    for (int i = 0; i + 3 <= keys.size(); i++) {
      triples.computeIfAbsent(triple(keys, i), t -> new ArrayList<>()).add(i);
    }
  }

  private static boolean endsSentence(Token t) {
    String s = t.surface().replaceAll("[\"”’'»)\\]]+$", "");
    boolean abbreviation = t.core().endsWith(".") && s.equals(t.core()); // "U.S." inside a sentence
    return !abbreviation && (s.endsWith(".") || s.endsWith("!") || s.endsWith("?"));
  }

  static String triple(List<String> k, int i) {
    return k.get(i) + " " + k.get(i + 1) + " " + k.get(i + 2);
  }

  /** Where this triple of keys stands in the record; none when it stands in too many places to tell. */
  List<Integer> placesOf(String triple) {
    List<Integer> p = triples.getOrDefault(triple, List.of());
    return p.size() > MAX_PLACES ? List.of() : p;
  }

  int size() {
    return keys.size();
  }

  int sentenceEnd(int sentenceNo) {
    return sentenceNo + 1 < sentenceStart.size() ? sentenceStart.get(sentenceNo + 1) : keys.size();
  }

  /** The characters of record words [from, to]. */
  Span span(int from, int to) {
    return new Span(chars.get(from).start(), chars.get(to).end());
  }
}
