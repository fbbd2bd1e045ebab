package app.verbatim.export;

import app.verbatim.export.ReportContent.Group;
import app.verbatim.export.ReportContent.FigureRow;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Relation;
import app.verbatim.model.Speaker;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The report's first page: the articles compared, the focus speaker, the figures, the legend, notes. */
final class ReportCover {
  private static final java.util.Set<String> PRONOUNS = java.util.Set.of(
      "he", "she", "they", "him", "her", "them", "it", "we", "i", "you");

  private final ReportContent content;
  private final Comparison comparison;
  private final ReportOptions options;
  private final ReportAnnotations notes;
  private final TextPolicy policy;
  private final ReportText text;
  private final String generatedAt;

  ReportCover(ReportContent content, ReportOptions options, ReportAnnotations notes, TextPolicy policy, ReportText text,
      String generatedAt) {
    this.content = content;
    this.comparison = content.comparison();
    this.options = options;
    this.notes = notes;
    this.policy = policy;
    this.text = text;
    this.generatedAt = generatedAt;
  }

  /** Writes the first page into {@code body}; returns the (empty) notice paragraph for later notes. */
  Element write(Element body, String title) {
    Element cover = body.appendElement("section").addClass("cover");
    cover.appendElement("p").addClass("kicker").text("Verbatim · quotation comparison report");
    cover.appendElement("h1").text(policy.clean(title));

    articles(cover);

    Speaker focus = content.focus();
    focus(cover, focus);

    figures(cover, focus);
    cover.appendElement("p").addClass("summary").text(groupSummary());
    new ReportFidelity(comparison, policy, text).table(cover);

    legend(cover);

    Element made = cover.appendElement("p").addClass("made");
    made.appendText("Generated " + generatedAt + " by Verbatim " + options.version() + ". Settings: "
        + options.settingsLabel() + "; focus speaker "
        + (focus == null ? "none" : policy.clean(focus.name())) + ". Engine warnings: "
        + (comparison.warnings().isEmpty() ? "none" : comparison.warnings().size() + " (listed at the end)") + ".");
    Element missingNotice = cover.appendElement("p").addClass("notice");

    analystNotes(cover);
    return missingNotice;
  }
  /** Each article: outlet (the record tagged), headline, date, source, and the SHA-256 of its text. */
  private void articles(Element cover) {
    cover.appendElement("h2").text("Articles compared");
    Element t = cover.appendElement("table").addClass("articles");
    Element hr = t.appendElement("thead").appendElement("tr");
    String[][] columns = {{"Outlet", "14%"}, {"Headline", "44%"}, {"Date", "12%"}, {"Source", "30%"}};
    for (String[] c : columns) {
      hr.appendElement("th").attr("style", "width:" + c[1]).text(c[0]);
    }
    for (Document d : comparison.documents()) {
      Element tb = t.appendElement("tbody").addClass("article");
      Element tr = tb.appendElement("tr");
      Element outletCell = tr.appendElement("td").addClass("outlet").attr("rowspan", "2").text(policy.clean(d.outlet()));
      if (d.article().referenceDocument()) {
        outletCell.appendElement("span").addClass("reference-tag").text(" (the record)");
      }
      text.append(tr.appendElement("td"), ReportText.orDash(d.title()));
      tr.appendElement("td").addClass("nowrap").text(policy.clean(ReportText.orDash(d.article().date())));
      text.append(tr.appendElement("td").addClass("source"), ReportText.orDash(d.article().source()));
      Element hashRow = tb.appendElement("tr").addClass("hash-row");
      Element cell = hashRow.appendElement("td").attr("colspan", "3");
      cell.appendElement("span").addClass("hash-label").text("SHA-256 of the text: ");
      cell.appendElement("span").addClass("hash").text(policy.clean(d.sha256() == null ? "—" : d.sha256()));
    }
  }

  /** Who the report is about, with the other names the outlets used. */
  private void focus(Element cover, Speaker focus) {
    Element fp = cover.appendElement("p").addClass("focus");
    fp.appendElement("span").addClass("label").text("Focus speaker: ");
    if (focus == null) {
      fp.appendText("none (no speaker is named in these articles)");
    } else {
      fp.appendElement("strong").text(policy.clean(focus.name()));
      List<String> aliases = focus.aliases().stream()
          .filter(a -> !a.equals(focus.name()) && !PRONOUNS.contains(a.toLowerCase(Locale.ROOT)))
          .toList();
      if (!aliases.isEmpty()) {
        fp.appendText(" — also named ");
        text.append(fp, aliases.stream().map(a -> "“" + a + "”").collect(Collectors.joining(", ")));
      }
      fp.appendText(options.focusSpeaker() != null ? " (chosen by the analyst)" : " (quoted by the most outlets)");
    }
  }

