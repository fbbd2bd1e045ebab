package app.verbatim.cli;

import app.verbatim.engine.present.QuoteText;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Coverage;
import app.verbatim.model.DiffKind;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The readable summary {@code compare} prints: the articles; per outlet its quotations by speaker;
 * the linked groups with their relation, similarity and word differences; the quotations only one
 * outlet has; scare quotes and warnings. With a speaker given, only that speaker's quotations.
 */
final class SummaryPrinter {
  private static final String UNKNOWN = "speaker not identified";
  private final PrintStream out;
  private final int width;
  private final TextWrapper wrapper;

  SummaryPrinter(PrintStream out, int width) {
    this.out = out;
    this.width = width;
    this.wrapper = new TextWrapper(width);
  }

  /** @param speakerId show only this speaker's quotations, or null for all */
  void print(Comparison c, String speakerId) {
    header(c, speakerId);
    byOutlet(c, speakerId);
    linked(c, speakerId);
    onlyInOne(c, speakerId);
    new FidelitySummary(out, wrapper).print(c, speakerId);
    if (speakerId == null) {
      scareQuotes(c);
    }
    warnings(c);
  }

  private void header(Comparison c, String speakerId) {
    wrapper.wrap("", "  ", String.format("Verbatim: %d articles, %s, %s, %s", c.documents().size(),
        count(c.quotes().size(), "quotation"), count(c.speakers().size(), "named speaker"),
        count(c.groups().size(), "linked group"))).forEach(out::println);
    for (Document d : c.documents()) {
      String title = d.title();
      StringBuilder line = new StringBuilder(d.id() + "  " + d.outlet());
      if (d.article().date() != null) {
        line.append(", ").append(d.article().date());
      }
      line.append(" — ").append(count(c.quotesOf(d.id()).size(), "quotation"));
      if (title != null) {
        line.append(" — ").append(title);
      }
      out.println("  " + TextWrapper.excerpt(line.toString(), width - 2));
    }
    if (speakerId != null) {
      Speaker s = c.speaker(speakerId).orElseThrow();
      out.println();
      String also = s.aliases().isEmpty() ? "" : " (also named " + String.join(", ", s.aliases()) + ")";
      wrapper.wrap("", "    ", "Only the quotations of " + s.name() + also + " are shown.").forEach(out::println);
    }
  }

  private void byOutlet(Comparison c, String speakerId) {
    section("QUOTATIONS BY OUTLET AND SPEAKER");
    Map<String, String> groupOf = new HashMap<>();
    for (Alignment a : c.alignments()) {
      a.quoteIds().forEach(id -> groupOf.putIfAbsent(id, a.group()));
    }
    for (Document d : c.documents()) {
      List<Quote> quotes = c.quotesOf(d.id()).stream().filter(q -> keep(q, speakerId)).toList();
      out.println();
      out.println(d.outlet() + " (" + d.id() + ") — " + count(quotes.size(), "quotation"));
      Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
      for (Quote q : quotes) {
        bySpeaker.computeIfAbsent(name(c, q.speakerId()), k -> new ArrayList<>()).add(q);
      }
      int idWidth = quotes.stream().mapToInt(q -> q.id().length()).max().orElse(0);
      int whereWidth = Math.min(32, quotes.stream().mapToInt(q -> where(q).length()).max().orElse(0));
      bySpeaker.forEach((speaker, qs) -> {
        out.println("  " + speaker + " — " + qs.size());
        for (Quote q : qs) {
          String tag = groupOf.containsKey(q.id()) ? "linked " + groupOf.get(q.id()) : "only here";
          String lead = "    " + pad(q.id(), idWidth) + "  " + pad(where(q), whereWidth) + "  ";
          int room = Math.max(10, width - lead.length() - tag.length() - 4);
          out.println(lead + "“" + TextWrapper.excerpt(QuoteText.of(q, d.text()), room) + "”  " + tag);
        }
      });
    }
  }

