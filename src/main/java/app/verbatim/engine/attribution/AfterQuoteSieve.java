package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.ADVERBS;
import static app.verbatim.engine.attribution.CueGrammar.CLAUSE_BREAKS;
import static app.verbatim.engine.attribution.CueGrammar.INDEFINITE;
import static app.verbatim.engine.attribution.CueGrammar.NAME_PARTICLES;
import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.isReference;
import static app.verbatim.engine.attribution.CueGrammar.nounPhraseForward;
import static app.verbatim.engine.attribution.CueGrammar.trimTrailing;
import static app.verbatim.engine.attribution.CueGrammar.verbText;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.Sentences;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Span;
import java.util.List;
import java.util.Set;

/**
 * The cue right after a quotation's closing mark, after any of its parts: "…," Ri said / said the
 * minister / according to X; or a dash and a name ending the paragraph ("…" — Ilse Darvas).
 */
final class AfterQuoteSieve implements CueSieve {
  private final AttributionContext ctx;

  AfterQuoteSieve(AttributionContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String id() {
    return "cue-after";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    Sentences sentences = ctx.sentences(para);
    for (int k = 0; k < q.marked().size(); k++) {
      Span m = q.marked().get(k);
      Paragraph pk = ctx.paragraphOf(m.start());
      Sentences sk = pk == para ? sentences : ctx.sentences(pk);
      if (k == q.marked().size() - 1) {
        Cue dash = dashAttribution(m.end(), pk.span().end());
        if (dash != null) {
          return dash.by("dash");
        }
      }
      int limit = Math.min(sk.endOf(m.end()), ctx.nextQuoteStart(m.end(), pk.span().end()));
      Cue c = !endsSentenceBeforeCapital(m)
          || asksOrExclaims(m) && opensItsSentence(q, sentences)
              && (isBareCue(m.end(), limit) || verbFirst(m.end(), limit) || nameThenVerb(m.end(), limit))
          || k == q.marked().size() - 1 && opensItsSentence(q, sentences) && nameThenVerb(m.end(), limit)
          ? cueAfter(m.end(), limit) : null;
      if (c == null && limit < sk.endOf(m.end()) && !endsSentenceBeforeCapital(m)) {
        c = pastQuotedAside(m.end(), sk.endOf(m.end()));
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * "…," Kessel delegate Bill Easton, wearing a hat and “Vote Crane” pins, said: a name whose aside holds
   * a quotation of its own, which cut the words read after the mark short.
   */
  private Cue pastQuotedAside(int from, int sentenceEnd) {
    List<Word> w = ctx.prose(from, sentenceEnd);
    int i = 0;
    while (i < w.size() && w.get(i).text().equals(",")) {
      i++;
    }
    int k = i;
    while (k < w.size() && k - i < 7 && !w.get(k).isPunct()) {
      k++;
    }
    return k == i || k >= w.size() || !w.get(k).text().equals(",") ? null : namedBeforeAsides(w, i, k, k, true);
  }

  /**
   * "…not.” She added that…": a quotation that ends its sentence, followed by a capital, is not
   * attributed by the words after it — they start a new sentence.
   */
  private boolean endsSentenceBeforeCapital(Span marked) {
    int i = marked.end() - 1;
    while (i > marked.start() && "\"'”’»“‘«".indexOf(ctx.text().charAt(i)) >= 0) {
      i--;
    }
    if (i <= marked.start() || ".!?".indexOf(ctx.text().charAt(i)) < 0) {
      return false;
    }
    int j = marked.end();
    while (j < ctx.text().length() && ctx.text().charAt(j) == ' ') {
      j++;
    }
    return j < ctx.text().length() && Character.isUpperCase(ctx.text().charAt(j));
  }

  /** A quotation whose own words end with a question or exclamation mark: "Generous for whom?" */
  private boolean asksOrExclaims(Span marked) {
    int i = marked.end() - 1;
    while (i > marked.start() && "\"'”’»“‘«".indexOf(ctx.text().charAt(i)) >= 0) {
      i--;
    }
    return ctx.text().charAt(i) == '?' || ctx.text().charAt(i) == '!';
  }

  /**
   * Only a short attribution follows, up to the sentence end ("Nguyen replied.", "asked the
   * minister."), no clause of its own ("She added that …"): the quotation's question or exclamation
   * mark did not end the reporter's sentence.
   */
  private boolean isBareCue(int from, int to) {
    List<Word> w = ctx.prose(from, to);
    int words = 0;
    for (Word x : w) {
      if (x.text().equals("\u2063") || CLAUSE_BREAKS.contains(x.bare()) || x.text().equals(":")) {
        return false;
      }
      if (!x.isPunct()) {
        words++;
      }
    }
    return words >= 2 && words <= 5;
  }

  /**
   * A dash after the last closing mark, then only the speaker to the paragraph's end: "“…” — Ilse
   * Darvas", "“…” — the minister". A name, or a determiner with a role; nothing that goes on into a
   * clause ("“…” — a claim the ministry denied").
   */
  private Cue dashAttribution(int from, int paraEnd) {
    List<Word> w = ctx.prose(from, paraEnd);
    if (w.size() < 2 || !Set.of("—", "–").contains(w.get(0).text())) {
      return null;
    }
    int j = 1;
    while (j < w.size() && !w.get(j).isPunct()) {
      j++;
    }
    List<Word> np = w.subList(1, j);
    if (np.isEmpty() || np.size() > 6 || j < w.size() && !Set.of(",", ".").contains(w.get(j).text())) {
      return null;
    }
    // a full name, or one the text has given a person; never an agency's signature ("— Reuters", "— AP")
    boolean name = np.stream().allMatch(x -> (x.capitalized() || NAME_PARTICLES.contains(x.text())) && !x.possessive()
            && !(x.text().length() > 1 && x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT))))
        && np.stream().anyMatch(CueGrammar::isPersonalNameWord)
        && (np.size() >= 2 || ctx.match(np) != null && ctx.match(np).personLike);
    boolean role = Lexicon.DETERMINERS.contains(np.get(0).bare()) && !INDEFINITE.contains(np.get(0).bare())
        && Lexicon.ROLE_NOUNS.contains(np.get(np.size() - 1).bare());
    return (name || role) && isReference(np) ? new Cue(np, null, np.get(0).start()) : null;
  }

  /** Words directly after a closing mark: [,] NP VERB | VERB NP | according to NP. */
  /** A comma after the start of a name: an aside set off by commas before the verb, or a name after a role. */
  private Cue afterComma(List<Word> w, int i, int v, int paren) {
    // "…," Varga, the opposition leader, said.
    int close = v + 1;
    while (close < w.size() && !w.get(close).isPunct() && close - v <= 7) {
      close++;
    }
    if (close < w.size() && w.get(close).text().equals(",") && close + 1 < w.size()
        && Lexicon.isVerb(w.get(close + 1).bare()) && !w.get(close + 1).capitalized()
        && w.subList(v + 1, close).stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()))) {
      List<Word> np = trimTrailing(w.subList(i, v));
      return isReference(np) ? new Cue(np, w.get(close + 1).text(), np.get(0).start()) : null;
    }
    // "…," the prime minister, Helena Varga, said: a role, then the name set off by commas
    if (close < w.size() && w.get(close).text().equals(",") && close + 1 < w.size()
        && Lexicon.isVerb(w.get(close + 1).bare()) && !w.get(close + 1).capitalized() && close - v <= 5
        && w.subList(v + 1, close).stream().allMatch(CueGrammar::isPersonalNameWord)
        && (CueGrammar.isRoleNoun(w.get(v - 1)) || describedBefore(w, i, v))) {
      List<Word> np = w.subList(v + 1, close);
      return new Cue(np, w.get(close + 1).text(), np.get(0).start());
    }
    Cue named = namedBeforeAsides(w, i, paren >= 0 ? paren : v, v);
    return named != null || paren >= 0 ? named : UnclosedAsideStep.find(w, i, v);
  }

