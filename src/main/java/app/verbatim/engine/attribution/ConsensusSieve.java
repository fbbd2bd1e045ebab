package app.verbatim.engine.attribution;

import app.verbatim.engine.align.QuoteLink;
import app.verbatim.model.Document;
import app.verbatim.model.Evidence;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import app.verbatim.model.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The last sieve, across outlets: a quotation its own text leaves without speaker, linked to other
 * outlets' renderings of the passage that all name one speaker, takes that speaker. Where outlets give
 * one passage to different people, nothing is merged or changed: each conflict becomes a warning for the
 * analyst to review.
 */
public final class ConsensusSieve {
  /** The rule id recorded as evidence. */
  public static final String ID = "consensus";

  private final Function<String, Document> documents;
  private final Map<String, Speaker> speakers = new LinkedHashMap<>();

  /** The result: quotations (some with a speaker now) and the conflicts found, as warnings. */
  public record Result(List<Quote> quotes, List<Warning> warnings) {}

  public ConsensusSieve(Function<String, Document> documentsById, List<Speaker> speakers) {
    this.documents = documentsById;
    speakers.forEach(s -> this.speakers.put(s.id(), s));
  }

  public Result apply(List<Quote> quotes, List<QuoteLink> links, List<QuoteLink> conflicts) {
    Map<String, Set<String>> named = new LinkedHashMap<>();
    Map<String, Set<String>> outlets = new LinkedHashMap<>();
    for (QuoteLink l : links) {
      note(named, outlets, l.a().quote(), l.b().quote());
      note(named, outlets, l.b().quote(), l.a().quote());
    }
    List<Quote> out = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (Quote q : quotes) {
      Set<String> ids = named.getOrDefault(q.id(), Set.of());
      if (q.speakerId() != null || ids.isEmpty()) {
        out.add(q);
      } else if (ids.size() == 1) {
        String id = ids.iterator().next();
        String who = speakers.containsKey(id) ? speakers.get(id).name() : id;
        out.add(q.withAttribution(id, new Evidence(ID, null, null, null, "This outlet does not say who speaks; "
            + String.join(" and ", outlets.get(q.id())) + " give" + (outlets.get(q.id()).size() == 1 ? "s" : "")
            + " the same passage to " + who + ".")));
      } else {
        out.add(q);
        warnings.add(new Warning(q.documentId(), q.start(), "Outlets disagree on who said “" + shorten(q.text())
            + "”: " + names(ids) + ". Left without speaker; check it."));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    for (QuoteLink c : conflicts) {
      Quote a = c.a().quote();
      Quote b = c.b().quote();
      if (seen.add(a.id() + "/" + b.id())) {
        warnings.add(new Warning(a.documentId(), a.start(), "Outlets disagree on who said “" + shorten(a.text())
            + "”: " + outlet(a) + " names " + name(a.speakerId()) + ", " + outlet(b) + " names "
            + name(b.speakerId()) + "."));
      }
    }
    return new Result(out, warnings);
  }

  private void note(Map<String, Set<String>> named, Map<String, Set<String>> outlets, Quote q, Quote other) {
    if (q.speakerId() == null && other.speakerId() != null) {
      named.computeIfAbsent(q.id(), k -> new LinkedHashSet<>()).add(other.speakerId());
      outlets.computeIfAbsent(q.id(), k -> new LinkedHashSet<>()).add(outlet(other));
    }
  }

  private String outlet(Quote q) {
    Document d = documents.apply(q.documentId());
    return d == null ? q.documentId() : d.outlet();
  }

  private String name(String speakerId) {
    Speaker s = speakers.get(speakerId);
    return s == null ? String.valueOf(speakerId) : s.name();
  }

  private String names(Set<String> ids) {
    List<String> n = new ArrayList<>();
    ids.forEach(id -> n.add(name(id)));
    return String.join(" or ", n);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37).stripTrailing() + "…";
  }
}
