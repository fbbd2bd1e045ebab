package app.verbatim.engine.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normalization and variant rules, in one place: two words with the same key are the same word
 * in another spelling (U.S./US, good-will/goodwill, colour/color, realise/realize, forty/40). The key is
 * only ever compared for equality, so rules are applied to both sides alike.
 */
public final class VariantRules {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("grey", "gray"), Map.entry("ageing", "aging"),
      Map.entry("judgement", "judgment"), Map.entry("towards", "toward"), Map.entry("amongst", "among"),
      Map.entry("whilst", "while"), Map.entry("defence", "defense"), Map.entry("offence", "offense"),
      Map.entry("licence", "license"), Map.entry("pretence", "pretense"), Map.entry("cheque", "check"),
      Map.entry("tyre", "tire"), Map.entry("plough", "plow"), Map.entry("enrol", "enroll"),
      Map.entry("fulfil", "fulfill"), Map.entry("kerb", "curb"), Map.entry("aluminium", "aluminum"),
      Map.entry("manoeuvre", "maneuver"), Map.entry("sceptical", "skeptical"), Map.entry("per cent", "percent"),
      Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
      Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
      Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
      Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
      Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
      Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"),
      Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"),
      Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"),
      Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("million", "1000000"),
      Map.entry("first", "1st"), Map.entry("second", "2nd"), Map.entry("third", "3rd"));
  /** Two-word forms that one word can stand for. */
  private static final Map<String, String> PAIRS = Map.of(
      "united states", VariantRules.COUNTRY_US, "united kingdom", "uk", "united nations", "un", "per cent", "percent",
      "european union", "eu");

  /** The key of the country, whatever its spelling (US, U.S., USA, United States); never the pronoun "us". */
  static final String COUNTRY_US = "usa";
  private static final Pattern US = Pattern.compile("U\\.?S\\.?(?:A\\.?)?");

  /** The comparison key of one word. */
  public String key(String word) {
    if (!word.isEmpty() && word.charAt(0) == 'U' && US.matcher(word).matches()) {
      return COUNTRY_US; // the capitals tell the country from "us", which lower-casing would merge
    }
    // ASCII has nothing to decompose and no marks: most words skip the normalizer and its pattern
    String k = isAscii(word) ? word.toLowerCase(Locale.ROOT)
        : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      // dots (U.S.), hyphens (good-will), apostrophes (don't / don’t) and commas in numbers do not matter
      if (c == '.' || c == '-' || c == '‐' || c == '‑' || c == '\'' || c == '’' || c == '‘' || c == ','
          || c == '\u00AD') {
        continue;
      }
      b.append(c);
    }
    k = b.toString();
    String mapped = WORDS.get(k);
    if (mapped != null) {
      return mapped;
    }
    return americanSpelling(k);
  }

  /** The key two adjacent words share when they form one unit ("United States" = "US"), or null. */
  public String pairKey(String firstKey, String secondKey) {
    return PAIRS.get(firstKey + " " + secondKey);
  }

  private static final Pattern[] SPELLING = {
    Pattern.compile("(\\p{L}{2,})is(e|ed|es|ing|ation|ations|er|ers)$"),
    Pattern.compile("(\\p{L}{2,})ys(e|ed|es|ing)$"),
    Pattern.compile("(\\p{L}{3,})our(s|ed|ing|ite|ites|able|ful|less)?$"),
    Pattern.compile("(\\p{L}{3,})tre(s)?$"),
    Pattern.compile("(\\p{L}{3,})ogue(s)?$"),
    Pattern.compile("(\\p{L}{2,}[aeiou])ll(ed|ing|er|ers)$"),
    Pattern.compile("(\\p{L}{3,})mme(s)?$"),
  };
  private static final String[] AMERICAN = {"$1iz$2", "$1yz$2", "$1or$2", "$1ter$2", "$1og$2", "$1l$2", "$1m$2"};

  /** The endings each of {@link #SPELLING} requires: a word with none of them is left alone without a match. */
  private static final String[][] SPELLING_ENDINGS = {
    {"ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers"},
    {"yse", "ysed", "yses", "ysing"},
    {"our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourful", "ourless"},
    {"tre", "tres"},
    {"ogue", "ogues"},
    {"lled", "lling", "ller", "llers"},
    {"mme", "mmes"},
  };

  // '$' also matches before a final line terminator; such a word keeps the full test
  private static boolean mayEndIn(String r, String[] endings) {
    char last = r.charAt(r.length() - 1);
    if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return true;
    }
    for (String e : endings) {
      if (r.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** British to American spelling (realise → realize, colour → color, programme → program). */
  private static String americanSpelling(String k) {
    if (k.length() < 5) {
      return k;
    }
    String r = k;
    for (int i = 0; i < SPELLING.length; i++) {
      if (!mayEndIn(r, SPELLING_ENDINGS[i])) {
        continue; // the pattern cannot match: no need to try it at every position of the word
      }
      java.util.regex.Matcher m = SPELLING[i].matcher(r);
      if (m.find()) {
        r = m.replaceFirst(AMERICAN[i]);
      }
    }
    return r;
  }

  /**
   * Keys for a token list with two-word units joined: returns, per output key, the index range of
   * tokens it covers.
   */
  public List<Keyed> keyed(List<Token> tokens) {
    List<Keyed> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (i + 1 < tokens.size()) {
        String pair = pairKey(tokens.get(i).key(), tokens.get(i + 1).key());
        if (pair != null) {
          out.add(new Keyed(pair, i, i + 2));
          i++;
          continue;
        }
      }
      out.add(new Keyed(tokens.get(i).key(), i, i + 1));
    }
    return out;
  }

  /** A comparison key standing for tokens [from, to). */
  public record Keyed(String key, int from, int to) {}
}
