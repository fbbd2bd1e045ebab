package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.verbatim.engine.GoldAnnotations.DiffExpectation;
import app.verbatim.engine.GoldAnnotations.Event;
import app.verbatim.engine.GoldAnnotations.Gold;
import app.verbatim.engine.GoldAnnotations.GoldQuote;
import app.verbatim.engine.GoldAnnotations.RelationExpectation;
import app.verbatim.engine.GoldAnnotations.Run;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Quote;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import app.verbatim.model.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine on the house-style fixtures (fixtures/events.json): per run, the scorer's findings
 * must be empty; per phenomenon, the crisp expectation of the annotation holds (a split quote is one
 * Quote, apostrophes open nothing, scare quotes are not speech, an unbalanced mark is bounded…).
 * Gold quotes are matched to the engine's by character overlap of their spans.
 */
class FixtureAccuracyTest {

  private static final Gold GOLD = GoldAnnotations.events();
  private static final Map<String, Comparison> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, FixtureScorer.Score> SCORES = new ConcurrentHashMap<>();

  // ---------------------------------------------------------------- comparisons

  private static Comparison compare(Event event, List<String> docs) {
    return CACHE.computeIfAbsent(event.name() + " " + String.join("+", docs),
        k -> new VerbatimEngine().compare(event.articles(docs)));
  }

  /** The comparison of all of an event's documents in file order. */
  private static Comparison full(Event event) {
    return compare(event, event.documents());
  }

  private static String docId(Event event, String doc) {
    return full(event).documents().get(event.documents().indexOf(doc)).id();
  }

