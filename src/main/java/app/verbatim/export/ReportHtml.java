package app.verbatim.export;

import app.verbatim.engine.present.EvidenceText;
import app.verbatim.engine.present.Framing;
import app.verbatim.engine.present.Mark;
import app.verbatim.engine.present.Segment;
import app.verbatim.export.ReportContent.Group;
import app.verbatim.export.ReportContent.OnlyHere;
import app.verbatim.export.ReportContent.ShownQuote;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * Builds the report as an HTML document tree, for the PDF renderer and for the stand-alone HTML file.
 * Every piece of article text enters the tree as a text node, never as markup, so an article that
 * contains {@code <script>} or {@code &entities;} shows them as the characters they are.
 */
final class ReportHtml {
  /** The PDF gets page rules and a running header; the HTML file gets screen styles. */
  enum Target { PDF, HTML }

  static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

  private final ReportContent content;
  private final Comparison comparison;
  private final ReportOptions options;
  private final ReportAnnotations notes;
  private final Target target;
  private final TextPolicy policy;
  private final ExportProgress progress;
  private final boolean sideBySide;
  private final String generatedAt;
  private final ReportText text;
  private Element missingNotice;

  ReportHtml(ReportContent content, ReportOptions options, ReportAnnotations notes, Target target,
      TextPolicy policy, ExportProgress progress) {
    this.content = content;
    this.comparison = content.comparison();
    this.options = options;
    this.notes = notes == null ? ReportAnnotations.NONE : notes;
    this.target = target;
    this.policy = policy;
    this.progress = progress;
    this.sideBySide = target == Target.HTML || options.landscape();
    ZonedDateTime now = ZonedDateTime.now(options.clock());
    this.generatedAt = GENERATED.format(now) + " (" + now.getZone().getId() + ")";
    this.text = new ReportText(policy);
  }

  /** The whole report; progress runs from {@code from} to {@code to} while it is built. */
  org.jsoup.nodes.Document build(double from, double to) {
    org.jsoup.nodes.Document doc = new org.jsoup.nodes.Document("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false)
        .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
    Element html = doc.appendElement("html").attr("lang", "en");
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "UTF-8");
    head.appendElement("meta").attr("name", "generator").attr("content", "Verbatim " + options.version());
    head.appendElement("title").text(policy.clean(title()));
    head.appendElement("style").appendChild(new DataNode(css()));
    Element body = html.appendElement("body").addClass(sideBySide ? "side" : "stacked");
    if (target == Target.PDF) {
      body.appendElement("div").addClass("running-header").text(policy.clean(runningHeader()));
      body.appendElement("div").addClass("running-footer")
          .text("Verbatim " + options.version() + " · generated " + generatedAt);
    }
    missingNotice = new ReportCover(content, options, this.notes, policy, text, generatedAt).write(body, title());
    progress.at(from + (to - from) * 0.1, "Writing the linked quotations");
    groups(body, from + (to - from) * 0.1, from + (to - from) * 0.6);
    onlyHere(body);
    warnings(body);
    if (options.appendix()) {
      progress.at(from + (to - from) * 0.8, "Writing the appendix");
      new ReportAppendix(content, policy, text, sideBySide).write(body);
    }
    if (policy.missingCount() > 0) {
      missingNotice.appendText(policy.missingCount() + " characters of the articles are in scripts the report’s"
          + " fonts cannot draw (for example Chinese, Japanese or Korean with no CJK font installed); each is"
          + " shown as " + TextPolicy.PLACEHOLDER + ". Install a CJK font (such as Noto Sans CJK) and export"
          + " again, or use the HTML report, to see them.");
    }
    if (target == Target.PDF && policy.rightToLeftCount() > 0) {
      // the PDF renderer has no bidirectional layout (that needs ICU): say so rather than mislead
      missingNotice.appendText((missingNotice.childNodeSize() > 0 ? " " : "") + "The articles contain right-to-left"
          + " text (Arabic, Hebrew); this PDF draws it left to right, letter by letter. The HTML report shows it"
          + " correctly.");
    }
    if (missingNotice.childNodeSize() == 0) {
      missingNotice.remove();
    }
    progress.at(to, "Report built");
    return doc;
  }

  String title() {
    String outlets = joinOutlets(comparison.documents().stream().filter(d -> !d.article().referenceDocument())
        .map(Document::outlet).toList());
    Speaker focus = content.focus();
    return focus == null ? "Quotations in " + outlets : "How " + outlets + " quoted " + focus.name();
  }

  private String runningHeader() {
    return "Verbatim report · " + title();
  }

