package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.List;
import java.util.Set;

/**
 * A document whose phrase names its issuer: "a report from the Harbour Board", "a 2014 Kessel Harbour
 * Committee report", "an FBI analysis", "a letter from the Brenn Legion", "an editorial in the Kessel
 * Courier", "a memo from the Harbour Board's chief engineer". The document speaks for its issuer, so the
 * quotation it gives is the issuer's. A name before the document that only says what it is about ("the
 * Benghazi report") is no issuer: only a body's name (its last word a body noun) or an acronym is.
 *
 * @param issuer the issuer's words, with their article ("the Brenn Legion")
 * @param end    the index just past the document's phrase, its issuer included
 */
record DocumentIssuer(List<Word> issuer, int end) {
  private static final Set<String> DOCUMENTS = Lexicon.setOf("issuer-documents.txt");
  private static final Set<String> PUBLICATIONS = Lexicon.setOf("publication-nouns.txt");
  /** Lower-case words inside a body's name: "Board of Elections", "Committee on Homeland Security". */
  private static final Set<String> INNER = Set.of("of", "for", "on", "and");
  /** Words before a document's noun that only date or qualify it ("a recent", "an internal", "one such"). */
  private static final int MAX_BEFORE = 6;
  private static final int MAX_NAME = 7;

  /** The document phrase at {@code k} of {@code w} with the issuer it names, or null. */
  static DocumentIssuer at(List<Word> w, int k) {
    int j = k;
    if (j < w.size() && (Lexicon.DETERMINERS.contains(w.get(j).bare()) || w.get(j).bare().equals("one"))) {
      j++;
    }
    int nameStart = -1;
    int nameEnd = -1;
    int head = -1;
    for (int n = 0; j < w.size() && n <= MAX_BEFORE + MAX_NAME; j++, n++) {
      Word x = w.get(j);
      if (!x.capitalized() && DOCUMENTS.contains(x.bare()) && !x.possessive()) {
        head = j;
        break;
      }
      if (x.isPunct() && !x.text().equals(".") || x.possessive() || x.text().equals("\u2063")) {
        return null;
      }
      boolean name = x.capitalized() && !CueGrammar.TIME_WORDS.contains(x.bare()) && !isDateWord(x);
      if (name) {
        if (nameEnd != j) {
          nameStart = j;
        }
        nameEnd = j + 1;
      } else if (!x.capitalized() && Lexicon.isVerb(x.bare())) {
        return null;
      }
    }
    if (head < 0 || head == k) {
      return null;
    }
    // "a white paper": the noun after "white" is the document
    int end = w.get(head).bare().equals("white") && head + 1 < w.size() && w.get(head + 1).bare().equals("paper")
        ? head + 2 : head + 1;
    if (nameEnd == head && issuerName(w.subList(nameStart, nameEnd))) {
      return new DocumentIssuer(w.subList(nameStart, nameEnd), end);
    }
    return after(w, end);
  }

