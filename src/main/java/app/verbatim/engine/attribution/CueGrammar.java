package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The word classes and phrase shapes attribution cues are made of: which words can name a speaker,
 * which end a noun phrase, which are titles. Shared by every sieve; holds no state.
 */
final class CueGrammar {
  private CueGrammar() {}

  static final Set<String> ADVERBS = Lexicon.setOf("adverbs.txt");

  static final Set<String> CLAUSE_BREAKS = Lexicon.setOf("clause-breaks.txt");

  static final Set<String> GEO_ORG = Lexicon.setOf("geo-org.txt");

  /** Verbs that, right after a name, make it the subject of its clause (beyond the reporting verbs). */
  static final Set<String> SUBJECT_VERBS = Lexicon.setOf("subject-verbs.txt");

  /** First words of a clause set off by commas between a name and its verb. */
  static final Set<String> ASIDE_OPENERS = Lexicon.setOf("aside-openers.txt");

  /** Determiners that introduce someone not named before. */
  static final Set<String> INDEFINITE = Lexicon.setOf("indefinite-determiners.txt");

  /** Title words that only join other title words. */
  static final Set<String> TITLE_GLUE = Lexicon.setOf("title-glue.txt");

  /** Prepositions after which a capitalized name is a place, not a person. */
  static final Set<String> PLACE_PREPOSITIONS = Lexicon.setOf("place-prepositions.txt");

  static final Set<String> NAME_PARTICLES = Lexicon.setOf("name-particles.txt");

  /**
   * Occupations of the news that stand before a name like a role ("technology columnist Ann Lee",
   * "Republican front-runner Tom Adair") beyond the lexicon's role nouns.
   */
  static final Set<String> MORE_ROLES = Lexicon.setOf("more-roles.txt");

  /** A lower-case role noun: the lexicon's or one of {@link #MORE_ROLES}. */
  static boolean isRoleNoun(Word x) {
    return Lexicon.ROLE_NOUNS.contains(x.bare()) || MORE_ROLES.contains(x.bare());
  }

  /** Days and months, which end no name ("Broaddrick Sunday"). */
  static final Set<String> TIME_WORDS = Lexicon.setOf("time-words.txt");

  static final Set<String> TRAILING = Lexicon.set(
      "on", "in", "at", "during", "this", "last", "late", "early", "earlier", "later", "yesterday", "today",
      "tonight", "afterwards", "here", "there", "from", "before", "after", "when", "while",
      // an auxiliary or a modal ends the subject: "Varga has firmly", "he might consider Ostrova" (an object)
      "has", "have", "had", "is", "was", "were", "are", "might", "would", "could", "will", "should", "may", "can",
      "must");

  /** Head nouns of a described speaker that is a body, not a person. */
  static final Set<String> BODY_NOUNS = Lexicon.setOf("body-nouns.txt");

  /** Documents that "say" what their issuer says: "the statement said". */
  static final Set<String> DOCUMENT_NOUNS = Lexicon.setOf("document-nouns.txt");

  static List<Word> trimLeading(List<Word> np) {
    int s = 0;
    while (s < np.size() && (np.get(s).isPunct() || Lexicon.NOT_NAMES.contains(np.get(s).bare())
        && !Lexicon.PRONOUNS.contains(np.get(s).bare()) && !Lexicon.DETERMINERS.contains(np.get(s).bare()))) {
      s++;
    }
    return np.subList(s, np.size());
  }

  /** Drops a trailing time or place phrase: "Marsh on Tuesday" → "Marsh". */
  static List<Word> trimTrailing(List<Word> np) {
    for (int k = 1; k < np.size(); k++) {
      String b = np.get(k).bare();
      if (!np.get(k).capitalized() && TRAILING.contains(b)) {
        return np.subList(0, k);
      }
    }
    return np;
  }

