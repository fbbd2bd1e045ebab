package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.ADVERBS;
import static app.verbatim.engine.attribution.CueGrammar.ASIDE_OPENERS;
import static app.verbatim.engine.attribution.CueGrammar.CLAUSE_BREAKS;
import static app.verbatim.engine.attribution.CueGrammar.NAME_PARTICLES;
import static app.verbatim.engine.attribution.CueGrammar.isCueVerb;
import static app.verbatim.engine.attribution.CueGrammar.isPersonalNameWord;
import static app.verbatim.engine.attribution.CueGrammar.isReference;
import static app.verbatim.engine.attribution.CueGrammar.isTitle;
import static app.verbatim.engine.attribution.CueGrammar.nounPhraseForward;
import static app.verbatim.engine.attribution.CueGrammar.trimLeading;
import static app.verbatim.engine.attribution.CueGrammar.trimTrailing;
import static app.verbatim.engine.attribution.CueGrammar.verbText;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cue in the reporter's words before an opening mark, in the same sentence: X said: "…", X told
 * reporters that "…", according to X, "…"; a participle clause; a possessor's words ("X's description
 * of it as '…'"); a sentence that introduces the quotation with a colon.
 */
final class BeforeQuoteSieve implements CueSieve {
  private final AttributionContext ctx;
  private final ClauseSubjectSieve clauseSubject;
  private final ColonCue colon;

  BeforeQuoteSieve(AttributionContext ctx) {
    this.ctx = ctx;
    this.clauseSubject = new ClauseSubjectSieve(ctx);
    this.colon = new ColonCue(ctx);
  }

  @Override
  public String id() {
    return "cue-before";
  }

  @Override
  public Cue find(FoundQuote q) {
    Paragraph para = ctx.paragraphs().get(q.paragraph());
    int open = q.start();
    int start = ctx.sentences(para).startOf(open);
    int from = Math.max(start, ctx.previousQuoteEnd(open, para.span().start()));
    Cue c = cueBefore(from, open);
    if (c == null && from > start && clauseSubject.onlyShortQuotations(start, open)) {
      c = cueBefore(start, open); // "X, who called it “a sham,” told reporters: “…”": a title or a name before
      c = c == null ? null : withNearerVerb(c, ctx.prose(from, open));
    }
    return c;
  }

  /** "She said farmers had shown “good-will” and urged governments “…”": the reporting verb nearer the quotation. */
  private static Cue withNearerVerb(Cue c, List<Word> nearer) {
    for (int v = 0; v < nearer.size(); v++) {
      if (!nearer.get(v).capitalized() && isCueVerb(nearer, v)) {
        return new Cue(c.np(), verbText(nearer, v), c.offset());
      }
    }
    return c;
  }