  private void figures(Element cover, Speaker focus) {
    cover.appendElement("h2").text("Figures");
    Element ft = cover.appendElement("table").addClass("figures");
    // the focus speaker's figures first, counted as the window's summary line counts them; the totals
    // for every speaker after them, labelled as such
    Element head = ft.appendElement("thead");
    Element groupsRow = head.appendElement("tr").addClass("figure-groups");
    groupsRow.appendElement("th");
    if (focus != null) {
      groupsRow.appendElement("th").attr("colspan", "3").addClass("focus-figures")
          .text(policy.clean(focus.name()) + "’s quotations");
    }
    groupsRow.appendElement("th").attr("colspan", "3").text("All speakers");
    Element fh = head.appendElement("tr");
    fh.appendElement("th").attr("style", "width:22%").text("Outlet");
    for (int i = focus == null ? 1 : 0; i < 2; i++) {
      fh.appendElement("th").addClass("num").text("Quotations");
      fh.appendElement("th").addClass("num").text("Shared with another outlet");
      fh.appendElement("th").addClass("num").text("Only here");
    }
    Element fb = ft.appendElement("tbody");
    for (FigureRow f : content.figures()) {
      Element tr = fb.appendElement("tr");
      tr.appendElement("td").addClass("outlet").text(policy.clean(f.document().outlet()));
      if (focus != null) {
        tr.appendElement("td").addClass("num").addClass("focus-figures").text(Integer.toString(f.focusQuotations()));
        tr.appendElement("td").addClass("num").addClass("focus-figures").text(Integer.toString(f.focusShared()));
        tr.appendElement("td").addClass("num").addClass("focus-figures").text(Integer.toString(f.focusOnlyHere()));
      }
      tr.appendElement("td").addClass("num").text(Integer.toString(f.quotations()));
      tr.appendElement("td").addClass("num").text(Integer.toString(f.shared()));
      tr.appendElement("td").addClass("num").text(Integer.toString(f.onlyHere()));
    }
  }

  /** Notes and corrections the analyst made about the comparison as a whole. */
  private void analystNotes(Element cover) {
    List<ReportAnnotations.NoteEntry> general = notes.notesOn(null);
    List<ReportAnnotations.CorrectionEntry> generalCorrections = notes.correctionsOf(null);
    if (!general.isEmpty() || !generalCorrections.isEmpty()) {
      Element box = cover.appendElement("div").addClass("analyst");
      box.appendElement("p").addClass("analyst-label").text("Analyst’s notes");
      for (ReportAnnotations.CorrectionEntry c : generalCorrections) {
        text.append(box.appendElement("p"), "Correction — " + c.describe());
      }
      for (ReportAnnotations.NoteEntry n : general) {
        text.append(box.appendElement("p"), n.text());
      }
    }
    if (!notes.corrections().isEmpty()) {
      int n = notes.corrections().size();
      cover.appendElement("p").addClass("made").text(n == 1
          ? "1 analyst correction is applied; it is marked “Analyst’s correction” where it applies."
          : n + " analyst corrections are applied; each is marked “Analyst’s correction” where it applies.");
    }
  }


  private String groupSummary() {
    List<Group> gs = content.groups();
    if (gs.isEmpty()) {
      return "No passage is quoted by more than one outlet.";
    }
    Map<Relation, Long> by = new EnumMap<>(Relation.class);
    gs.forEach(g -> by.merge(g.relation(), 1L, Long::sum));
    String parts = by.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label())
        .collect(Collectors.joining(", "));
    return gs.size() + (gs.size() == 1 ? " passage is" : " passages are") + " quoted by more than one outlet ("
        + parts + ").";
  }

  private void legend(Element cover) {
    cover.appendElement("h2").text("How to read the marks");
    Element t = cover.appendElement("table").addClass("legend");
    legendRow(t, "shared words", null, "Plain: every outlet in the passage has these words, spelled the same.");
    legendRow(t, "spelled differently", "m-variant",
        "Dashed underline: the other outlets have the word in another spelling (U.S. / US).");
    legendRow(t, "punctuation differs", "m-punct",
        "Dotted underline: the same word, with a comma or stop added or dropped beside it.");
    legendRow(t, "only this outlet", "m-only",
        "Bold, solid underline: no other outlet in the passage has these words; the others left them out.");
    legendRow(t, "[editorial insertion]", "m-editorial",
        "Boxed italics: brackets or ellipses the outlet added; not the speaker’s words.");
    Element tr = t.appendElement("tr");
    Element sample = tr.appendElement("td").addClass("sample");
    sample.appendText("“… ");
    sample.appendElement("span").addClass("gap").text("she said");
    sample.appendText(" …”");
    tr.appendElement("td").text("Grey italics between quotation marks: the reporter’s words splitting one quotation.");
    Element r = cover.appendElement("p").addClass("relations");
    r.appendElement("strong").text("Relations: ");
    r.appendText("identical — the same characters; variant — the same words up to spelling and punctuation; "
        + "overlap — the same passage, but an outlet quotes more, less or other parts of it; "
        + "translation — the same passage of the record in another translation, linked through the record. "
        + "Similarity is the share of the wording the linked quotations have in common.");
  }

  private void legendRow(Element t, String sampleText, String cls, String meaning) {
    Element tr = t.appendElement("tr");
    Element sample = tr.appendElement("td").addClass("sample");
    Element s = sample.appendElement("span");
    if (cls != null) {
      s.addClass(cls);
    }
    s.text(sampleText);
    tr.appendElement("td").text(meaning);
  }
}