  static List<Word> nounPhraseForward(List<Word> w, int from) {
    List<Word> np = new ArrayList<>();
    for (int k = from; k < w.size() && np.size() < 8; k++) {
      Word x = w.get(k);
      if (x.isPunct() || !x.capitalized() && (CLAUSE_BREAKS.contains(x.bare()) || Lexicon.isVerb(x.bare())
          || SUBJECT_VERBS.contains(x.bare()) && !np.isEmpty()
          || Set.of("on", "in", "at", "during", "after", "before", "to", "from", "with", "for", "when", "while",
              "who", "late", "earlier", "this", "last", "told", "yesterday", "today").contains(x.bare())
          && !np.isEmpty())) {
        break;
      }
      if (!x.capitalized() && x.bare().equals("of") && np.stream().anyMatch(CueGrammar::isPersonalNameWord)) {
        break; // "Marek Zaleski of the opposition Civic Union": the name, not the organisation
      }
      np.add(x);
    }
    return np;
  }

  /**
   * "Tomas Varga of Brenn", "Jan Olsen of the Harbour Institute for Coastal Studies": a person's name,
   * then where they are from or work — the name before "of"; the phrase itself when no personal name
   * stands right before it ("the president of the bank", "Secretary of State", "University of Kessel").
   */
  static List<Word> nameBeforeOf(List<Word> np) {
    for (int k = 1; k < np.size() - 1; k++) {
      if (np.get(k).text().equals("of")) {
        Word before = np.get(k - 1);
        String b = before.bare();
        boolean roles = b.endsWith("s") && Lexicon.ROLE_NOUNS.contains(b.substring(0, b.length() - 1)); // "Leaders of"
        return isPersonalNameWord(before) && !before.possessive() && !GEO_ORG.contains(b) && !roles
            && !isTitle(before) ? np.subList(0, k) : np;
      }
    }
    return np;
  }

  /**
   * A full stop at {@code k} that only ends an abbreviation inside the sentence: "of Allentown, Pa., said",
   * "Calif., who" — a short capitalized word before it and a comma or a lower-case word after it.
   */
  static boolean abbreviationStop(List<Word> w, int k) {
    return w.get(k).text().equals(".") && k > 0 && k + 1 < w.size() && w.get(k - 1).capitalized()
        && w.get(k - 1).text().length() <= 5 && !w.get(k - 1).isPunct()
        && (w.get(k + 1).text().equals(",") || !w.get(k + 1).capitalized() && !w.get(k + 1).isPunct());
  }

  /** The verb as the outlet wrote it, with its particle: "said", "shot back". */
  static String verbText(List<Word> w, int i) {
    return Lexicon.BACK_VERBS.contains(w.get(i).bare()) && i + 1 < w.size() && w.get(i + 1).bare().equals("back")
        ? w.get(i).text() + " " + w.get(i + 1).text() : w.get(i).text();
  }

  /** A reporting verb at {@code i}, including phrasal ones: "shot back", "fired back", "hit back". */
  static boolean isCueVerb(List<Word> w, int i) {
    String b = w.get(i).bare();
    return Lexicon.isVerb(b) || Lexicon.BACK_VERBS.contains(b) && i + 1 < w.size() && w.get(i + 1).bare().equals("back");
  }

  /** A capitalized word that is part of a person's name rather than a title or role. */
  static boolean isPersonalNameWord(Word x) {
    return x.capitalized() && !Lexicon.TITLES.contains(x.bare()) && !Lexicon.ROLE_NOUNS.contains(x.bare())
        && !Lexicon.NOT_NAMES.contains(x.bare()) && !Lexicon.DETERMINERS.contains(x.bare());
  }

  /** A noun phrase that can name a speaker: pronoun, name, or described role. */
  /** Prepositions that open a phrase of place, time or medium, not a speaker. */
  static final Set<String> PREPOSITIONS = Lexicon.setOf("prepositions.txt");