  /**
   * "the assailant," "another neighbour,": a short description in lower case, opened by a determiner,
   * from {@code i} to the comma at {@code v}; it stands for the name set off after it.
   */
  private static boolean describedBefore(List<Word> w, int i, int v) {
    return v - i >= 2 && v - i <= 4 && Lexicon.DETERMINERS.contains(w.get(i).bare())
        && w.subList(i, v).stream().noneMatch(x -> x.capitalized() || x.isPunct() || Lexicon.isVerb(x.bare())
            || x.possessive());
  }

  /** Verbs that make the noun phrase before them the subject of a clause of its own ("… the candidate could"). */
  private static final Set<String> REPORTED_SUBJECT_VERBS = Lexicon.setOf("reported-subject-verbs.txt");

  /** Verbs whose object right after them is the one spoken to, never the speaker. */
  private static final Set<String> LISTENER_VERBS = Lexicon.setOf("listener-verbs.txt");

  Cue cueAfter(int from, int to) {
    List<Word> w = ctx.prose(from, to);
    int i = 0;
    while (i < w.size() && (w.get(i).text().equals(",") || w.get(i).text().equals("—") || w.get(i).text().equals("–"))) {
      i++;
    }
    if (i >= w.size() || i > 2) {
      return null;
    }
    if (w.get(i).bare().equals("according") && i + 1 < w.size() && w.get(i + 1).bare().equals("to")) {
      List<Word> np = nounPhraseForward(w, i + 2);
      return np.isEmpty() ? null : new Cue(np, "according to", np.get(0).start());
    }
    if (w.get(i).text().equals("as") && i + 2 < w.size()) {
      return asNameSaid(w, i + 1); // "…,” as Crane said on a radio programme"
    }
    if (!w.get(i).capitalized() && isCueVerb(w, i)) {
      return verbThenSpeaker(w, i);
    }
    int paren = -1;
    for (int v = i + 1; v < w.size() && v <= i + 14; v++) {
      Word verb = w.get(v);
      if (verb.text().equals("(") && paren < 0) {
        // "…," Rep. Tom Adair (D-Ore.) said: a party tag or an abbreviation in brackets
        int close = v + 1;
        while (close < w.size() && !w.get(close).text().equals(")") && close - v <= 8) {
          close++;
        }
        if (close >= w.size() || !w.get(close).text().equals(")")) {
          return null;
        }
        paren = v;
        v = close;
        continue;
      }
      if (verb.text().equals(",") && v + 1 < w.size()) {
        return afterComma(w, i, v, paren);
      }
      if (verb.isPunct()) {
        return null;
      }
      if (!verb.capitalized() && isCueVerb(w, v)) {
        int e = v;
        while (e > i && ADVERBS.contains(w.get(e - 1).bare())) {
          e--;
        }
        List<Word> np = trimTrailing(w.subList(i, paren >= 0 ? paren : e));
        np = CueGrammar.nameBeforeOf(np);
        return !np.isEmpty() && isReference(np) ? new Cue(np, verbText(w, v), np.get(0).start()) : null;
      }
    }
    return null;
  }