  /**
   * The words without short bracketed tags ("Sen. Richard Durbin (D-Ill.) said", "Lisa Madigan (D)
   * asserted"): a party or an agency in brackets stands between a name and its verb and means nothing here.
   */
  static List<Word> withoutTags(List<Word> w) {
    int open = -1;
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).text().equals("(")) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return w;
    }
    List<Word> out = new ArrayList<>(w.size());
    for (int i = 0; i < w.size(); i++) {
      if (w.get(i).text().equals("(")) {
        int close = i + 1;
        while (close < w.size() && close - i <= 6 && !w.get(close).text().equals(")") && !w.get(close).text().equals("(")) {
          close++;
        }
        if (close < w.size() && w.get(close).text().equals(")")) {
          i = close;
          continue;
        }
      }
      out.add(w.get(i));
    }
    return out;
  }

  /** Participles removed from the reporting verbs (too often no speech) that cue right before a quotation. */
  private static final Set<String> PARTICIPLE_CUES = Lexicon.setOf("participle-cues.txt");

  /** Words that open a participle clause of the sentence's subject: "before saying", "while telling". */
  private static final Set<String> PARTICIPLE_OPENERS = Lexicon.setOf("participle-openers.txt");

  /**
   * "Varga was asked by the moderator, Jan Olsen, whether …": a reporting verb in the passive speaks
   * with the voice of its agent after "by", not of its subject. Null when the verb is not such.
   */
  private static Cue passiveAgent(List<Word> w, int v) {
    if (v < 1 || v + 2 >= w.size() || !Set.of("was", "were", "is", "are", "been", "being").contains(w.get(v - 1).bare())
        || !w.get(v + 1).bare().equals("by")) {
      return null;
    }
    List<Word> np = nounPhraseForward(w, v + 2);
    int end = np.size();
    while (end > 0 && !np.get(end - 1).capitalized()) {
      end--;
    }
    np = np.subList(0, end > 0 ? end : np.size());
    return np.isEmpty() || !isReference(np) ? null : new Cue(np, verbText(w, v), np.get(0).start());
  }

  /** Words after which a verb's form ("remarks", "comments", "tweets") is a noun. */
  private static final Set<String> NOUN_DETERMINERS = Lexicon.setOf("noun-determiners.txt");

  /** Verbs that give a name or a label, cues when the quotation follows within a few words. */
  private static final Set<String> NAMING_VERBS = Lexicon.setOf("before-quote-sieve-naming-verbs.txt");

  /**
   * "calls" is mostly a noun ("phone calls"), but right before the quotation it names the thing, and so
   * do "calling him “…”", "labeling it “…”", "referring to herself as “…”" (as nouns or in "calling for"
   * they are no cue).
   */
  private static boolean callsIt(List<Word> w, int v) {
    return NAMING_VERBS.contains(w.get(v).bare()) && v + 1 < w.size() && w.size() - v <= 6
        && v > 0 && !Lexicon.DETERMINERS.contains(w.get(v - 1).bare()) && !w.get(v - 1).possessive()
        && !w.get(v + 1).bare().equals("for") && !w.get(v + 1).bare().equals("on");
  }

  /** "…, writing: “…”", "…, replying that “…”": a participle that is no cue elsewhere, right before the quotation. */
  private static boolean participleCue(List<Word> w, int v) {
    return PARTICIPLE_CUES.contains(w.get(v).bare()) && v > 0 && w.get(v - 1).text().equals(",")
        && w.size() - v <= 3;
  }

  /** Where the clause ending at {@code e} starts: after punctuation, a clause break or another verb. */
  static int clauseStart(List<Word> w, int e) {
    int s = e;
    while (s > 0 && !w.get(s - 1).isPunct() && !CLAUSE_BREAKS.contains(w.get(s - 1).bare())
        && !(Lexicon.isVerb(w.get(s - 1).bare()) && !w.get(s - 1).capitalized())
        && !w.get(s - 1).bare().equals("what")) { // "shedding what Varga called “…”": Varga's clause
      s--;
    }
    return s;
  }

  /**
   * "Mia Lund, a professor at the University of Kessel who has studied its elections for twenty years,
   * said …": the name that opens the sentence, past an aside too long for an appositive; empty if none.
   */
  private List<Word> subjectPastAside(List<Word> w, int v, int e) {
    int[] after = new int[1];
    List<Word> subject = e > 0 && w.get(e - 1).text().equals(",")
        ? clauseSubject.openingSubject(w.subList(0, v + 1), after) : List.of();
    return !subject.isEmpty() && after[0] == e ? subject : List.of();
  }

  /** "according to X" anywhere before the quotation. */
  private Cue accordingTo(List<Word> w) {
    for (int i = 0; i + 1 < w.size(); i++) {
      if (w.get(i).bare().equals("according") && w.get(i + 1).bare().equals("to")) {
        List<Word> np = nounPhraseForward(w, i + 2);
        if (!np.isEmpty()) {
          return new Cue(np, "according to", np.get(0).start());
        }
      }
    }
    return null;
  }

  /** The subject of a participle clause ending at {@code e} ("…, saying"): the sentence's, the clause's, a role. */
  private List<Word> participleSubject(List<Word> w, int e) {
    List<Word> subject = SentenceOpeners.sentenceSubject(w, e - 1);
    if (subject.isEmpty()) {
      // "Fiorina threw her support behind Sen. Cruz on Wednesday, saying …": the participle's subject is
      // the clause's, whoever its object names
      subject = clauseSubject.openingSubject(w.subList(0, e - 1), new int[1], true);
    }
    if (subject.isEmpty()) {
      subject = SentenceOpeners.openingRole(w.subList(0, e - 1)); // "The harbour master sought calm, saying …"
    }
    return subject;
  }

  /** The reporter's words before an opening mark: NP VERB … [that|:|,] "…" or according to NP. */
  Cue cueBefore(int from, int to) {
    List<Word> w = withoutTags(ctx.prose(from, to));
    Cue framed = framingCue(w);
    if (framed != null) {
      return framed;
    }
    Cue participle = null;
    String participleVerb = null;
    for (int v = w.size() - 1; v >= 0; v--) {
      Word verb = w.get(v);
      if (verb.capitalized() || !isCueVerb(w, v) && !callsIt(w, v) && !participleCue(w, v)) {
        continue;
      }
      if (v > 0 && (w.get(v - 1).possessive() || NOUN_DETERMINERS.contains(w.get(v - 1).bare()))) {
        continue; // "said Varga's remarks “…”", "her tweets": a noun after a possessive, not a verb
      }
      Cue agent = passiveAgent(w, v);
      if (agent != null) {
        return agent;
      }
      int e = v;
      while (e > 0 && ADVERBS.contains(w.get(e - 1).bare())) {
        e--;
      }
      int s = clauseStart(w, e);
      if (s == e) {
        s = beforeAppositive(w, e);
        e = s < 0 ? e : apposStart;
        List<Word> opener = s < 0 && !verb.bare().endsWith("ing") ? subjectPastAside(w, v, e) : List.of();
        if (!opener.isEmpty()) {
          return new Cue(opener, participleVerb != null ? participleVerb : verbText(w, v), opener.get(0).start());
        }
        if (s < 0) {
          // a participle clause: "Mayor Linda Okafor defended her plan, telling the council that “…"
          // also after a preposition: "McConnell deflected questions before saying, “…”"
          boolean afterComma = e > 0 && verb.bare().endsWith("ing")
              && (w.get(e - 1).text().equals(",") || PARTICIPLE_OPENERS.contains(w.get(e - 1).bare()) && e > 1);
          if (afterComma && participleVerb == null) {
            participleVerb = verbText(w, v);
          }
          List<Word> subject = afterComma ? participleSubject(w, e) : List.of();
          if (!subject.isEmpty() && participle == null) {
            participle = new Cue(subject, verbText(w, v), subject.get(0).start()); // unless the main verb cues
          }
          continue;
        }
      }
      List<Word> np = PlaceOfNameStep.nameBefore(w, s, NameBeforeRoleStep.nameBefore(w, s,
          BodyRoleNameStep.nameAtEnd(w, s, e, trimTrailing(trimLeading(w.subList(s, e))))));
      if (!np.isEmpty() && isReference(np) && participle != null && s > 0 && w.get(s - 1).bare().equals("that")) {
        // "Ruiz repeated claims that Varga recites the same lines, calling him a “…”": the participle is
        // the sentence subject's, not that of the clause its object holds
        return participle;
      }
      if (!np.isEmpty() && isReference(np)) {
        // "… rejected calls for a state of emergency, saying the insurers “…”": the main verb gives the
        // speaker, the participle closest to the quotation is the reporting verb
        Cue found = new Cue(np, participleVerb != null ? participleVerb : verbText(w, v), np.get(0).start());
        return ReportedClauseStep.outer(w, s, v, found);
      }
    }
    if (participle != null) {
      return participle;
    }
    return colon.colonCue(w);
  }

  private int apposStart;

  /** Cues that frame the quotation whatever the verb: according to X, X's words, X issued a statement, said X. */
  private Cue framingCue(List<Word> w) {
    Cue according = accordingTo(w);
    if (according != null) {
      return according;
    }
    Cue owner = OwnedWordsCue.wordsOwnedBefore(w);
    Cue issuer = owner != null ? owner : StatementCue.issuer(w);
    return issuer != null ? issuer : InvertedCue.before(w);
  }

  /**
   * For "Varga, the opposition leader, said": when only an appositive stands between a verb and the
   * comma before it, the start of the name before the appositive (and {@link #apposStart} set to
   * the appositive's comma), else -1.
   */
  private int beforeAppositive(List<Word> w, int verbAt) {
    if (verbAt < 1 || !w.get(verbAt - 1).text().equals(",")) {
      return -1;
    }
    int c = verbAt - 2;
    while (c >= 0 && !w.get(c).isPunct()) {
      c--;
    }
    if (c < 1 || !w.get(c).text().equals(",")) {
      return -1;
    }
    List<Word> appos = w.subList(c + 1, verbAt - 1);
    // an appositive with a role ("the opposition leader"), a relative clause ("who has led the bank
    // since 2021") or an aside ("for his part")
    boolean role = appos.size() <= 7 && appos.stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()));
    // ", noting the size of his following," / ", speaking after the vote,": a participle aside
    boolean aside = !appos.isEmpty() && appos.size() <= 9 && (ASIDE_OPENERS.contains(appos.get(0).bare())
        || !appos.get(0).capitalized() && appos.get(0).bare().endsWith("ing") && appos.get(0).bare().length() > 5)
        || appos.size() == 1 && appos.get(0).text().matches("\\d{1,3}"); // "Veit, 61, said"
    // "The 58-year-old, a hydrologist by training who spent twenty years at the ministry, said": a
    // description opened by an article, after a subject that refers to a person
    boolean description = !appos.isEmpty() && appos.size() <= 20
        && (appos.get(0).bare().equals("a") || appos.get(0).bare().equals("an"))
        && !CLAUSE_BREAKS.contains(w.get(c - 1).bare()) && isReference(List.of(w.get(c - 1)));
    // "Valley Mutual, the region’s largest farm insurer, said": a short definite description after a name
    boolean definite = appos.size() >= 2 && appos.size() <= 7
        && (appos.get(0).bare().equals("the") || appos.get(0).possessive())
        && appos.stream().noneMatch(x -> Lexicon.isVerb(x.bare()) || CLAUSE_BREAKS.contains(x.bare()))
        && isPersonalNameWord(w.get(c - 1)) && !w.get(c - 1).possessive();
    if (!role && !aside && !description && !definite) {
      // "The minister, Eva Stone, later told": the name is the appositive, a role stands before it;
      // an organisation may follow the name ("Dr Chidinma Okafor-Eze of the Continental Water Commission")
      int nameEnd = 0;
      while (nameEnd < appos.size() && !appos.get(nameEnd).bare().equals("of")) {
        nameEnd++;
      }
      List<Word> named = appos.subList(0, nameEnd);
      int t = 0;
      while (t < named.size() && isTitle(named.get(t))) {
        t++;
      }
      boolean name = t < named.size() && named.size() <= 5
          && isPersonalNameWord(named.get(t)) && named.subList(t, named.size()).stream()
              .allMatch(x -> isPersonalNameWord(x) || NAME_PARTICLES.contains(x.text()))
          && (nameEnd == appos.size() || nameEnd + 1 < appos.size())
          && c >= 1 && roleOpensClause(w, c);
      if (!name) {
        return -1;
      }
      apposStart = c + 1 + nameEnd;
      return c + 1;
    }
    int s = c;
    while (s > 0 && !w.get(s - 1).isPunct() && !CLAUSE_BREAKS.contains(w.get(s - 1).bare())
        && !(Lexicon.isVerb(w.get(s - 1).bare()) && !w.get(s - 1).capitalized())) {
      s--;
    }
    apposStart = c;
    return s < c ? s : -1;
  }

  /**
   * A role stands right before the comma at {@code c}, or heads an "of" phrase ending there: "The
   * minister, Eva Stone,", "The governor of the central bank, Ri Chol-min,".
   */
  private static boolean roleOpensClause(List<Word> w, int c) {
    if (Lexicon.ROLE_NOUNS.contains(w.get(c - 1).bare())) {
      return true;
    }
    for (int k = c - 1; k >= 1 && c - k <= 5; k--) {
      if (w.get(k).isPunct()) {
        return false;
      }
      if (w.get(k).bare().equals("of") && !w.get(k).capitalized()) {
        return Lexicon.ROLE_NOUNS.contains(w.get(k - 1).bare()) && !w.get(k - 1).capitalized();
      }
    }
    return false;
  }
}
