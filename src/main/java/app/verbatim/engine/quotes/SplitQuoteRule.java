package app.verbatim.engine.quotes;

import app.verbatim.engine.text.Lexicon;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a quotation split by its attribution into one utterance in two parts: "Let me be clear," she
 * said. "We will…"
 */
final class SplitQuoteRule {
  /** "\\b(?:Mr|Mrs|…|Dec)\\.": capitalized abbreviations whose dot ends no sentence, from the lexicon. */
  private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\b(?:" + String.join("|",
      Lexicon.SPLIT_QUOTE_ABBREVIATIONS.stream().map(a -> Character.toUpperCase(a.charAt(0)) + a.substring(1))
          .toList()) + ")\\.");
  /** Words after a closing mark that start an attribution: ", Ruiz replied", " she said", ", said X". */
  private static final Pattern OWN_CUE = Pattern.compile("^[\\s,\"”’'»“‘«—–-]*\\p{L}");

  /** The chains in order, each joined to the one before it when that one is split by its attribution. */
  List<QuoteChain> join(String text, List<QuoteChain> chains) {
    List<QuoteChain> out = new ArrayList<>();
    for (QuoteChain next : chains) {
      QuoteChain last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && joins(text, last, next)) {
        List<Span> marked = new ArrayList<>(last.marked());
        List<Span> parts = new ArrayList<>(last.parts());
        marked.addAll(next.marked());
        parts.addAll(next.parts());
        out.set(out.size() - 1, new QuoteChain(marked, parts, last.paragraph()));
        continue;
      }
      out.add(next);
    }
    return out;
  }

  /** Whether {@code second} continues {@code first} in the same paragraph, past its attribution. */
  boolean joins(String text, QuoteChain first, QuoteChain second) {
    return first.paragraph() == second.paragraph()
        && isSplit(text, first.parts(), first.marked(), second.marked(), second.parts());
  }

  /**
   * Two quotations in one paragraph are one utterance when only a short attribution stands between
   * them and the first does not end its sentence, or the second continues it in lower case.
   */
  /** Whether the second part is followed by an attribution of its own ("…," Diallo said). */
  private static boolean hasOwnCue(String text, List<Span> second) {
    int afterSecond = second.get(second.size() - 1).end();
    int lineEnd = text.indexOf('\n', afterSecond);
    String after = text.substring(afterSecond, Math.min(lineEnd < 0 ? text.length() : lineEnd, afterSecond + 60));
    if (OWN_CUE.matcher(after).find()) {
      String[] aw = after.replaceAll("^[\\s,;:\"”’'»“‘«—–-]+", "").split("[^\\p{L}’'-]+");
      for (int k = 0; k < Math.min(4, aw.length); k++) {
        if (Lexicon.isVerb(Lexicon.lower(aw[k]))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "…," Varga said. "You cannot start that" until the port is safe, he added: after a full stop, a
   * second part that ends with no stop of its own and runs on into the reporter's lower-case words is
   * a fragment quoted inside a new sentence, which has its own attribution.
   */
  private static boolean fragmentInSentence(String text, List<Span> secondParts) {
    Span part = secondParts.get(secondParts.size() - 1);
    if (part.end() <= part.start() || !Character.isLetterOrDigit(text.charAt(part.end() - 1))) {
      return false;
    }
    int i = part.end();
    while (i < text.length() && "\"”’'»".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
  }

  /**
   * "…,” Varga said, adding, “…”: the words between end with a reporting participle of their own,
   * which opens a second quotation rather than resuming the first.
   */
  private static boolean introducedByParticiple(String[] words) {
    if (words.length < 3) {
      return false;
    }
    String w = Lexicon.lower(words[words.length - 1].replaceAll("[^\\p{L}]", ""));
    return w.endsWith("ing") && Lexicon.isVerb(w);
  }

  /**
   * "…,” said Ana Ruiz, who said she would vote no. “…”; "…,” Varga said, adding of the mayor, “…”: a
   * second reporting verb between the parts starts an attribution of its own.
   */
  private static int verbCount(String[] words) {
    int n = 0;
    for (String word : words) {
      n += Lexicon.isVerb(Lexicon.lower(word.replaceAll("[^\\p{L}]", ""))) ? 1 : 0;
    }
    return n;
  }

  /** Whether the words between the parts hold a reporting verb ("said", "wrote back"). */
  private static boolean hasVerb(String[] words) {
    for (int k = 0; k < words.length; k++) {
      String w = Lexicon.lower(words[k].replaceAll("[^\\p{L}]", ""));
      if (Lexicon.isVerb(w) || Lexicon.BACK_VERBS.contains(w) && k + 1 < words.length
          && Lexicon.lower(words[k + 1].replaceAll("[^\\p{L}]", "")).equals("back")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSplit(String text, List<Span> firstParts, List<Span> firstMarked, List<Span> second, List<Span> secondParts) {
    if (firstMarked.get(firstMarked.size() - 1).end() > second.get(0).start()) {
      return false;
    }
    Span last = firstParts.get(firstParts.size() - 1);
    // a no-break space ("he said." then U+00A0) separates like any other: Java's strip() keeps it
    String between = text.substring(firstMarked.get(firstMarked.size() - 1).end(), second.get(0).start())
        .replace('\u00a0', ' ').strip();
    if (between.isEmpty() || between.length() > 200 || between.contains("\n")) {
      return false;
    }
    String[] words = between.replaceAll("^[,;:—–-]+", "").strip().split("\\s+");
    // an attribution that opens with its cue may go on to say who the speaker is: "said Nguyen Thi Lan,
    // the president of the federation, who has led the strike since it began on Feb. 23." (a clause
    // about the occasion, "Pompeo said when pressed on …", still ends the quotation)
    boolean opensWithCue = false;
    for (int k = 0; k < Math.min(4, words.length); k++) {
      opensWithCue |= Lexicon.isVerb(Lexicon.lower(words[k].replaceAll("[^\\p{L}]", "")));
    }
    if (!opensWithCue && between.length() > 80) {
      return false;
    }
    // only an attribution may stand between the parts: "she said," / "said Marsh." — no new clause
    if (!between.matches("(?s).*[,.:;—–]$")
        || between.matches("(?is).*\\b(that|when|while|as|after|before|because|if|whether)\\b.*")) {
      return false;
    }
    if (words.length < 2 || words.length > (opensWithCue ? 30 : 12)) {
      return false;
    }
    // a sentence ends inside and another begins: "Berg said afterwards. Diallo was more upbeat:"
    if (sentenceEndsIn(between)) {
      return false;
    }
    // a long attribution must open with its cue: "Mr Achterberg told the Ledger by phone from Tallmark."
    if (words.length > 7 && !Lexicon.isVerb(Lexicon.lower(words[1].replaceAll("[^\\p{L}]", "")))
        && !(words.length > 2 && Lexicon.isVerb(Lexicon.lower(words[2].replaceAll("[^\\p{L}]", ""))))
        && !Lexicon.isVerb(Lexicon.lower(words[0].replaceAll("[^\\p{L}]", "")))) {
      return false;
    }
    // the second part has its own attribution after it: two speakers, not one split quotation
    if (hasOwnCue(text, second) || !hasVerb(words) || between.endsWith(".") && fragmentInSentence(text, secondParts)
        || introducedByParticiple(words) || verbCount(words) > 1) {
      return false;
    }
    // a nested quotation may close with the first part: "… as my predecessor said, 'a promise,'"
    int endAt = last.end() - 1;
    while (endAt > last.start() && "'’\"”".indexOf(text.charAt(endAt)) >= 0) {
      endAt--;
    }
    char endOfFirst = text.charAt(endAt);
    char secondStart = text.charAt(secondParts.get(0).start());
    boolean continues = Character.isLowerCase(secondStart);
    boolean firstOpen = endOfFirst == ',' || endOfFirst == '—' || endOfFirst == '–' || endOfFirst == '-'
        || endOfFirst == '…';
    boolean betweenEndsComma = between.endsWith(",") || between.endsWith(":");
    return firstOpen && (continues || betweenEndsComma || between.endsWith("."));
  }

  /** A full stop, ! or ? inside {@code between} that no abbreviation ("Gen.", "Sept.") explains. */
  static boolean sentenceEndsIn(String between) {
    return ABBREVIATION_DOT.matcher(between).replaceAll("").matches("(?s).*[.!?]\\s+\\S.*");
  }
}