  /** "… from the Brenn Legion", "… by the Harbour Board", "… in the Kessel Courier" after the document. */
  private static DocumentIssuer after(List<Word> w, int j) {
    if (j + 1 < w.size() && w.get(j).bare().equals("last") && CueGrammar.TIME_WORDS.contains(w.get(j + 1).bare())
        || j + 1 < w.size() && Set.of("last", "this").contains(w.get(j).bare())
        && Set.of("year", "week", "month").contains(w.get(j + 1).bare())) {
      j += 2; // "a study last year by …"
    }
    if (j >= w.size() || w.get(j).capitalized()) {
      return null;
    }
    String prep = w.get(j).bare();
    if (!Set.of("from", "by", "of", "in").contains(prep)) {
      return null;
    }
    int s = j + 1;
    int p = s < w.size() && w.get(s).bare().equals("the") ? s + 1 : s;
    while (p < w.size() && p - s < 3 && !w.get(p).capitalized() && !w.get(p).isPunct()
        && w.get(p).bare().contains("-")) {
      p++; // "the left-leaning Kessel Institute"
    }
    int e = p;
    while (e < w.size() && e - p < MAX_NAME && (w.get(e).capitalized() && !w.get(e).isPunct()
        || INNER.contains(w.get(e).text()) && e > p && e + 1 < w.size() && w.get(e + 1).capitalized())) {
      if (w.get(e++).possessive()) {
        break;
      }
    }
    if (e == p) {
      return prep.equals("by") ? byPeopleOf(w, s) : null;
    }
    List<Word> name = w.subList(p, e);
    Word last = name.get(name.size() - 1);
    if (last.possessive()) {
      // "a memo from the Harbour Board's chief engineer": the one the possessive's role phrase names
      int r = e;
      while (r + 1 < w.size() && r - e < 3 && !w.get(r + 1).capitalized() && !w.get(r + 1).isPunct()
          && (CueGrammar.isRoleNoun(w.get(r + 1)) || CueGrammar.isTitle(w.get(r + 1)))) {
        r++; // "chief inspector", "inspector general": the role phrase runs on
      }
      boolean role = r < w.size() && !w.get(r).capitalized()
          && (CueGrammar.isRoleNoun(w.get(r)) || CueGrammar.isTitle(w.get(r)));
      return role && (prep.equals("from") || prep.equals("by")) ? new DocumentIssuer(w.subList(s, r + 1), r + 1) : null;
    }
    boolean ok = switch (prep) {
      case "from", "by" -> true;
      case "of" -> issuerName(name);
      default -> PUBLICATIONS.contains(last.bare()); // "in": only a newspaper publishes what it prints
    };
    if (ok && (prep.equals("from") || prep.equals("by")) && e < w.size() && !w.get(e).capitalized()
        && CueGrammar.isRoleNoun(w.get(e))) {
      return null; // "a letter from Kessel harbour workers": the capitals only describe
    }
    return ok ? new DocumentIssuer(w.subList(s, e), e) : null;
  }

  /**
   * "a study by economists at the Kessel Institute": the people of the body the phrase describes; null
   * unless a plural noun, then "at", "of" or "from" and a body's name follow.
   */
  private static DocumentIssuer byPeopleOf(List<Word> w, int s) {
    int p = s;
    while (p < w.size() && p - s < 2 && !w.get(p).capitalized() && !w.get(p).isPunct() && !w.get(p).bare().endsWith("s")) {
      p++; // "by two economists", "by independent researchers"
    }
    if (p + 2 >= w.size() || w.get(p).capitalized() || !w.get(p).bare().endsWith("s") || w.get(p).bare().endsWith("ss")
        || !Set.of("at", "of", "from").contains(w.get(p + 1).bare())) {
      return null;
    }
    int n = w.get(p + 2).bare().equals("the") ? p + 3 : p + 2;
    int e = n;
    while (e < w.size() && e - n < MAX_NAME && (w.get(e).capitalized() && !w.get(e).isPunct() && !w.get(e).possessive()
        || INNER.contains(w.get(e).text()) && e > n && e + 1 < w.size() && w.get(e + 1).capitalized())) {
      e++;
    }
    return e > n && issuerName(w.subList(n, e)) ? new DocumentIssuer(w.subList(p, e), e) : null;
  }

  /** A body's name ("Kessel Harbour Committee", "Brenn News") or an acronym ("FBI"), not a topic's. */
  private static boolean issuerName(List<Word> name) {
    Word last = name.get(name.size() - 1);
    String t = last.text();
    boolean acronym = t.length() >= 2 && t.length() <= 5 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    return acronym || CueGrammar.BODY_NOUNS.contains(last.bare()) || CueGrammar.GEO_ORG.contains(last.bare())
        && !Set.of("north", "south", "east", "west", "states", "united", "korea", "america", "europe", "asia", "africa",
            "city", "province", "region", "island", "sea", "county", "state", "peninsula", "strait", "gulf", "square",
            "street", "world", "war").contains(last.bare());
  }

  /** "Feb.", "2014", "1": words that only date a document. */
  private static boolean isDateWord(Word x) {
    String b = x.bare();
    return Character.isDigit(x.text().charAt(0)) || b.length() <= 4 && x.text().endsWith(".")
        && CueGrammar.TIME_WORDS.stream().anyMatch(m -> m.startsWith(b));
  }
}
