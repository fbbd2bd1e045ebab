package app.verbatim.engine.attribution;

import static app.verbatim.engine.attribution.CueGrammar.BODY_NOUNS;
import static app.verbatim.engine.attribution.CueGrammar.DOCUMENT_NOUNS;
import static app.verbatim.engine.attribution.CueGrammar.joinText;
import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.QuoteMarkScanner;
import app.verbatim.engine.quotes.Sentences;
import app.verbatim.engine.quotes.SpanIndex;
import app.verbatim.engine.text.Sorted;
import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.Word;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every sieve reads: the text, its paragraphs and quotations, the people met so far and where
 * they are mentioned, and name matching. One per document.
 */
final class AttributionContext {
  private final String text;
  private final List<Paragraph> paragraphs;
  private final List<FoundQuote> quotes;
  private final SpanIndex quotedIndex;
  private final List<Person> persons = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  /** Set by {@link #match}: the name fitted two different people ("Baird": Tom Baird, Rosa Baird). */
  private boolean lastMatchAmbiguous;
  private final SharedSurnames surnames = new SharedSurnames(this);

  AttributionContext(String text, List<Paragraph> paragraphs, List<FoundQuote> quotes) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.quotes = quotes;
    List<Span> quoted = new ArrayList<>();
    for (FoundQuote q : quotes) {
      quoted.addAll(q.marked());
    }
    quotedIndex = new SpanIndex(quoted);
  }

  String text() {
    return text;
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  List<FoundQuote> quotes() {
    return quotes;
  }

  SpanIndex quotedIndex() {
    return quotedIndex;
  }

  /** Everyone met so far, named or described. */
  List<Person> persons() {
    return persons;
  }

  /** Every mention of a known person, in text order. */
  List<Mention> mentions() {
    return mentions;
  }

  boolean lastMatchAmbiguous() {
    return lastMatchAmbiguous;
  }

  /**
   * A place where the text names, by a surname alone, one of several people who share it ("Clinton"
   * with Hillary Clinton and Bill Clinton): who is meant is open, but a pronoun after it may only mean
   * one of them.
   */
  record SharedName(int offset, List<Person> candidates, boolean subject) {}

  private final List<SharedName> sharedNames = new ArrayList<>();

  List<SharedName> sharedNames() {
    return sharedNames;
  }

  /** See {@link SharedSurnames#byTitleGender}. */
  Person byTitleGender(List<Word> name, List<Word> titles) {
    return surnames.byTitleGender(name, titles);
  }

  /** See {@link SharedSurnames#genderOfName}. */
  Person.Gender genderOfName(Person rep) {
    return surnames.genderOfName(rep);
  }

  /** See {@link SharedSurnames#candidates}. */
  List<Person> candidates(List<Word> name) {
    return surnames.candidates(name);
  }

  /** See {@link SharedSurnames#principal}. */
  Person principal(List<Word> name, int offset) {
    return surnames.principal(name, offset);
  }


  private Set<String> lowerCaseWords;
  // compiled once, not per document and per word
  private static final java.util.regex.Pattern LOWER_CASE_WORD = java.util.regex.Pattern.compile("(?<![\\p{L}’'-])\\p{Ll}[\\p{L}’'-]*");
  private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile("[a-z]+(ing|ated|ized|ised)");

  /**
   * A capitalized word that the same text also writes in lower case and that is no listed given name
   * ("Another", "Team", "Celebrating", "Understated"): capitalized only where it opens a sentence or a
   * headline, so no part of the name after it.
   */
  boolean commonWord(Word w) {
    if (lowerCaseWords == null) {
      lowerCaseWords = new java.util.HashSet<>();
      java.util.regex.Matcher m = LOWER_CASE_WORD.matcher(text);
      while (m.find()) {
        lowerCaseWords.add(m.group());
      }
    }
    String b = w.bare();
    // or a participle, which no name is ("Celebrating Varga …", "Understated Ostrova …")
    boolean participle = b.length() > 6 && PARTICIPLE.matcher(b).matches();
    return w.capitalized() && !b.isEmpty() && !Character.isUpperCase(w.text().charAt(w.text().length() - 1))
        && FirstNames.genderOf(b) == Person.Gender.UNKNOWN && (lowerCaseWords.contains(b) || participle);
  }

  /** The sentences of the paragraph, quotations skipped. */
  Sentences sentences(Paragraph para) {
    return new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
  }

  /** Where the text last named {@code p} before {@code offset} (a name, not a pronoun), or null. */
  Span lastNamed(Person p, int offset) {
    int k = firstMentionAtOrAfter(offset) - 1;
    // bounded: evidence only, and a long text must stay linear
    for (int seen = 0; k >= 0 && seen < LOOK_BACK; k--, seen++) {
      Mention m = mentions.get(k);
      if (m.person() == p && m.end() > m.offset()) {
        return new Span(m.offset(), m.end());
      }
    }
    return null;
  }

  /** How many mentions {@link #lastNamed} looks back through. */
  private static final int LOOK_BACK = 400;

  /** The index of the first mention at or after {@code offset} (mentions are in text order). */
  int firstMentionAtOrAfter(int offset) {
    return Sorted.firstAtLeast(mentions, Mention::offset, offset);
  }

  /**
   * Inserts a mention in offset order, after any at the same offset (as a stable sort would put it);
   * sorting the whole list again after every quotation made long articles quadratic.
   */
  void addMention(Mention m) {
    mentions.add(Sorted.firstAbove(mentions, Mention::offset, m.offset()), m);
  }

  Paragraph paragraphOf(int offset) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paragraphs.get(mid).span().start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return paragraphs.get(lo);
  }

  int nextQuoteStart(int from, int paraEnd) {
    return quotedIndex.nextStart(from, paraEnd);
  }

  int previousQuoteEnd(int before, int paraStart) {
    return quotedIndex.previousEnd(before, paraStart);
  }

  /** The words of the sentence before the one at {@code offset}, in its paragraph; null at its start. */
  List<Word> sentenceBefore(int offset) {
    Paragraph para = paragraphOf(offset);
    Sentences sentences = new Sentences(text, para.span().start(), para.span().end(), quotedIndex);
    int own = sentences.startOf(offset);
    int stop = own - 1;
    while (stop > para.span().start() && QuoteMarkScanner.isSpace(text.charAt(stop))) {
      stop--;
    }
    if (stop <= para.span().start()) {
      return null;
    }
    return prose(Math.max(sentences.startOf(stop), previousQuoteEnd(stop, para.span().start())), own);
  }

  /**
   * Words of the reporter's prose in [from, to), skipping everything inside quotation marks. Read from
   * the paragraph's words, tokenized once: a sieve asks about a window of a paragraph for every
   * quotation in it, and tokenizing that window again each time made a long paragraph with many
   * quotation marks quadratic.
   */
  List<Word> prose(int from, int to) {
    if (to <= from) {
      return List.of();
    }
    Paragraph para = paragraphOf(from);
    if (to > para.span().end() || from < para.span().start()) {
      return proseOf(from, to);
    }
    List<Word> words = proseByParagraph.computeIfAbsent(para, p -> proseOf(p.span().start(), p.span().end()));
    int first = Sorted.firstAtLeast(words, Word::start, from);
    // words do not overlap, so their ends are sorted too
    return words.subList(first, Sorted.firstAbove(words, Word::end, to, first));
  }

  private final Map<Paragraph, List<Word>> proseByParagraph = new IdentityHashMap<>();

  private List<Word> proseOf(int from, int to) {
    List<Word> all = Tokenizer.withPunctuation(text, from, to);
    List<Word> out = new ArrayList<>(all.size());
    for (Word w : all) {
      boolean inside = quotedIndex.at(w.start()) != null;
      if (inside) {
        if (out.isEmpty() || !out.get(out.size() - 1).text().equals("\u2063")) {
          out.add(new Word("\u2063", w.start(), w.start() + 1)); // a quotation breaks any phrase
        }
        continue;
      }
      out.add(w);
    }
    return List.copyOf(out);
  }

  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(’s|'s|’)$"); // compiled once: asked of every name

  /** The known person a name refers to: same name, or a part of a fuller name (Ri = Ri Yong Ho). */
  Person match(List<Word> name) {
    List<String> words = new ArrayList<>();
    for (Word w : name) {
      words.add(POSSESSIVE.matcher(w.text()).replaceAll(""));
    }
    List<String> keys = new ArrayList<>(NameKeys.keysOf(words));
    Person best = null;
    lastMatchAmbiguous = false;
    for (Person p : persons) {
      Set<String> pk = p.nameKeys();
      if (pk.isEmpty()) {
        continue;
      }
      if (pk.containsAll(keys) || keys.containsAll(pk) && pk.size() >= 1 && sharesLast(keys, pk)) {
        if (best != null && !best.nameKeys().containsAll(pk) && !pk.containsAll(best.nameKeys())) {
          // "Baird" when the text has both Tom Baird and Rosa Baird: either of them, so neither
          lastMatchAmbiguous = true;
          return null;
        }
        best = p;
      }
    }
    return best;
  }


  static boolean sharesLast(List<String> keys, Set<String> pk) {
    return pk.contains(keys.get(keys.size() - 1)) || pk.contains(keys.get(0));
  }

  /** The latest full name before {@code offset} of a body called {@code head}: "Ministry of Foreign Affairs". */
  String fullOrganisationName(String head, int offset) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "((?:\\p{Lu}[\\p{L}’'-]*[ \\t]+){0,3})" + java.util.regex.Pattern.quote(head)
            + "((?:[ \\t]+(?:of|for)(?:[ \\t]+(?:the|and|\\p{Lu}[\\p{L}’'-]*))+)?)").matcher(text);
    String found = null;
    while (m.find() && m.start() < offset) {
      String before = m.group(1).replaceFirst("^(?:.*[ \\t])?(?i:the)[ \\t]+", "").replaceAll("\\b[\\p{Lu}]{2,}\\b\\s*", "");
      String after = m.group(2).replaceAll("(\\s+(?:the|and|of|for))+$", "");
      if (!before.isBlank() || !after.isBlank()) {
        found = (before + head + after).trim();
      }
    }
    return found;
  }

  /** The one described speaker standing for a body called {@code name} in this document. */
  Person organisation(String name) {
    for (Person p : persons) {
      if (p.name.isEmpty() && name.equalsIgnoreCase(p.description)) {
        return p;
      }
    }
    Person p = new Person();
    p.description = name;
    persons.add(p);
    return p;
  }

  /** A speaker the text describes but never names ("a ministry spokesperson"). */
  Person described(List<Word> np) {
    String key = joinText(np).replaceAll("^(?i)(the|a|an)\\s+", "");
    for (Person p : persons) {
      if (p.name.isEmpty() && key.equalsIgnoreCase(p.description)) {
        return p;
      }
    }
    Person p = new Person();
    p.description = key;
    // "the energy ministry", "the presidential office": a body, which "it" may mean and "she" may not
    p.personLike = !BODY_NOUNS.contains(np.get(np.size() - 1).bare()) && !DOCUMENT_NOUNS.contains(np.get(np.size() - 1).bare());
    for (Word w : np) {
      p.roles.add(w.bare());
      Person.genderFrom(p, w.bare());
    }
    persons.add(p);
    return p;
  }

  boolean mostlyQuoted(Paragraph para) {
    List<Word> rest = prose(para.span().start(), para.span().end());
    long words = rest.stream().filter(w -> !w.isPunct()).count();
    return words <= 3;
  }
}