  private static int overlap(List<Span> a, List<Span> b) {
    int n = 0;
    for (Span x : a) {
      for (Span y : b) {
        n += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return n;
  }

  private static int length(List<Span> spans) {
    return spans.stream().mapToInt(Span::length).sum();
  }

  /** The engine's quote sharing the most characters with a gold quote, if it shares at least half. */
  private static Optional<Quote> match(Event event, GoldQuote g) {
    return matchIn(event, full(event), event.documents(), g);
  }

  private static Optional<Quote> matchIn(Event event, Comparison c, List<String> docs, GoldQuote g) {
    List<Span> gold = event.spans(g.id());
    String id = c.documents().get(docs.indexOf(g.document())).id();
    return c.quotesOf(id).stream()
        .filter(q -> overlap(q.spans(), gold) * 2 >= length(gold))
        .max((a, b) -> Integer.compare(overlap(a.spans(), gold), overlap(b.spans(), gold)));
  }

  private static Stream<Event> events() {
    return GOLD.events().values().stream();
  }

  private static Stream<GoldQuote> goldQuotes() {
    return events().flatMap(e -> e.quotes().stream());
  }

  private static Event eventOf(GoldQuote g) {
    return events().filter(e -> e.quotes().contains(g)).findFirst().orElseThrow();
  }

  private static String show(GoldQuote g) {
    return g.id() + " (" + FixtureScorer.abbreviate(String.join(" / ", g.parts())) + ")";
  }

  private static void assertNoFindings(String what, List<String> findings) {
    assertThat(findings).as(what).isEmpty();
  }

  // ---------------------------------------------------------------- per run, the scorer

  @TestFactory
  Stream<DynamicNode> eachRunScoresPerfectly() {
    return GOLD.runs().stream().map(run -> dynamicContainer(run.label(), Stream.of(
        dynamicTest("keeps the structural promises", () -> {
          Event e = GOLD.event(run.event());
          ComparisonInvariants.requireNone(
              ComparisonInvariants.violations(e.articles(run.documents()), compare(e, run.documents())));
        }),
        dynamicTest("every gold quotation found", () -> assertNoFindings("missed", score(run).missedQuotes())),
        dynamicTest("no quotation the gold lacks", () -> assertNoFindings("extra", score(run).extraQuotes())),
        dynamicTest("every speaker right", () -> assertNoFindings("wrong speaker", score(run).wrongSpeakers())),
        dynamicTest("every gold pair linked", () -> assertNoFindings("missed link", score(run).missedAlignments())),
        dynamicTest("nothing else linked", () -> assertNoFindings("wrong link", score(run).wrongAlignments())))));
  }

  private static FixtureScorer.Score score(Run run) {
    return SCORES.computeIfAbsent(run.label(), k -> {
      Event e = GOLD.event(run.event());
      return FixtureScorer.score(GOLD, e, run.documents(), compare(e, run.documents()));
    });
  }

  @AfterAll
  static void printFigures() {
    FixtureScorer.Score total = FixtureScorer.Score.ZERO;
    for (Run run : GOLD.runs()) {
      FixtureScorer.Score s = score(run);
      System.out.println("run " + run.label() + ": " + s.counts());
      total = total.plus(s);
    }
    System.out.println("fixtures: " + total.figures());
  }

  // ---------------------------------------------------------------- per phenomenon

  @Test
  void aQuotationSplitByItsAttributionIsOneQuoteWithTwoSpans() {
    List<String> problems = new ArrayList<>();
    goldQuotes().filter(g -> g.parts().size() > 1 && !g.multiParagraph()).forEach(g -> {
      Event e = eventOf(g);
      List<Span> parts = e.spans(g.id());
      List<Quote> covering = full(e).quotesOf(docId(e, g.document())).stream()
          .filter(q -> parts.stream().anyMatch(p -> overlap(q.spans(), List.of(p)) > 0))
          .toList();
      if (covering.size() != 1) {
        problems.add(show(g) + ": " + covering.size() + " quotes cover its parts, expected one");
        return;
      }
      Quote q = covering.get(0);
      if (q.spans().size() < 2) {
        problems.add(show(g) + ": one quote but " + q.spans().size() + " span");
      }
      for (Span p : parts) {
        if (overlap(q.spans(), List.of(p)) * 10 < p.length() * 8) {
          problems.add(show(g) + ": part '" + p.of(e.text(g.document())) + "' not covered");
        }
      }
      Span cue = attribution(e.text(g.document()), parts.get(0).end(), parts.get(1).start());
      if (cue != null && q.spans().stream().anyMatch(cue::overlaps)) {
        problems.add(show(g) + ": the attribution '" + cue.of(e.text(g.document())) + "' is inside the quote");
      }
    });
    assertNoFindings("split quotations", problems);
  }

  /** The words between two parts of a split quotation (the cue), without marks and spaces. */
  private static Span attribution(String text, int from, int to) {
    int s = from;
    while (s < to && !Character.isLetterOrDigit(text.charAt(s))) {
      s++;
    }
    int e = to;
    while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    return s < e ? new Span(s, e) : null;
  }

  @Test
  void quotationsWithTheirOwnCuesAreNeverChainedIntoOne() {
    // "A," said X. "B," said Y. is two utterances; only a quote with no cue of its own continues one.
    List<String> problems = new ArrayList<>();
    events().forEach(e -> {
      for (String doc : e.documents()) {
        for (Quote q : full(e).quotesOf(docId(e, doc))) {
          List<String> swallowed = e.quotesOf(doc).stream()
              .filter(g -> overlap(q.spans(), e.spans(g.id())) * 2 >= length(e.spans(g.id())))
              .map(GoldQuote::id).toList();
          if (swallowed.size() > 1) {
            problems.add(e.name() + "/" + doc + ": one quote '" + FixtureScorer.abbreviate(q.text())
                + "' holds the quotations " + swallowed);
          }
        }
      }
    });
    assertNoFindings("chained quotations", problems);
  }

  @Test
  void aQuotationRunningOverParagraphsIsOneQuote() {
    List<String> problems = new ArrayList<>();
    goldQuotes().filter(GoldQuote::multiParagraph).forEach(g -> {
      Event e = eventOf(g);
      List<Span> parts = e.spans(g.id());
      List<Quote> covering = full(e).quotesOf(docId(e, g.document())).stream()
          .filter(q -> parts.stream().anyMatch(p -> overlap(q.spans(), List.of(p)) > 0))
          .toList();
      if (covering.size() != 1) {
        problems.add(show(g) + ": " + covering.size() + " quotes cover its paragraphs, expected one");
      } else {
        for (Span p : parts) {
          if (overlap(covering.get(0).spans(), List.of(p)) * 10 < p.length() * 8) {
            problems.add(show(g) + ": paragraph '" + FixtureScorer.abbreviate(p.of(e.text(g.document())))
                + "' not covered");
          }
        }
      }
    });
    assertNoFindings("multi-paragraph quotations", problems);
  }

  @Test
  void apostrophesCaptionsAndStrayMarksOpenNoQuotation() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> e.outside().forEach((doc, snippets) -> {
      for (String snippet : snippets) {
        Span s = e.locateOutsideQuotes(doc, snippet);
        for (Quote q : full(e).quotesOf(docId(e, doc))) {
          if (q.spans().stream().anyMatch(s::overlaps)) {
            problems.add(e.name() + "/" + doc + ": '" + snippet + "' is inside quote '"
                + FixtureScorer.abbreviate(q.text()) + "'");
          }
        }
      }
    }));
    assertNoFindings("text wrongly inside quotations", problems);
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotationsOfSpeech() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> e.scare().forEach((doc, terms) -> {
      String id = docId(e, doc);
      for (String term : terms) {
        Span s = e.locateOutsideQuotes(doc, term);
        boolean asScare = full(e).scareQuotes().stream()
            .anyMatch(sq -> sq.documentId().equals(id) && sq.span().overlaps(s));
        if (!asScare) {
          problems.add(e.name() + "/" + doc + ": '" + term + "' missing from scareQuotes");
        }
        full(e).quotesOf(id).stream().filter(q -> q.spans().stream().anyMatch(s::overlaps))
            .forEach(q -> problems.add(e.name() + "/" + doc + ": '" + term + "' taken for a quotation"));
      }
    }));
    assertNoFindings("scare quotes", problems);
  }

  @Test
  void editorialBracketsAndEllipsesAreMarkedAndNothingElseIs() {
    List<String> problems = new ArrayList<>();
    goldQuotes().forEach(g -> {
      Event e = eventOf(g);
      Optional<Quote> q = match(e, g);
      if (q.isEmpty()) {
        if (!g.editorial().isEmpty()) {
          problems.add(show(g) + ": not found, so its editorial marks are not either");
        }
        return;
      }
      for (String mark : g.editorial()) {
        Span at = e.locateInQuote(g.id(), mark);
        if (q.get().editorial().stream().noneMatch(at::overlaps)) {
          problems.add(show(g) + ": '" + mark + "' not marked editorial");
        }
      }
      if (g.editorial().isEmpty() && !q.get().editorial().isEmpty()) {
        String text = e.text(g.document());
        problems.add(show(g) + ": speaker's words marked editorial: "
            + q.get().editorial().stream().map(s -> "'" + s.of(text) + "'").toList());
      }
    });
    assertNoFindings("editorial marks", problems);
  }

  @Test
  void anUnbalancedMarkWarnsAndSwallowsNothingAfterIt() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> e.warnings().forEach((doc, snippets) -> {
      String text = e.text(doc);
      String id = docId(e, doc);
      for (String snippet : snippets) {
        int at = text.indexOf(snippet);
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        final int ps = start;
        final int pe = end;
        boolean warned = full(e).warnings().stream()
            .anyMatch(w -> w.documentId().equals(id) && w.offset() >= ps && w.offset() <= pe);
        if (!warned) {
          problems.add(e.name() + "/" + doc + ": no warning inside the paragraph with the stray mark; warnings: "
              + full(e).warnings().stream().map(Warning::message).toList());
        }
        for (GoldQuote g : e.quotesOf(doc)) {
          if (e.spans(g.id()).get(0).start() > pe && match(e, g).isEmpty()) {
            problems.add(show(g) + ", after the stray mark, is not found");
          }
        }
      }
    }));
    assertNoFindings("unbalanced marks", problems);
  }

  @Test
  void anArticleWithoutQuotationsYieldsNone() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> e.noQuotes().forEach(doc -> full(e).quotesOf(docId(e, doc))
        .forEach(q -> problems.add(e.name() + "/" + doc + ": '" + q.text() + "'"))));
    assertNoFindings("quotations in articles that have none", problems);
  }

  @Test
  void aSpeakerTheTextDoesNotNameStaysNull() {
    List<String> problems = new ArrayList<>();
    goldQuotes().filter(GoldQuote::unknownSpeaker).forEach(g -> {
      Event e = eventOf(g);
      Optional<Quote> q = match(e, g);
      if (q.isEmpty()) {
        problems.add(show(g) + ": not found");
      } else if (q.get().speakerId() != null) {
        problems.add(show(g) + ": attributed to " + FixtureScorer.speakerName(full(e), q.get().speakerId()));
      }
    });
    assertThat(goldQuotes().filter(GoldQuote::unknownSpeaker)).as("fixtures with an unknown speaker").isNotEmpty();
    assertNoFindings("unknown speakers", problems);
  }

  @Test
  void headlineAndSubheadingQuotesSayWhereTheySit() {
    List<String> problems = new ArrayList<>();
    goldQuotes().forEach(g -> {
      Event e = eventOf(g);
      Section expected = g.section() == null ? Section.BODY : Section.valueOf(g.section());
      match(e, g).ifPresentOrElse(q -> {
        if (q.position().section() != expected) {
          problems.add(show(g) + ": " + q.position().section() + ", expected " + expected);
        }
      }, () -> {
        if (expected != Section.BODY) {
          problems.add(show(g) + ": " + expected + " quote not found");
        }
      });
    });
    assertNoFindings("positions", problems);
  }

  @Test
  void reportingVerbsAreRecorded() {
    List<String> problems = new ArrayList<>();
    goldQuotes().filter(g -> g.verb() != null).forEach(g -> match(eventOf(g), g).ifPresent(q -> {
      if (q.verb() == null || !sameVerb(q.verb(), g.verb())) {
        problems.add(show(g) + ": verb " + q.verb() + ", expected " + g.verb());
      }
    }));
    assertNoFindings("reporting verbs", problems);
  }

  /** "noting" and "noted", "says" and "say" are one verb; the engine may record either form. */
  private static boolean sameVerb(String a, String b) {
    return stem(a).equals(stem(b));
  }

  private static String stem(String verb) {
    String v = verb.toLowerCase(Locale.ROOT).strip();
    for (String suffix : new String[] {"ing", "ed", "es", "s", "d"}) {
      if (v.length() > suffix.length() + 2 && v.endsWith(suffix)) {
        v = v.substring(0, v.length() - suffix.length());
        break;
      }
    }
    return v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
  }

  @Test
  void directAndPartialQuotationsAreToldApart() {
    List<String> problems = new ArrayList<>();
    goldQuotes().filter(g -> g.kind() != null).forEach(g -> match(eventOf(g), g).ifPresent(q -> {
      if (!q.kind().name().equalsIgnoreCase(g.kind())) {
        problems.add(show(g) + ": " + q.kind() + ", expected " + g.kind());
      }
    }));
    assertNoFindings("quote kinds", problems);
  }

  @Test
  void alignedQuotationsNeverHaveDifferentSpeakers() {
    List<String> problems = new ArrayList<>();
    for (Run run : GOLD.runs()) {
      Comparison c = compare(GOLD.event(run.event()), run.documents());
      for (Alignment a : c.alignments()) {
        Set<String> speakers = a.quoteIds().stream().map(c::quote).flatMap(Optional::stream)
            .map(Quote::speakerId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (speakers.size() > 1) {
          problems.add(run.label() + " " + a.id() + " links speakers "
              + speakers.stream().map(s -> FixtureScorer.speakerName(c, s)).toList());
        }
      }
    }
    assertNoFindings("links across speakers", problems);
  }

  @Test
  void clearRelationLabelsAreRight() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> {
      for (RelationExpectation r : e.relations()) {
        // Judged on the two documents alone: in a larger group another outlet may make it an overlap.
        GoldQuote ga = e.quote(r.first());
        GoldQuote gb = e.quote(r.second());
        List<String> docs = List.of(ga.document(), gb.document());
        Comparison c = compare(e, docs);
        Optional<Quote> a = matchIn(e, c, docs, ga);
        Optional<Quote> b = matchIn(e, c, docs, gb);
        if (a.isEmpty() || b.isEmpty()) {
          problems.add(r.first() + "/" + r.second() + ": quote not found");
          continue;
        }
        List<Alignment> both = c.alignments().stream()
            .filter(x -> x.quoteIds().contains(a.get().id()) && x.quoteIds().contains(b.get().id())).toList();
        if (both.isEmpty()) {
          problems.add(r.first() + "/" + r.second() + ": not linked");
        } else if (both.stream().noneMatch(x -> x.relation().label().equals(r.relation()))) {
          problems.add(r.first() + "/" + r.second() + ": " + both.get(0).relation().label()
              + ", expected " + r.relation());
        }
      }
    });
    assertNoFindings("relations", problems);
  }

  @Test
  void wordDiffMarksVariantsOmissionsAndInsertions() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> {
      for (DiffExpectation d : e.diff()) {
        GoldQuote g = e.quote(d.quote());
        Optional<Quote> q = match(e, g);
        if (q.isEmpty()) {
          problems.add(d.quote() + ": quote not found");
          continue;
        }
        Span word = e.locateInQuote(d.quote(), d.word());
        String doc = q.get().documentId();
        List<DiffSpan> marks = full(e).alignmentsOf(q.get().id()).stream()
            .flatMap(a -> a.diff().stream())
            .filter(ds -> ds.documentId().equals(doc) && ds.span().overlaps(word))
            .toList();
        if (marks.stream().noneMatch(ds -> ds.kind().label().equals(d.kind()))) {
          problems.add(d.quote() + " '" + d.word() + "': expected " + d.kind() + ", marked "
              + marks.stream().map(ds -> ds.kind().label()).distinct().toList());
        }
      }
    });
    assertNoFindings("word diff", problems);
  }

  // ---------------------------------------------------------------- order and size

  @Test
  void resultsDoNotDependOnTheOrderOfTheArticles() {
    List<String> problems = new ArrayList<>();
    events().forEach(e -> {
      Outcome base = Outcome.of(full(e));
      for (List<String> order : permutations(e.documents())) {
        Outcome other = Outcome.of(compare(e, order));
        if (!other.equals(base)) {
          problems.add(e.name() + " " + String.join("+", order) + " differs from file order: " + base.diff(other));
        }
      }
    });
    assertNoFindings("order dependence", problems);
  }

  @Test
  void anUnrelatedFourthArticleChangesNothingForTheOthers() {
    Event summit = GOLD.event("norvessa-trade-summit");
    Event rates = GOLD.event("norvessa-rate-decision");
    List<Article> four = new ArrayList<>(summit.articles(summit.documents()));
    four.add(rates.article("bulletin"));
    Comparison c = new VerbatimEngine().compare(four);
    ComparisonInvariants.requireNone(ComparisonInvariants.violations(four, c));
    assertThat(c.quotesOf(c.documents().get(3).id())).as("quotes of the quote-less fourth article").isEmpty();
    assertThat(Outcome.of(c)).isEqualTo(Outcome.of(full(summit)));
  }

  /** What must not change with input order: quotes (outlet, text, speaker) and linked text pairs. */
  private record Outcome(Set<String> quotes, Set<Set<String>> links) {
    static Outcome of(Comparison c) {
      Map<String, String> outlet = new HashMap<>();
      c.documents().forEach(d -> outlet.put(d.id(), d.outlet()));
      Set<String> quotes = new LinkedHashSet<>();
      for (Quote q : c.quotes()) {
        quotes.add(outlet.get(q.documentId()) + " | " + q.text() + " | " + FixtureScorer.speakerName(c, q.speakerId()));
      }
      Set<Set<String>> links = new LinkedHashSet<>();
      for (Alignment a : c.alignments()) {
        List<String> texts = a.quoteIds().stream().map(c::quote).flatMap(Optional::stream)
            .map(q -> outlet.get(q.documentId()) + " | " + q.text()).toList();
        for (int i = 0; i < texts.size(); i++) {
          for (int j = i + 1; j < texts.size(); j++) {
            links.add(Set.of(texts.get(i), texts.get(j)));
          }
        }
      }
      return new Outcome(quotes, links);
    }

    String diff(Outcome o) {
      List<String> out = new ArrayList<>();
      quotes.stream().filter(q -> !o.quotes.contains(q)).limit(3).forEach(q -> out.add("lost quote " + q));
      o.quotes.stream().filter(q -> !quotes.contains(q)).limit(3).forEach(q -> out.add("new quote " + q));
      links.stream().filter(l -> !o.links.contains(l)).limit(3).forEach(l -> out.add("lost link " + l));
      o.links.stream().filter(l -> !links.contains(l)).limit(3).forEach(l -> out.add("new link " + l));
      return out.toString();
    }
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> rest = new ArrayList<>(items);
      String head = rest.remove(i);
      for (List<String> p : permutations(rest)) {
        List<String> l = new ArrayList<>();
        l.add(head);
        l.addAll(p);
        out.add(l);
      }
    }
    return out;
  }

  @Test
  void scareQuoteRecordsCarryTheirText() {
    // Sanity of the scare quotes the engine reports on the fixtures: the text is what the span holds.
    List<String> problems = new ArrayList<>();
    events().forEach(e -> {
      Comparison c = full(e);
      for (ScareQuote s : c.scareQuotes()) {
        String text = c.document(s.documentId()).orElseThrow().text();
        if (s.text() == null || !s.span().of(text).contains(s.text().strip())) {
          problems.add(e.name() + ": scare quote text '" + s.text() + "' is not what its span holds: '"
              + s.span().of(text) + "'");
        }
      }
    });
    assertNoFindings("scare quote records", problems);
  }
}