  static String joinOutlets(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  // ---------------------------------------------------------------- linked groups

  private void groups(Element body, double from, double to) {
    Element sec = body.appendElement("section").addClass("groups");
    List<Group> gs = content.groups();
    sec.appendElement("h2").text("Quotations more than one outlet has"
        + (gs.isEmpty() ? "" : " (" + gs.size() + (gs.size() == 1 ? " passage)" : " passages)")));
    if (gs.isEmpty()) {
      sec.appendElement("p").addClass("none").text("None: no passage is quoted by more than one of these outlets.");
    }
    for (int i = 0; i < gs.size(); i++) {
      group(sec, gs.get(i));
      if (i % 25 == 0) {
        progress.within(from, to, i, gs.size(), "Writing the linked quotations");
      }
    }
  }

  private void group(Element sec, Group g) {
    Element box = sec.appendElement("div").addClass("group").id("passage-" + g.number());
    Element h = box.appendElement("h3");
    h.appendText("Passage " + g.number());
    if (g.speaker() != null) {
      h.appendText(" · ");
      h.appendElement("span").addClass("speaker").text(policy.clean(g.speaker().name()));
    }
    Element facts = box.appendElement("p").addClass("facts");
    facts.appendElement("span").addClass("relation").text(capital(g.relation().label()));
    facts.appendText(" · similarity " + percent(g.similarity()) + " · " + g.byDocument().size() + " outlets");
    if (g.alignments().size() > 1) {
      Element links = box.appendElement("p").addClass("links");
      links.appendText("Links: ");
      List<String> ls = new ArrayList<>();
      for (Alignment a : g.alignments()) {
        ls.add(a.quoteIds().stream().map(this::quoteRef).collect(Collectors.joining(" ↔ "))
            + ": " + a.relation().label() + ", " + percent(a.similarity()));
      }
      text(links, String.join("; ", ls));
    }
    if (sideBySide) {
      Element t = box.appendElement("table").addClass("wordings");
      int n = g.byDocument().size();
      Element hr = t.appendElement("thead").appendElement("tr");
      for (Document d : g.byDocument().keySet()) {
        hr.appendElement("th").attr("style", "width:" + (100 / n) + "%").text(policy.clean(d.outlet()));
      }
      Element tr = t.appendElement("tbody").appendElement("tr");
      for (Map.Entry<Document, List<ShownQuote>> e : g.byDocument().entrySet()) {
        Element td = tr.appendElement("td");
        for (ShownQuote q : e.getValue()) {
          wording(td, q, false);
        }
      }
    } else {
      for (Map.Entry<Document, List<ShownQuote>> e : g.byDocument().entrySet()) {
        Element row = box.appendElement("div").addClass("stacked-wording");
        row.appendElement("p").addClass("outlet-name").text(policy.clean(e.getKey().outlet()));
        for (ShownQuote q : e.getValue()) {
          wording(row, q, false);
        }
      }
    }
    spellings(box, g);
    framing(box, g);
    annotations(box, g.id());
  }

  /**
   * How each outlet framed the passage: its reporting verb, neutral ("said") or loaded ("claimed"); how it
   * named the speaker (name, role, pronoun); where it put the quotation.
   */
  private void framing(Element box, Group g) {
    Element t = box.appendElement("table").addClass("framing");
    Element hr = t.appendElement("thead").appendElement("tr");
    for (String h : List.of("Outlet", "Reporting verb", "Speaker named as", "Where")) {
      hr.appendElement("th").text(h);
    }
    Element body = t.appendElement("tbody");
    for (Map.Entry<Document, List<ShownQuote>> e : g.byDocument().entrySet()) {
      for (ShownQuote q : e.getValue()) {
        Quote quote = q.quote();
        Element tr = body.appendElement("tr");
        tr.appendElement("td").addClass("outlet").text(policy.clean(e.getKey().outlet()));
        String tone = Framing.verbTone(quote.verb());
        tr.appendElement("td").addClass(tone.isEmpty() ? "tone" : "tone-" + tone)
            .text(quote.verb() == null ? "—" : policy.clean("“" + quote.verb() + "”" + (tone.isEmpty() ? "" : " · " + tone)));
        String named = quote.speakerLabel() == null ? "—"
            : "“" + quote.speakerLabel() + "” · " + Framing.naming(quote.speakerLabel(), q.speakerName());
        tr.appendElement("td").text(policy.clean(named));
        tr.appendElement("td").text(policy.clean(quote.position().label()));
      }
    }
  }

  /**
   * The words each outlet spells differently, side by side: "NBC News “U.S.” · TASS “US,”". Runs are
   * paired in order when every outlet has the same number of them; otherwise each outlet's are listed.
   */
  private void spellings(Element box, Group g) {
    List<String> outlets = new ArrayList<>();
    List<List<String>> runs = new ArrayList<>();
    for (Map.Entry<Document, List<ShownQuote>> e : g.byDocument().entrySet()) {
      List<String> mine = new ArrayList<>();
      for (ShownQuote q : e.getValue()) {
        q.segments().stream().filter(s -> s.mark() == Mark.VARIANT && !s.text().isBlank())
            .forEach(s -> mine.add(s.text().strip()));
      }
      outlets.add(e.getKey().outlet());
      runs.add(mine);
    }
    if (runs.stream().allMatch(List::isEmpty)) {
      return;
    }
    Element ul = box.appendElement("ul").addClass("diffs").addClass("spellings");
    int n = runs.get(0).size();
    if (runs.stream().allMatch(r -> r.size() == n)) {
      for (int i = 0; i < n; i++) {
        List<String> pair = new ArrayList<>();
        for (int o = 0; o < outlets.size(); o++) {
          pair.add(outlets.get(o) + " “" + runs.get(o).get(i) + "”");
        }
        Element li = ul.appendElement("li");
        li.appendElement("span").addClass("label").text("Spelled differently: ");
        text(li, String.join(" · ", pair));
      }
    } else {
      for (int o = 0; o < outlets.size(); o++) {
        if (!runs.get(o).isEmpty()) {
          diffLine(ul, "Spelled differently in " + outlets.get(o) + ": ", runs.get(o));
        }
      }
    }
  }

  private String quoteRef(String quoteId) {
    return comparison.quote(quoteId)
        .map(q -> comparison.document(q.documentId()).map(Document::outlet).orElse("?") + " (" + q.position().label() + ")")
        .orElse(quoteId);
  }

  /** One outlet's wording: where and how it is framed, the marked words, and what differs. */
  private void wording(Element parent, ShownQuote q, boolean showSpeaker) {
    Element w = parent.appendElement("div").addClass("wording");
    String lang = q.document().article().language();
    Element meta = w.appendElement("p").addClass("meta");
    meta.text(policy.clean(metaLine(q, showSpeaker)));
    Element p = w.appendElement("p").addClass("quote");
    if (lang != null && !lang.isBlank()) {
      p.attr("lang", policy.clean(lang));
    }
    quoteText(p, q.segments());
    differences(w, q);
    new ReportFidelity(comparison, policy, text).under(w, q.quote().id());
    for (ReportAnnotations.CorrectionEntry c : notes.correctionsOf(q.quote().id())) {
      Element a = w.appendElement("p").addClass("analyst");
      a.appendElement("span").addClass("analyst-label").text("Analyst’s correction: ");
      text(a, c.describe());
    }
    annotations(w, q.quote().id());
  }

  private String metaLine(ShownQuote q, boolean showSpeaker) {
    Quote quote = q.quote();
    List<String> parts = new ArrayList<>();
    if (showSpeaker) {
      parts.add(q.speakerName());
    }
    parts.add(capital(quote.position().label()));
    if (quote.verb() != null) {
      parts.add("“" + quote.verb() + "”");
    }
    if (quote.speakerLabel() != null) {
      parts.add("named as “" + quote.speakerLabel() + "”");
    } else if (!showSpeaker && quote.speakerId() == null) {
      parts.add("speaker not stated");
    }
    // why this speaker: the rule and the words it read (nothing when no rule read any)
    if (!"none".equals(quote.evidence().sieve()) || EvidenceText.cue(quote, q.document()) != null) {
      parts.add(EvidenceText.brief(quote, q.document()));
    }
    parts.add(quote.kind() == app.verbatim.model.QuoteKind.PARTIAL ? "partial quotation" : "direct quotation");
    if (q.part() != null) {
      parts.add(q.part());
    }
    return String.join(" · ", parts);
  }

  /** Writes “…” with the marks; a gap closes the quotation mark, shows the reporter's words, reopens. */
  void quoteText(Element p, List<Segment> segments) {
    p.appendText("“");
    for (Segment s : segments) {
      switch (s.mark()) {
        case PLAIN, SAME -> text(p, s.text());
        case GAP -> {
          p.appendText("” ");
          text(p.appendElement("span").addClass("gap"), s.text());
          p.appendText(" “");
        }
        case VARIANT -> text(p.appendElement("span").addClass("m-variant"), s.text());
        case PUNCTUATION -> text(p.appendElement("span").addClass("m-punct"), s.text());
        case ONLY -> text(p.appendElement("span").addClass("m-only"), s.text());
        case EDITORIAL -> text(p.appendElement("span").addClass("m-editorial"), s.text());
      }
    }
    p.appendText("”");
  }

  private void differences(Element w, ShownQuote q) {
    List<String> only = new ArrayList<>();
    List<String> editorial = new ArrayList<>();
    for (Segment s : q.segments()) {
      String t = s.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      switch (s.mark()) {
        case ONLY -> only.add(t);
        case EDITORIAL -> editorial.add(t);
        default -> { }
      }
    }
    if (only.isEmpty() && editorial.isEmpty()) {
      return;
    }
    Element ul = w.appendElement("ul").addClass("diffs");
    diffLine(ul, "Only " + q.document().outlet() + " has: ", only);
    diffLine(ul, "Editorial insertion: ", editorial);
  }

  private void diffLine(Element ul, String label, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    Element li = ul.appendElement("li");
    li.appendElement("span").addClass("label").text(policy.clean(label));
    text(li, items.stream().map(s -> "“" + s + "”").collect(Collectors.joining(" · ")));
  }

  private void annotations(Element parent, String targetId) {
    for (ReportAnnotations.NoteEntry n : notes.notesOn(targetId)) {
      Element a = parent.appendElement("p").addClass("analyst");
      a.appendElement("span").addClass("analyst-label").text("Analyst’s note: ");
      text(a, n.text());
    }
  }

  // ---------------------------------------------------------------- only here

  private void onlyHere(Element body) {
    Element sec = body.appendElement("section").addClass("only-here");
    sec.appendElement("h2").text("Quotations only one outlet has");
    // outlets with nothing of their own share one line each kind, not a heading each
    List<String> allShared = new ArrayList<>();
    List<String> noneFound = new ArrayList<>();
    for (OnlyHere o : content.onlyHere()) {
      int n = o.count();
      if (n == 0) {
        boolean any = !content.comparison().quotesOf(o.document().id()).isEmpty();
        (any ? allShared : noneFound).add(o.document().outlet());
        continue;
      }
      Element block = sec.appendElement("div").addClass("outlet-only");
      block.appendElement("h3").text(policy.clean("Only in " + o.document().outlet()) + " — " + n
          + (n == 1 ? " quotation" : " quotations"));
      for (Map.Entry<Speaker, List<ShownQuote>> e : o.bySpeaker().entrySet()) {
        speakerList(block, e.getKey().name(), e.getValue());
      }
      if (!o.unknownSpeaker().isEmpty()) {
        speakerList(block, "Speaker not stated", o.unknownSpeaker());
      }
    }
    if (!allShared.isEmpty()) {
      sec.appendElement("p").addClass("none").text(policy.clean("Nothing only in " + joinOutlets(allShared)
          + ": every quotation " + (allShared.size() == 1 ? "in it" : "in them") + " is also in another outlet."));
    }
    if (!noneFound.isEmpty()) {
      sec.appendElement("p").addClass("none").text(policy.clean("No quotation found in " + joinOutlets(noneFound) + "."));
    }
  }

  private void speakerList(Element block, String name, List<ShownQuote> quotes) {
    block.appendElement("h4").text(policy.clean(name) + " (" + quotes.size() + ")");
    Element ol = block.appendElement("div").addClass("only-list");
    for (ShownQuote q : quotes) {
      wording(ol, q, false);
    }
  }

  private void warnings(Element body) {
    List<Warning> ws = comparison.warnings();
    if (ws.isEmpty()) {
      return;
    }
    Element sec = body.appendElement("section").addClass("warnings");
    sec.appendElement("h2").text("Engine warnings");
    sec.appendElement("p").text("Problems in the texts the engine worked around; check these places by hand.");
    Element ul = sec.appendElement("ul");
    for (Warning w : ws) {
      String outlet = comparison.document(w.documentId()).map(Document::outlet).orElse(String.valueOf(w.documentId()));
      text(ul.appendElement("li"), outlet + ", character " + w.offset() + ": " + w.message());
    }
  }

  // ---------------------------------------------------------------- text and style

  /** Appends article text as text nodes, with placeholders for what the fonts cannot draw. */
  private void text(Element parent, String s) {
    text.append(parent, s);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String percent(double similarity) {
    return Math.round(similarity * 100) + "%";
  }

  private String css() {
    StringBuilder b = new StringBuilder(resource("report.css"));
    if (target == Target.PDF) {
      String size = (options.paper() == ReportOptions.Paper.A4 ? "A4" : "letter") + " " + options.orientation().label();
      b.append(resource("report-print.css").replace("PAGE_SIZE", size));
    } else {
      b.append(resource("report-screen.css"));
    }
    return b.toString();
  }

  static String resource(String name) {
    try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report style " + name + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
