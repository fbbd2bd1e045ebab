package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.QuoteFinder;
import app.verbatim.model.Evidence;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of one document with who speaks them, before speakers are merged across documents.
 * Speakers here are document-local keys; {@link SpeakerDirectory} turns them into shared speakers.
 */
public final class DocumentQuotes {
  /** One quotation with its local speaker (index into {@link #people()}, or -1). */
  public record Local(List<Span> parts, int paragraph, boolean partial, List<Span> editorial,
      int speaker, String label, String verb, Evidence evidence) {}

  /** A person of this document as the speaker directory needs them. */
  public record LocalPerson(List<String> name, String description, List<String> labels) {}

  private final List<Local> quotes;
  private final List<LocalPerson> people;
  private final List<Span> scareQuotes;
  private final List<String> warnings;
  private final List<Integer> warningOffsets;

  private DocumentQuotes(List<Local> quotes, List<LocalPerson> people, List<Span> scareQuotes,
      List<String> warnings, List<Integer> warningOffsets) {
    this.quotes = quotes;
    this.people = people;
    this.scareQuotes = scareQuotes;
    this.warnings = warnings;
    this.warningOffsets = warningOffsets;
  }

  /** Finds and attributes the quotations of one text whose paragraphs are known. */
  public static DocumentQuotes analyse(String text, List<Paragraph> paragraphs) {
    QuoteFinder.Found found = new QuoteFinder().find(text, paragraphs);
    SpeakerResolver resolver = new SpeakerResolver(text, paragraphs, found.quotes());
    List<Attribution> who = resolver.resolve();
    List<Person> persons = resolver.persons();
    List<Person> used = new ArrayList<>();
    List<Local> out = new ArrayList<>();
    for (int i = 0; i < found.quotes().size(); i++) {
      FoundQuote q = found.quotes().get(i);
      Attribution a = who.get(i);
      int speaker = -1;
      if (a.person() != null && a.person().displayName() != null) {
        speaker = used.indexOf(a.person());
        if (speaker < 0) {
          used.add(a.person());
          speaker = used.size() - 1;
        }
      }
      out.add(new Local(q.parts(), q.paragraph(), q.partial(), q.editorial(), speaker, a.label(), a.verb(),
          EvidenceWriter.of(a, text)));
    }
    List<LocalPerson> people = new ArrayList<>();
    for (Person p : used) {
      people.add(new LocalPerson(List.copyOf(p.name), p.description, List.copyOf(p.labels)));
    }
    assert persons != null;
    return new DocumentQuotes(out, people, found.scareQuotes(), found.warnings(), found.warningOffsets());
  }

  public List<Local> quotes() {
    return quotes;
  }

  public List<LocalPerson> people() {
    return people;
  }

  public List<Span> scareQuotes() {
    return scareQuotes;
  }

  public List<String> warnings() {
    return warnings;
  }

  public List<Integer> warningOffsets() {
    return warningOffsets;
  }
}