  private void linked(Comparison c, String speakerId) {
    Map<String, List<Alignment>> groups = groupsShown(c, speakerId);
    section("LINKED QUOTATIONS — the same passage in several outlets (" + groups.size() + ")");
    if (groups.isEmpty()) {
      out.println();
      out.println("  No quotation appears in more than one outlet.");
    }
    groups.forEach((group, alignments) -> {
      List<Quote> quotes = c.quotesOfGroup(group);
      out.println();
      StringBuilder head = new StringBuilder(group + " · " + name(c, quotes.get(0).speakerId()));
      if (alignments.size() == 1) {
        head.append(" · ").append(relation(alignments.get(0)));
      }
      out.println(head);
      for (Quote q : quotes) {
        Document d = c.document(q.documentId()).orElseThrow();
        String framing = framing(q);
        out.println("  " + d.outlet() + ", " + q.position().label() + (framing.isEmpty() ? "" : " (" + framing + ")") + ":");
        wrapper.wrap("    “", "     ",
            QuoteText.wordsInGroup(q, d.text(), alignments) + "”" + QuoteText.partLabel(q, alignments)).forEach(out::println);
      }
      for (Alignment a : alignments) {
        String indent = "  ";
        if (alignments.size() > 1) {
          out.println("  " + a.id() + ": " + outlets(c, a) + " · " + relation(a));
          indent = "    ";
        }
        differences(c, a, indent);
      }
    });
  }

