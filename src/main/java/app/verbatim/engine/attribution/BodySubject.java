package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;
import java.util.Set;

/**
 * A body that opens a clause as its subject, followed by its predicate: "the Harbour Board of Brenn was
 * firm in its findings", "the FBI lists …", "the Daily Courier focuses on …". Bodies speak too: a
 * quotation in such a clause is the body's, as the quotation after a person's name is theirs.
 */
final class BodySubject {
  private static final int MAX_RUN = 8;

  /** Lower-case words inside a body's name: "Board of Elections", "Institute for Policy". */
  private static final Set<String> INNER = Set.of("of", "for", "on", "and");

  private BodySubject() {}

  /**
   * The body's phrase at {@code k} of {@code w}, with its article, when a predicate follows (past any
   * aside); sets {@code after[0]} to where the predicate starts. Empty otherwise.
   */
  static List<Word> at(List<Word> w, int k, int[] after) {
    List<Word> issuer = issuerOfDocument(w, k, after);
    if (!issuer.isEmpty()) {
      return issuer;
    }
    List<Word> owned = ownedBody(w, k, after);
    if (!owned.isEmpty()) {
      return owned;
    }
    List<Word> voice = spokespersonOfBody(w, k, after);
    if (!voice.isEmpty()) {
      return voice;
    }
    int j = k < w.size() && w.get(k).bare().equals("the") ? k + 1 : k;
    int s = j;
    while (j < w.size() && j - s < MAX_RUN && !w.get(j).possessive()
        && (w.get(j).capitalized() && !w.get(j).isPunct()
            || INNER.contains(w.get(j).text()) && j > s && j + 1 < w.size() && w.get(j + 1).capitalized())) {
      j++;
    }
    if (j == s || j >= w.size() || !isBody(w.subList(s, j), s > k)) {
      return List.of();
    }
    int p = ClauseSubjectSieve.skipAside(w, j);
    // "Courier columnist Ana Ruiz": a role after the body's name makes it a modifier, not the subject
    if (p >= w.size() || !ClauseSubjectSieve.predicate(w, p) || CueGrammar.isRoleNoun(w.get(p))) {
      return List.of();
    }
    after[0] = p;
    return w.subList(k, j);
  }

  /** Nouns for one who speaks for a body. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

  /**
   * "A spokeswoman for the Harbour Board emailed reporters …, arguing, “…”": the body's spokesperson, as
   * described, opens the clause.
   */
  private static List<Word> spokespersonOfBody(List<Word> w, int k, int[] after) {
    int j = k < w.size() && Set.of("a", "an", "the").contains(w.get(k).bare()) ? k + 1 : k;
    if (j + 2 >= w.size() || w.get(j).capitalized() && j > k || !SPOKESPEOPLE.contains(w.get(j).bare())
        || !w.get(j + 1).text().equals("for")) {
      return List.of();
    }
    int s = w.get(j + 2).bare().equals("the") ? j + 3 : j + 2;
    int e = s;
    while (e < w.size() && e - s < MAX_RUN && !w.get(e).possessive() && (w.get(e).capitalized() && !w.get(e).isPunct()
        || INNER.contains(w.get(e).text()) && e > s && e + 1 < w.size() && w.get(e + 1).capitalized())) {
      e++;
    }
    if (e == s) {
      return List.of();
    }
    int p = ClauseSubjectSieve.skipAside(w, e);
    if (p >= w.size() || !ClauseSubjectSieve.predicate(w, p)) {
      return List.of();
    }
    after[0] = p;
    return w.subList(k, e);
  }

  /**
   * "The Varga campaign projects that …", "Varga's campaign shrugged off …", "Her campaign blasted out …":
   * a body a person owns opens the clause (see {@link OwnedBodySieve}).
   */
  private static List<Word> ownedBody(List<Word> w, int k, int[] after) {
    for (int e = k + 2; e <= Math.min(w.size() - 1, k + 4); e++) {
      if (!OwnedBodySieve.owner(w.subList(k, e)).isEmpty()) {
        int p = ClauseSubjectSieve.skipAside(w, e);
        if (p < w.size() && ClauseSubjectSieve.predicate(w, p) && !CueGrammar.isRoleNoun(w.get(p))
            && !OwnedBodySieve.OWNED.contains(w.get(p).bare())) {
          after[0] = p;
          return w.subList(k, e);
        }
      }
    }
    return List.of();
  }

  /**
   * "A 2019 Harbour Committee report found …", "a letter from the Brenn Legion, obtained by the Courier,
   * warns that …": a document that names its issuer opens the clause, so the issuer speaks.
   */
  private static List<Word> issuerOfDocument(List<Word> w, int k, int[] after) {
    DocumentIssuer d = DocumentIssuer.at(w, k);
    if (d == null) {
      return List.of();
    }
    int p = ClauseSubjectSieve.skipAside(w, d.end());
    if (p + 2 < w.size() && !w.get(p).capitalized() && w.get(p).bare().endsWith("ed")
        && w.get(p + 1).bare().equals("by")) {
      // "… obtained by the Courier warns": a participle's agent between the document and its verb
      p += 2;
      while (p < w.size() && (w.get(p).capitalized() && !w.get(p).isPunct() || w.get(p).bare().equals("the"))) {
        p++;
      }
      p = ClauseSubjectSieve.skipAside(w, p);
    }
    if (p >= w.size() || !ClauseSubjectSieve.predicate(w, p) || CueGrammar.isRoleNoun(w.get(p))) {
      return List.of();
    }
    after[0] = p;
    return d.issuer();
  }

  /**
   * A body's name: its head is a body noun ("Board", "Committee", "News"), or it is an acronym after an
   * article ("the FBI"; a bare one may be a state's, "Berea, OH,").
   */
  private static boolean isBody(List<Word> run, boolean article) {
    Word head = run.get(run.size() - 1);
    boolean acronym = article && run.size() == 1 && head.text().length() >= 2 && head.text().length() <= 5
        && head.text().chars().allMatch(Character::isUpperCase);
    return acronym || CueGrammar.BODY_NOUNS.contains(head.bare()) || CueGrammar.GEO_ORG.contains(head.bare())
        || run.stream().anyMatch(x -> Set.of("board", "institute", "museum", "foundation").contains(x.bare()))
        && !Lexicon.TITLES.contains(head.bare());
  }
}
