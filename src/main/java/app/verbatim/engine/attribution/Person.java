package app.verbatim.engine.attribution;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.engine.text.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A person (or body) referred to in one document, built up as the text is read. */
final class Person {
  enum Gender { UNKNOWN, FEMALE, MALE }

  /** Display tokens of the fullest name seen ("Ri", "Yong", "Ho"); empty when only described. */
  List<String> name = new ArrayList<>();
  private List<String> keyedName;
  private Set<String> keys = Set.of();
  /** "the opposition leader" for a speaker the text never names. */
  String description;
  final Set<String> roles = new HashSet<>();
  final Set<String> qualifiers = new HashSet<>();
  final Set<String> labels = new LinkedHashSet<>();
  Gender gender = Gender.UNKNOWN;
  /** The usual gender of the given name, a weaker hint than the text's own cues. */
  Gender nameGender = Gender.UNKNOWN;
  /** A person rather than a place or body: a pronoun may refer to them. */
  boolean personLike;

  private static final Set<String> LABEL_OPENERS = Lexicon.setOf("label-openers.txt");

  /**
   * Keeps the words a text calls this person by as an alias, without a sentence opener that its capital
   * glued to the name ("But Orton" is known as "Orton"); nothing when only the opener is left.
   */
  void addLabel(String label) {
    if (label == null) {
      return;
    }
    String l = label.strip();
    int sp = l.indexOf(' ');
    while (sp > 0 && LABEL_OPENERS.contains(Lexicon.lower(l.substring(0, sp)))) {
      l = l.substring(sp + 1).strip();
      sp = l.indexOf(' ');
    }
    if (!l.isEmpty() && !LABEL_OPENERS.contains(Lexicon.lower(l))) {
      labels.add(l);
    }
  }

  String displayName() {
    return name.isEmpty() ? description : String.join(" ", name);
  }

  /** Normalized name tokens: lower case, hyphenated parts split (Yong-ho = Yong Ho). */
  Set<String> nameKeys() {
    if (keyedName != name) { // a new name is a new list (absorbName); keys are asked for very often
      keys = NameKeys.keysOf(name);
      keyedName = name;
    }
    return keys;
  }

  boolean compatible(Gender g) {
    return g == Gender.UNKNOWN || gender == Gender.UNKNOWN || gender == g;
  }

  static Set<String> newSet() {
    return new HashSet<>();
  }

  static void genderFrom(Person p, String word) {
    if (Lexicon.FEMALE_NOUNS.contains(word)) {
      p.gender = Gender.FEMALE;
    } else if (Lexicon.MALE_NOUNS.contains(word)) {
      p.gender = Gender.MALE;
    }
  }

  static void absorbName(Person p, List<Word> name) {
    List<String> tokens = new ArrayList<>();
    for (Word w : name) {
      tokens.add(w.text().replaceAll("(’s|'s|’)$", ""));
    }
    if (tokens.size() > p.name.size() || p.name.isEmpty()) {
      p.name = tokens;
    }
    // the given name of the fullest name kept, not of any later two-word reading ("Wasserman Schultz"
    // of "Debbie Wasserman Schultz" is no given name and must not erase hers)
    if (p.name.size() >= 2) {
      p.nameGender = FirstNames.genderOf(p.name.get(0));
    }
  }
}