  // The word differences of one alignment, by kind: variants paired across outlets, then the rest.
  private void differences(Comparison c, Alignment a, String indent) {
    Map<String, Map<DiffKind, List<String>>> byDoc = new LinkedHashMap<>();
    for (DiffSpan s : a.diff()) {
      Document d = c.document(s.documentId()).orElseThrow();
      byDoc.computeIfAbsent(d.id(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s.kind(), k -> new ArrayList<>())
          .add(s.span().of(d.text()));
    }
    List<String> docs = new ArrayList<>(byDoc.keySet());
    List<List<String>> variants = docs.stream()
        .map(id -> byDoc.get(id).getOrDefault(DiffKind.VARIANT, List.of()).stream().map(SummaryPrinter::trimPunctuation).toList())
        .toList();
    boolean anyDifference = false;
    if (variants.stream().anyMatch(v -> !v.isEmpty())) {
      anyDifference = true;
      boolean pairable = variants.stream().allMatch(v -> v.size() == variants.get(0).size());
      if (pairable) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < variants.get(0).size(); i++) {
          List<String> forms = new ArrayList<>();
          for (int k = 0; k < docs.size(); k++) {
            forms.add("“" + variants.get(k).get(i) + "” (" + outlet(c, docs.get(k)) + ")");
          }
          pairs.add(String.join(" / ", forms));
        }
        wrapper.wrap(indent + "Spelled differently: ", indent + "    ", String.join("; ", pairs)).forEach(out::println);
      } else {
        for (int k = 0; k < docs.size(); k++) {
          if (!variants.get(k).isEmpty()) {
            wrapper.wrap(indent + "Spelled differently in " + outlet(c, docs.get(k)) + ": ", indent + "    ",
                quoted(variants.get(k))).forEach(out::println);
          }
        }
      }
    }
    for (String doc : docs) {
      List<String> marks = byDoc.get(doc).getOrDefault(DiffKind.PUNCTUATION, List.of());
      if (!marks.isEmpty()) {
        anyDifference = true;
        wrapper.wrap(indent + "Punctuation differs in " + outlet(c, doc) + ": ", indent + "    ", quoted(marks))
            .forEach(out::println);
      }
    }
    for (DiffKind kind : List.of(DiffKind.ONLY, DiffKind.EDITORIAL)) {
      for (String doc : docs) {
        List<String> words = byDoc.get(doc).getOrDefault(kind, List.of());
        if (!words.isEmpty()) {
          anyDifference = true;
          String label = kind == DiffKind.ONLY ? "Only in " + outlet(c, doc) + ": "
              : "Editorial insertions in " + outlet(c, doc) + ": ";
          wrapper.wrap(indent + label, indent + "    ", quoted(words)).forEach(out::println);
        }
      }
    }
    if (!anyDifference) {
      out.println(indent + "Word for word the same.");
    }
  }

  private void onlyInOne(Comparison c, String speakerId) {
    List<Coverage> shown = c.coverage().stream()
        .filter(cv -> speakerId == null || speakerId.equals(cv.speakerId()))
        .filter(cv -> !cv.quoteIds().isEmpty())
        .toList();
    long total = shown.stream().mapToLong(cv -> cv.quoteIds().size()).sum();
    section("ONLY IN ONE OUTLET (" + total + ")");
    if (shown.isEmpty()) {
      out.println();
      out.println("  Every quotation shown appears in more than one outlet.");
    }
    for (Coverage cv : shown) {
      out.println();
      out.println(outlet(c, cv.documentId()) + " — " + name(c, cv.speakerId()) + " — " + cv.quoteIds().size());
      for (String id : cv.quoteIds()) {
        Quote q = c.quote(id).orElseThrow();
        String framing = framing(q);
        String text = QuoteText.of(q, c.document(q.documentId()).map(Document::text).orElse(""));
        wrapper.wrap("  - “", "     ", text + "” (" + q.position().label()
            + (framing.isEmpty() ? "" : "; " + framing) + ")").forEach(out::println);
      }
    }
  }

  private void scareQuotes(Comparison c) {
    if (c.scareQuotes().isEmpty()) {
      return;
    }
    section("SCARE QUOTES — quoted terms, not speech (" + c.scareQuotes().size() + ")");
    out.println();
    Map<String, List<String>> byDoc = new LinkedHashMap<>();
    for (ScareQuote s : c.scareQuotes()) {
      byDoc.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s.text());
    }
    byDoc.forEach((doc, texts) -> wrapper.wrap("  " + outlet(c, doc) + ": ", "      ", quoted(texts)).forEach(out::println));
  }

  private void warnings(Comparison c) {
    if (c.warnings().isEmpty()) {
      return;
    }
    section("WARNINGS (" + c.warnings().size() + ")");
    out.println();
    for (Warning w : c.warnings()) {
      wrapper.wrap("  " + outlet(c, w.documentId()) + ", character " + w.offset() + ": ", "      ", w.message())
          .forEach(out::println);
    }
  }

  private Map<String, List<Alignment>> groupsShown(Comparison c, String speakerId) {
    Map<String, List<Alignment>> shown = new LinkedHashMap<>();
    c.groups().forEach((group, alignments) -> {
      if (speakerId == null || c.quotesOfGroup(group).stream().anyMatch(q -> speakerId.equals(q.speakerId()))) {
        shown.put(group, alignments);
      }
    });
    return shown;
  }

  private void section(String title) {
    out.println();
    List<String> lines = wrapper.wrap("", "", title);
    lines.forEach(out::println);
    out.println("─".repeat(Math.min(width, lines.stream().mapToInt(String::length).max().orElse(0))));
  }

  private static boolean keep(Quote q, String speakerId) {
    return speakerId == null || speakerId.equals(q.speakerId());
  }

  private static String where(Quote q) {
    return q.position().label() + (q.verb() == null ? "" : ", " + q.verb());
  }

  /** How the outlet framed the quote: "Ri, told", "told", "the minister". */
  private static String framing(Quote q) {
    List<String> parts = new ArrayList<>();
    if (q.speakerLabel() != null) {
      parts.add(q.speakerLabel());
    }
    if (q.verb() != null) {
      parts.add(q.verb());
    }
    return String.join(", ", parts);
  }

  private static String relation(Alignment a) {
    return a.relation().label() + ", similarity " + String.format(java.util.Locale.ROOT, "%.2f", a.similarity());
  }

  private static String outlets(Comparison c, Alignment a) {
    return String.join(" ↔ ", a.quoteIds().stream()
        .map(id -> c.quote(id).map(q -> outlet(c, q.documentId())).orElse(id)).toList());
  }

  private static String outlet(Comparison c, String documentId) {
    return c.document(documentId).map(Document::outlet).orElse(Objects.toString(documentId));
  }

  private static String name(Comparison c, String speakerId) {
    return c.speaker(speakerId).map(Speaker::name).orElse(UNKNOWN);
  }

  private static String quoted(List<String> texts) {
    return String.join(", ", texts.stream().map(t -> "“" + t.replaceAll("\\s+", " ").strip() + "”").toList());
  }

  // "US," reads better as "US"; the dots of "U.S." stay.
  private static String trimPunctuation(String s) {
    return s.strip().replaceAll("^[,;:!?\"“”‘’()]+|[,;:!?\"“”‘’()]+$", "");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