  /** "…,” said the minister": the reporting verb at {@code i}, its subject after it. */
  private static Cue verbThenSpeaker(List<Word> w, int i) {
    if (LISTENER_VERBS.contains(w.get(i).bare())) {
      return null; // "“…,” told the radio programme": who is told listens, the speaker stands elsewhere
    }
    List<Word> np = nounPhraseForward(w, i + 1);
    if (!np.isEmpty() && i + 1 + np.size() < w.size()
        && REPORTED_SUBJECT_VERBS.contains(w.get(i + 1 + np.size()).text())) {
      return null; // "…,” said the candidate could win": a reported clause's subject, not the speaker
    }
    np = np.isEmpty() ? np : AppositiveNameStep.nameAfter(w, np, i + 1 + np.size());
    return np.isEmpty() || !isReference(np) ? null : new Cue(np, w.get(i).text(), np.get(0).start());
  }

  /** "…,” as Crane said on Monday": a name, then its reporting verb at once; null otherwise. */
  private static Cue asNameSaid(List<Word> w, int k) {
    int j = k;
    while (j < w.size() && j - k < 4 && CueGrammar.isPersonalNameWord(w.get(j)) && !w.get(j).possessive()) {
      j++;
    }
    return j > k && j < w.size() && !w.get(j).capitalized() && isCueVerb(w, j)
        ? new Cue(w.subList(k, j), verbText(w, j), w.get(k).start()) : null;
  }

