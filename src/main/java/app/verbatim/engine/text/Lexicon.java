package app.verbatim.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The engine's word lists, English news usage: abbreviations, reporting verbs, role nouns, titles,
 * function words, each read from a resource file {@code app/verbatim/engine/*.txt}. One class, so a
 * word added to a list reaches every rule that reads it.
 */
public final class Lexicon {
  private Lexicon() {}

  /** Titles whose dot stays on the word ("Mr.", "Sen.", "Jr."), in file order. */
  public static final List<String> TITLE_ABBREVIATIONS = list("abbreviations-title.txt");
  /** Abbreviations stripped between the parts of a split quotation ("Gen.", "Sept."), in file order. */
  public static final List<String> SPLIT_QUOTE_ABBREVIATIONS = list("abbreviations-split-quote.txt");
  /** Every abbreviation whose full stop ends no sentence, lower case, without the final dot. */
  public static final Set<String> ABBREVIATIONS = union(list("abbreviations.txt"), TITLE_ABBREVIATIONS,
      SPLIT_QUOTE_ABBREVIATIONS);

  /** Reporting verbs in every form a news sentence uses (say, says, said, saying). */
  public static final Set<String> VERBS = new HashSet<>();
  /** Base forms; the static block below adds their regular endings. */
  private static final List<String> REGULAR = list("reporting-verbs.txt");
  private static final List<String> IRREGULAR = list("reporting-verb-forms.txt");
  /** Verbs that report speech when "back" follows: "shot back", "fired back", "hit back". */
  public static final Set<String> BACK_VERBS = setOf("back-verbs.txt");
  public static final Set<String> PRONOUNS = setOf("pronouns.txt");
  public static final Set<String> DETERMINERS = setOf("determiners.txt");
  /** Nouns that name a person by role ("the minister", "the North Korean top diplomat"). */
  public static final Set<String> ROLE_NOUNS = setOf("role-nouns.txt");
  /** Role noun → the titles it also answers to: "senator" → "sen" ("Sen. Ana Ruiz" is "the senator"). */
  public static final Map<String, Set<String>> ROLE_ALSO_CALLED = table("role-also-called.txt");
  private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

  /** "the 58-year-old": a person the text has just named, of either gender. */
  public static boolean isAgeNoun(String bare) {
    return AGE_NOUN.matcher(bare).matches();
  }

  /** Person nouns, as opposed to bodies and documents (used for gender and for pronoun targets). */
  public static final Set<String> FEMALE_NOUNS = setOf("female-nouns.txt");
  public static final Set<String> MALE_NOUNS = setOf("male-nouns.txt");
  /**
   * A nationality as a person: "the Portuguese said with a smile" is the person just named, not someone
   * called Portuguese.
   */
  public static final Set<String> DEMONYMS = setOf("demonyms.txt");
  public static final Set<String> TITLES = setOf("titles.txt");
  /** Grammar words that are no evidence two quotations render one passage ("we", "will", "the"). */
  public static final Set<String> FUNCTION_WORDS = setOf("function-words.txt");
  /** Capitalized words that never start a person's name. */
  public static final Set<String> NOT_NAMES = setOf("not-names.txt");

  static {
    for (String v : REGULAR) {
      VERBS.add(v);
      VERBS.add(v.endsWith("e") ? v + "s" : v.endsWith("y") && !v.endsWith("ay") ? v + "s" : v + "s");
      VERBS.add(v.endsWith("e") ? v + "d" : v + "ed");
      VERBS.add(v.endsWith("e") ? v.substring(0, v.length() - 1) + "ing" : v + "ing");
      if (v.endsWith("y") && !v.endsWith("ay") && !v.endsWith("ey")) {
        String stem = v.substring(0, v.length() - 1);
        VERBS.add(stem + "ied");
        VERBS.add(stem + "ies");
      }
      if (v.matches(".*[^aeiou][aeiou][pt]$") && !v.equals("comment") && !v.equals("object")) {
        VERBS.add(v + v.charAt(v.length() - 1) + "ed");
        VERBS.add(v + v.charAt(v.length() - 1) + "ing");
      }
    }
    VERBS.add("labelled");
    VERBS.add("labelling");
    VERBS.add("signalled");
    VERBS.add("quipped");
    VERBS.add("admitted");
    VERBS.add("admitting");
    VERBS.add("regretted");
    VERBS.addAll(IRREGULAR);
    // words that look like verbs here but mostly are not reporting verbs
    VERBS.removeAll(list("reporting-verbs-excluded.txt"));
  }

  /**
   * The words of a list under {@code /app/verbatim/engine/}, one a line, without blank lines and
   * {@code #} comments. A missing list fails loudly: without it sentence ends would silently change.
   */
  public static List<String> list(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream("/app/verbatim/engine/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the build: " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list file as a set, as {@link #set} makes one. */
  public static Set<String> setOf(String resource) {
    return Set.copyOf(new HashSet<>(list(resource)));
  }

  /** A list file whose lines are a key and then its words: "senator sen". */
  public static Map<String, Set<String>> table(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String line : list(resource)) {
      String[] w = line.split("\\s+");
      out.put(w[0], Set.of(java.util.Arrays.copyOfRange(w, 1, w.length)));
    }
    return Map.copyOf(out);
  }

  @SafeVarargs
  private static Set<String> union(List<String>... lists) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> l : lists) {
      out.addAll(l);
    }
    return Set.copyOf(out);
  }

  /** A set from a word list that may repeat words. */
  public static Set<String> set(String... words) {
    return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
  }

  public static boolean isVerb(String lower) {
    return VERBS.contains(lower);
  }

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
