package app.verbatim.export;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Quote;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/** The report's appendix: each article's full text with its quotations marked and tagged by passage. */
final class ReportAppendix {
  private final ReportContent content;
  private final Comparison comparison;
  private final TextPolicy policy;
  private final ReportText text;
  private final boolean sideBySide;

  ReportAppendix(ReportContent content, TextPolicy policy, ReportText text, boolean sideBySide) {
    this.content = content;
    this.comparison = content.comparison();
    this.policy = policy;
    this.text = text;
    this.sideBySide = sideBySide;
  }

  void write(Element body) {
    Element sec = body.appendElement("section").addClass("appendix");
    sec.appendElement("h2").text("Appendix: the full texts");
    Element key = sec.appendElement("p").addClass("made");
    key.appendText("Quotations are underlined. ");
    key.appendElement("span").addClass("q-linked").text("Solid");
    key.appendText(": another outlet has it too; the tag before the paragraph gives its passage number (");
    key.appendElement("span").addClass("qtag").text("P1");
    key.appendText("). ");
    key.appendElement("span").addClass("q-only").text("Dotted");
    key.appendText(": no other outlet has it (");
    key.appendElement("span").addClass("qtag").text("only");
    key.appendText("). ¶ numbers are the body paragraphs the report refers to; greyed lines are page furniture"
        + " or captions the engine set aside.");
    List<Document> docs = comparison.documents();
    if (sideBySide && docs.size() <= 3) {
      Element t = sec.appendElement("table").addClass("fulltexts");
      Element hr = t.appendElement("thead").appendElement("tr");
      for (Document d : docs) {
        hr.appendElement("th").attr("style", "width:" + (100 / docs.size()) + "%").text(policy.clean(d.outlet()));
      }
      Element tr = t.appendElement("tbody").appendElement("tr");
      for (Document d : docs) {
        fullText(tr.appendElement("td"), d);
      }
    } else {
      for (Document d : docs) {
        sec.appendElement("h3").text(policy.clean(d.outlet()));
        fullText(sec.appendElement("div").addClass("fulltext"), d);
      }
    }
  }

  /** A paragraph element styled for its section, a body paragraph numbered as the report cites it. */
  private static Element paragraph(Element parent, Paragraph para) {
    Element p = parent.appendElement("p").addClass("para");
    if (para.section() == Section.BOILERPLATE || para.section() == Section.CAPTION) {
      p.addClass("furniture");
    } else if (para.section() == Section.HEADLINE) {
      p.addClass("headline");
    } else if (para.section() == Section.SUBHEADING) {
      p.addClass("subheading");
    }
    if (para.section() == Section.BODY && para.number() > 0) {
      p.appendElement("span").addClass("pnum").text("¶" + para.number() + " ");
    }
    return p;
  }

  /** The passage tags ("P3", "only") of the quotations first met in [ps, pe), each quotation once. */
  private java.util.Set<String> tags(int ps, int pe, int k, Integer[] order, List<Span> spans, List<Quote> owners,
      java.util.Set<String> tagged) {
    java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>();
    for (int j = k; j < order.length && spans.get(order[j]).start() < pe; j++) {
      if (spans.get(order[j]).end() > ps && tagged.add(owners.get(order[j]).id())) {
        String group = content.groupOf(owners.get(order[j]).id());
        tags.add(group == null ? "only" : "P" + content.numberOf(group));
      }
    }
    return tags;
  }

  private void fullText(Element parent, Document d) {
    String article = d.text();
    String lang = d.article().language();
    if (lang != null && !lang.isBlank()) {
      parent.attr("lang", policy.clean(lang));
    }
    List<Quote> quotes = new ArrayList<>(comparison.quotesOf(d.id()));
    List<Span> spans = new ArrayList<>();
    List<Quote> owners = new ArrayList<>();
    for (Quote q : quotes) {
      for (Span s : q.spans()) {
        spans.add(s);
        owners.add(q);
      }
    }
    Integer[] order = new Integer[spans.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing(spans::get));
    List<Paragraph> paragraphs = d.paragraphs().isEmpty() ? linesOf(article) : d.paragraphs();
    int k = 0;
    java.util.Set<String> tagged = new java.util.HashSet<>();
    for (Paragraph para : paragraphs) {
      int ps = Math.min(para.span().start(), article.length());
      int pe = Math.min(para.span().end(), article.length());
      Element p = paragraph(parent, para);
      // the quotations starting here are tagged before the text, so copied text stays exactly the article's
      for (String tag : tags(ps, pe, k, order, spans, owners, tagged)) {
        p.appendElement("span").addClass("qtag").text(tag);
        p.appendText(" ");
      }
      while (k < order.length && spans.get(order[k]).end() <= ps) {
        k++;
      }
      int at = ps;
      for (int j = k; j < order.length && spans.get(order[j]).start() < pe; j++) {
        Span s = spans.get(order[j]);
        int qs = Math.max(s.start(), at);
        int qe = Math.min(s.end(), pe);
        if (qe <= qs) {
          continue;
        }
        if (qs > at) {
          text.append(p, article.substring(at, qs));
        }
        String group = content.groupOf(owners.get(order[j]).id());
        text.append(p.appendElement("span").addClass(group == null ? "q-only" : "q-linked"), article.substring(qs, qe));
        at = qe;
      }
      if (at < pe) {
        text.append(p, article.substring(at, pe));
      }
    }
  }

  /** Paragraphs from line breaks, for a document the engine gave none. */
  private static List<Paragraph> linesOf(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > start && !text.substring(start, i).isBlank()) {
          out.add(new Paragraph(0, new Span(start, i), Section.BODY));
        }
        start = i + 1;
      }
    }
    return out;
  }
}