  /** "“…?” asked the boy, who …": the reporting verb straight after the mark, its subject after it. */
  private boolean verbFirst(int from, int to) {
    List<Word> w = ctx.prose(from, to);
    return !w.isEmpty() && !w.get(0).capitalized() && isCueVerb(w, 0);
  }

  /** The quotation opens its sentence: no reporter's words of the same sentence stand before it. */
  private boolean opensItsSentence(FoundQuote q, Sentences sentences) {
    return ctx.text().substring(sentences.startOf(q.start()), q.start()).isBlank();
  }

  /**
   * "“…we will win.” Trump said as he left.": a full stop inside the marks, then a name and its reporting
   * verb straight away; the new sentence still attributes the quotation (many outlets write it so).
   */
  private boolean nameThenVerb(int from, int to) {
    List<Word> w = ctx.prose(from, to);
    int k = 0;
    while (k < w.size() && k < 6 && w.get(k).capitalized() && !w.get(k).isPunct()) {
      k++;
    }
    if (k > 0 && k < w.size() && w.get(k).text().equals(",") && !Lexicon.NOT_NAMES.contains(w.get(0).bare())) {
      return namedBeforeAsides(w, 0, k, k) != null; // "…?” Will Estrada, the chairman for the county, said"
    }
    return k > 0 && k < w.size() && w.subList(0, k).stream().anyMatch(CueGrammar::isPersonalNameWord)
        && !w.get(k).capitalized() && isCueVerb(w, k);
  }

  /** How many words of asides may stand between a name and its verb. */
  private static final int ASIDE_WORDS = 30;

  /**
   * "…," Ruth Kell, 54, of Dayton, Ohio, who voted early, said: a name, then asides set off by commas
   * (an age, a place, a relative clause, a long apposition), then the reporting verb. The name ends at
   * {@code nameEnd}; the first comma stands at {@code comma}.
   */
  private static Cue namedBeforeAsides(List<Word> w, int i, int nameEnd, int comma) {
    return namedBeforeAsides(w, i, nameEnd, comma, false);
  }

  /** As above; with {@code quotedAside}, the asides may hold a quotation ("wearing “Vote Crane” pins"). */
  private static Cue namedBeforeAsides(List<Word> w, int i, int nameEnd, int comma, boolean quotedAside) {
    List<Word> np = w.subList(i, nameEnd);
    // a name, with its titles and roles: "Texas delegate Bill Eastland", "the economist Jared Bernstein"
    if (np.isEmpty() || np.size() > 7 || !np.stream().allMatch(x -> x.capitalized() || x.isPunct() && x.text().equals(".")
            || Lexicon.ROLE_NOUNS.contains(x.bare()) || Lexicon.DETERMINERS.contains(x.bare()))
        || np.stream().noneMatch(CueGrammar::isPersonalNameWord) || !np.get(np.size() - 1).capitalized()) {
      return null;
    }
    for (int k = comma + 1; k < w.size() && k - comma <= ASIDE_WORDS; k++) {
      Word x = w.get(k);
      // a state's abbreviation in the aside of a person's name ("Ruth Kell, 54, of Dayton, Oh., said"), not a sentence end
      boolean abbreviation = CueGrammar.abbreviationStop(w, k) && !Lexicon.DETERMINERS.contains(np.get(0).bare());
      if (x.text().equals("\u2063") && !quotedAside || x.text().equals(".") && !abbreviation
          || x.text().equals(":") || x.text().equals(";")) {
        return null;
      }
      if (x.text().equals(",") && k + 1 < w.size() && !w.get(k + 1).capitalized() && isCueVerb(w, k + 1)) {
        return new Cue(np, verbText(w, k + 1), np.get(0).start());
      }
    }
    return null;
  }
}