  static boolean isReference(List<Word> np) {
    if (np.size() > 8) {
      return false;
    }
    String first = np.get(0).bare();
    if (np.size() == 1 && (Lexicon.PRONOUNS.contains(first) || first.equals("it") && np.get(0).text().equals("it"))) {
      return true;
    }
    // "…’, and that the government would appeal": a clause of the reporter's, not someone speaking
    if (CLAUSE_BREAKS.contains(first) || np.stream().anyMatch(x -> x.bare().equals("that") || x.bare().equals("which"))) {
      return false;
    }
    // "on Twitter", "in the way the United States …", "heads the Senate committee": a place, a medium or
    // a verb phrase, never the speaker
    if (!np.get(0).capitalized() && (PREPOSITIONS.contains(first) || np.size() > 1 && first.endsWith("ing")
        && !Lexicon.ROLE_NOUNS.contains(first) || np.size() > 1
        && !Lexicon.DETERMINERS.contains(first) && !np.get(0).possessive() && !Lexicon.ROLE_NOUNS.contains(first)
        && np.subList(1, np.size()).stream().anyMatch(x -> Lexicon.DETERMINERS.contains(x.bare())))) {
      return false;
    }
    if (np.stream().anyMatch(x -> x.capitalized() && !Lexicon.NOT_NAMES.contains(x.bare()))) {
      return true;
    }
    return np.stream().anyMatch(x -> Lexicon.ROLE_NOUNS.contains(x.bare()) || Lexicon.isAgeNoun(x.bare())
        || isGroupOfRoles(x));
  }

  /** "leaders", "ministers": a plural of a role noun, a group that no one person speaks for. */
  static boolean isGroupOfRoles(Word x) {
    String b = x.bare();
    return !x.capitalized() && b.length() > 3 && b.endsWith("s") && !Lexicon.ROLE_NOUNS.contains(b)
        && Lexicon.ROLE_NOUNS.contains(b.substring(0, b.length() - 1));
  }

  /** "the statement", "its statement", "the ministry's statement": a document, not a speaker. */
  static boolean isDocument(List<Word> np) {
    Word head = np.get(np.size() - 1);
    return !head.capitalized() && DOCUMENT_NOUNS.contains(head.bare())
        && np.stream().noneMatch(x -> x.capitalized() && !Lexicon.DETERMINERS.contains(x.bare()));
  }

  /** The last run of capitalized words (with name particles) in a phrase. */
  static List<Word> lastNameRun(List<Word> np) {
    List<Word> last = new ArrayList<>();
    List<Word> cur = new ArrayList<>();
    for (Word w : np) {
      if (w.capitalized() && !w.isPunct() && !(cur.isEmpty() && Lexicon.DETERMINERS.contains(w.bare()))) {
        cur.add(w);
      } else if (!cur.isEmpty() && NAME_PARTICLES.contains(w.text())) {
        cur.add(w);
      } else if (!cur.isEmpty()) {
        last = cur;
        cur = new ArrayList<>();
      }
    }
    return cur.isEmpty() ? last : cur;
  }

  /** Name particles at {@code j} ("van der", "de la", "al") followed by a name word: "Johanna van der Berg". */
  static boolean particlesBeforeName(List<Word> words, int j) {
    int k = j;
    while (k < words.size() && k - j < 3 && NAME_PARTICLES.contains(words.get(k).text())) {
      k++;
    }
    return k > j && k < words.size() && isNameWord(words.get(k));
  }

  static boolean isNameWord(Word w) {
    return !w.isPunct() && w.capitalized() && !w.text().equals("\u2063");
  }

  // compiled once: asked of every word
  private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(?:[a-z]\\.)+");

  static boolean isTitle(Word w) {
    return Lexicon.TITLES.contains(w.bare()) || DOTTED_INITIALS.matcher(w.bare()).matches() && w.text().length() <= 5;
  }

  static String joinText(List<Word> np) {
    StringBuilder b = new StringBuilder();
    for (Word w : np) {
      if (b.length() > 0 && !w.isPunct()) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }

  static String lowerFirst(String s) {
    String first = s.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    if (s.isEmpty() || !(Lexicon.DETERMINERS.contains(first) || Lexicon.PRONOUNS.contains(first))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
