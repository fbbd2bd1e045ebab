package app.verbatim.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The engine's word lists, English news usage: abbreviations (read from the resource files
 * {@code app/verbatim/engine/abbreviations*.txt}), reporting verbs, role nouns, titles. One class, so
 * a word added to a list reaches every rule that reads it.
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
  /** Verbs that report speech only with a following "as"/object, weaker cues. */
  private static final String[] REGULAR = {
    "add", "stress", "note", "urge", "warn", "insist", "declare", "explain", "argue", "claim", "state",
    "ask", "reply", "respond", "continue", "tweet", "post", "announce", "acknowledge", "admit", "emphasize",
    "emphasise", "remark", "observe", "conclude", "caution", "vow", "pledge", "promise", "recall",
    "complain", "concede", "suggest", "maintain", "contend", "assert", "affirm", "reiterate", "underline",
    "underscore", "highlight", "charge", "accuse", "allege", "demand", "call", "quip", "joke", "lament",
    "comment", "proclaim", "predict", "indicate", "mention", "reveal", "confirm", "deny", "counter",
    "retort", "shout", "describe", "dismiss", "brand", "label", "hail", "condemn", "denounce", "criticize",
    "criticise", "slam", "praise", "welcome", "reject", "appeal", "express", "point", "boast", "plead",
    "propose", "tell", "say", "write", "speak", "answer", "report", "assure", "agree", "disagree",
    "object", "protest", "mutter", "whisper", "scream", "yell", "cry", "exclaim", "announce", "signal",
    "stress", "add", "specify", "clarify", "elaborate", "recount", "repeat", "summarize", "summarise",
    "advise", "inform", "notify", "threaten", "apologize", "apologise", "concur", "forecast", "estimate",
    "guarantee", "reassure", "testify", "thank", "tell", "term", "characterize", "characterise", "question",
    // found on real news (the PolNeAR corpus): verbs its reporters use for speech
    "confess", "muse", "scoff", "fume", "opine", "gush", "marvel", "tease", "interject", "interrupt", "chime",
    "huff", "exhort", "retaliate", "react", "lash", "rant", "rave", "wonder", "surmise", "posit", "theorize",
    "recite", "confide", "attest", "recommend", "insinuate", "imply", "demur", "scold", "chide", "taunt",
    "mock", "jest", "sneer", "applaud"
  };
  private static final String[] IRREGULAR = {
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "writes", "written",
    "writing", "spoke", "speaks", "spoken", "speaking", "thought", "felt", "cried", "cries", "crying",
    "replied", "replies", "replying", "denied", "denies", "denying", "testified", "testifies",
    "specified", "clarified", "forecasts", "forecasting", "put", "puts", "sang", "sung",
    "quipped", "quips", "snapped", "pressed", "cracked", "sniffed", "raged", "railed", "cheered", "quoted",
    "barked", "thundered", "reasoned", "chanted", "beamed"
  };
  /** Verbs that report speech when "back" follows: "shot back", "fired back", "hit back". */
  public static final Set<String> BACK_VERBS = set("shot", "fired", "hit", "snapped", "pushed", "struck");
  public static final Set<String> PRONOUNS = set("he", "she", "they");
  public static final Set<String> DETERMINERS = set(
      "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "one", "another", "my", "your");
  /** Nouns that name a person by role ("the minister", "the North Korean top diplomat"). */
  public static final Set<String> ROLE_NOUNS = set(
      "minister", "diplomat", "president", "secretary", "leader", "spokesman", "spokeswoman",
      "spokesperson", "official", "officials", "envoy", "ambassador", "chancellor", "premier", "senator",
      "governor", "mayor", "chairman", "chairwoman", "chair", "chief", "director", "commissioner",
      "representative", "delegate", "negotiator", "mediator", "moderator", "journalist", "lawmaker", "congressman", "congresswoman", "mp",
      "king", "queen", "prince", "general", "commander", "head", "deputy", "source", "sources", "adviser",
      "advisor", "aide", "analyst", "economist", "expert", "professor", "activist", "campaigner",
      "executive", "ceo", "founder", "politician", "candidate", "speaker", "judge", "prosecutor", "lawyer",
      "attorney", "officer", "councillor", "councilor", "mep", "statesman", "stateswoman", "foreign",
      "monarch", "pope", "cardinal", "bishop", "rabbi", "imam", "emir", "sheikh", "sultan", "chairperson",
      "coordinator", "administrator", "manager", "worker", "farmer", "witness", "resident", "student",
      "teacher", "doctor", "nurse", "scientist", "researcher", "economists", "experts", "analysts",
      "diplomats", "delegation", "spokespeople", "government", "ministry", "kremlin", "white", "agency",
      "statement", "embassy", "office", "department", "organisation", "organization", "committee",
      "council", "opposition", "union", "party", "company", "firm", "group", "campaign",
      // sport and other walks of life: "Harlow captain Lee Brooks", "the striker said"
      "captain", "skipper", "coach", "boss", "striker", "goalkeeper", "keeper", "midfielder", "defender",
      "winger", "player", "referee", "umpire", "trainer", "owner", "athlete", "champion", "batsman",
      "bowler", "jockey", "driver", "editor", "historian", "pastor", "priest", "engineer", "pilot", "survivor",
      "supporter", "shopkeeper", "landlord",
      // kin: "Her brother Jakob", "his wife, Maria Lind,"
      "brother", "sister", "son", "daughter", "husband", "wife", "father", "mother", "widow", "widower",
      "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother");
  private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

  /** "the 58-year-old": a person the text has just named, of either gender. */
  public static boolean isAgeNoun(String bare) {
    return AGE_NOUN.matcher(bare).matches();
  }

  /** Person nouns, as opposed to bodies and documents (used for gender and for pronoun targets). */
  public static final Set<String> FEMALE_NOUNS = set(
      "spokeswoman", "chairwoman", "congresswoman", "queen", "princess", "stateswoman", "mrs", "ms",
      "miss", "dame", "lady", "madam", "mrs.", "ms.", "sister", "daughter", "wife", "mother", "widow",
      "aunt", "niece", "granddaughter", "grandmother");
  public static final Set<String> MALE_NOUNS = set(
      "spokesman", "chairman", "congressman", "king", "prince", "statesman", "mr", "mr.", "sir", "lord",
      "brother", "son", "husband", "father", "widower", "uncle", "nephew", "grandson", "grandfather");
  /** Capitalized words that introduce a name rather than belong to it. */
  /**
   * A nationality as a person: "the Portuguese said with a smile" is the person just named, not someone
   * called Portuguese.
   */
  public static final Set<String> DEMONYMS = set(
      "american", "argentine", "argentinian", "australian", "austrian", "belgian", "brazilian", "briton",
      "bulgarian", "canadian", "chilean", "chinese", "colombian", "croat", "croatian", "czech", "dane",
      "dutchman", "dutchwoman", "egyptian", "englishman", "englishwoman", "estonian", "ethiopian", "finn",
      "frenchman", "frenchwoman", "georgian", "german", "ghanaian", "greek", "hungarian", "icelander",
      "indian", "indonesian", "iranian", "iraqi", "irishman", "irishwoman", "israeli", "italian", "ivorian",
      "jamaican", "japanese", "kenyan", "korean", "latvian", "lithuanian", "mexican", "moroccan",
      "nigerian", "norwegian", "pakistani", "palestinian", "peruvian", "pole", "portuguese", "romanian",
      "russian", "scot", "scotsman", "scotswoman", "senegalese", "serb", "serbian", "slovak", "slovenian",
      "spaniard", "swede", "swiss", "syrian", "turk", "ukrainian", "uruguayan", "venezuelan", "vietnamese",
      "welshman", "welshwoman", "zimbabwean", "cameroonian", "tunisian", "algerian", "saudi", "emirati",
      "qatari", "thai", "filipino", "malaysian", "new zealander", "south african", "nigerien", "belarusian");
  public static final Set<String> TITLES = set(
      "minister", "secretary", "president", "prime", "foreign", "defence", "defense", "trade", "finance",
      "chancellor", "senator", "sen", "rep", "gov", "governor", "mayor", "ambassador", "general", "gen",
      "col", "colonel", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "king", "queen",
      "prince", "princess", "pope", "leader", "chairman", "chairwoman", "spokesman", "spokeswoman",
      "spokesperson", "deputy", "vice", "chief", "director", "commissioner", "envoy", "representative",
      "opposition", "state", "affairs", "interior", "economy", "justice", "health", "home", "of", "for",
      "the", "and", "agriculture", "energy", "environment", "education", "labour", "labor", "industry",
      "culture", "security", "national", "premier", "ex", "former", "acting", "interim", "chair",
      "secretary-general", "undersecretary", "under-secretary", "assistant", "senior", "junior", "first",
      "lt", "lieutenant", "sgt", "capt", "captain", "admiral", "marshal", "judge", "justice", "professor",
      "prof", "rev", "father", "sheikh", "emir", "sultan", "crown", "mp", "mep", "councillor", "head",
      "ceo", "chief-executive", "executive", "economic", "development", "planning", "transport",
      "communications", "information", "digital", "science", "technology", "tourism", "fisheries",
      "commerce", "treasury", "attorney", "solicitor", "speaker", "majority", "minority", "whip",
      "party", "spokesperson", "press", "cabinet", "envoy", "special", "high", "commissioner", "top",
      "diplomat", "legislator", "lawmaker", "congressman", "congresswoman", "his", "her", "holiness",
      "excellency", "honourable", "honorable", "hon", "councilman", "councilwoman", "councilor",
      "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember", "delegate", "sheriff",
      "superintendent", "commander", "inspector", "detective", "officer", "coach", "bishop", "archbishop",
      "rabbi", "imam", "chairperson", "president-elect", "vice-president", "senator-elect",
      // occupations: lowercase mid-sentence, but capitalized when they open one ("Meteorologist Dan Wells")
      "meteorologist", "economist", "analyst", "scientist", "researcher", "historian", "strategist",
      "consultant", "activist", "lawyer", "attorney", "author", "novelist", "journalist", "spokesman",
      "physician", "surgeon", "epidemiologist", "virologist", "engineer", "pastor", "priest", "farmer",
      "fisherman", "economist", "professor", "lecturer", "teacher", "student", "pollster", "campaigner",
      "defense", "prosecutor", "broker", "trader", "banker", "investor", "founder", "entrepreneur",
      "candidate", "incumbent", "nominee", "challenger", "contender",
      // news occupations that no surname is spelled as, and the attorney general's initials ("AG Ann Lee")
      "actor", "actress", "comedian", "billionaire", "businessman", "businesswoman", "commentator", "columnist",
      "blogger", "pundit", "lobbyist", "co-founder", "cofounder", "ag");
  /** Capitalized words that never start a person's name. */
  public static final Set<String> NOT_NAMES = set(
      "however", "but", "and", "the", "a", "an", "in", "on", "at", "as", "after", "before", "when", "while",
      "if", "although", "though", "meanwhile", "still", "yet", "also", "then", "now", "today", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "this",
      "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
      "our", "my", "there", "here", "what", "why", "how", "who", "where", "asked", "speaking", "according",
      "earlier", "later", "last", "next", "since", "despite", "with", "without", "for", "from", "by", "of",
      "to", "so", "or", "nor", "not", "no", "yes", "mr", "mrs", "ms", "dr", "sir", "instead", "indeed",
      "separately", "elsewhere", "further", "furthermore", "moreover", "in", "addition", "along",
      "following", "during", "until", "unlike", "like", "both", "either", "neither", "each", "every", "all",
      "some", "many", "most", "several", "such", "one", "two", "three", "speaking", "addressing",
      "responding", "writing", "just", "only", "even", "already", "again", "once", "overall", "finally",
      "first", "second", "third", "said", "told", "added",
      // sentence openers of time and quantity seen capitalized before a reporting verb on real news
      "hours", "days", "minutes", "weeks", "months", "years", "moments", "about", "around", "nearly", "almost",
      "does", "did", "do", "is", "was", "whatever", "whoever", "whether", "because", "given", "perhaps",
      "maybe", "yesterday", "tomorrow", "tonight", "another");

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
    VERBS.addAll(Set.of(IRREGULAR));
    // words that look like verbs here but mostly are not reporting verbs
    VERBS.removeAll(set("point", "points", "call", "calls", "put", "puts", "object", "objects", "state",
        "states", "answer", "report", "reports", "post", "posts", "counter", "counters", "term", "terms",
        "question", "questions", "forecast", "signal", "signals", "express", "cry", "charge", "charges",
        "label", "labels", "brand", "brands", "comment", "comments", "demand", "demands", "joke", "jokes",
        "protest", "protests", "estimate", "estimates", "thought", "felt", "advise", "inform", "welcome",
        "written", "reply", "replies", "repeat", "continue", "continuing",
        "speaking", "writing", "thank", "thanked", "thanks", "appeal", "appeals", "deny", "denies",
        "agree", "disagree", "guarantee", "guarantees", "express", "expresses", "dismiss", "dismisses",
        "hail", "hails", "slam", "slams", "praise", "praises", "reject", "rejects", "promise", "promises",
        "pledge", "pledges", "vow", "vows", "claim", "claims", "warning", "calling", "charging",
        "promising", "pledging", "questioning", "stating"));
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
