package app.verbatim.engine.attribution;

import app.verbatim.model.Document;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Position;
import app.verbatim.model.Quote;
import app.verbatim.model.QuoteKind;
import app.verbatim.model.ScareQuote;
import app.verbatim.model.Section;
import app.verbatim.model.Speaker;
import app.verbatim.model.Span;
import app.verbatim.model.Warning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The quotations of all documents with one speaker per person: each document's people are merged in the
 * {@link SpeakerDirectory} (Ri Yong Ho in one outlet and Ri Yong-ho in another are one speaker), and the
 * quotations numbered q1, q2, … in document order.
 */
public final class SpeakerMerge {
  private SpeakerMerge() {}

  /** Everything found, across documents; {@code describedIds} are speakers the texts describe but never name. */
  public record Merged(List<Quote> quotes, List<Speaker> speakers, List<ScareQuote> scareQuotes, List<Warning> warnings,
      Set<String> describedIds) {}

  /** One document's people: for each local person, the directory's cluster (or -1 when never quoted). */
  private record LocalPeople(Document document, DocumentQuotes found, int[] cluster) {}

  /** @param found per document, its quotations and people, or null for a reference (which quotes nobody) */
  public static Merged of(List<Document> documents, List<DocumentQuotes> found) {
    SpeakerDirectory directory = new SpeakerDirectory();
    List<LocalPeople> people = new ArrayList<>();
    int order = 0;
    for (int d = 0; d < documents.size(); d++) {
      DocumentQuotes dq = found.get(d);
      if (dq == null) {
        continue;
      }
      int[] cluster = new int[dq.people().size()];
      Arrays.fill(cluster, -1);
      for (DocumentQuotes.Local q : dq.quotes()) {
        order++;
        if (q.speaker() >= 0 && cluster[q.speaker()] < 0) {
          cluster[q.speaker()] = directory.add(dq.people().get(q.speaker()), order);
        }
      }
      people.add(new LocalPeople(documents.get(d), dq, cluster));
    }
    List<Speaker> speakers = directory.speakers(); // settles the speakers' ids, which idOf then reads
    List<Quote> quotes = new ArrayList<>();
    List<ScareQuote> scare = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    for (LocalPeople lp : people) {
      Document doc = lp.document();
      DocumentQuotes dq = lp.found();
      for (DocumentQuotes.Local q : dq.quotes()) {
        String speakerId = q.speaker() < 0 ? null : directory.idOf(lp.cluster()[q.speaker()]);
        Paragraph para = doc.paragraphs().get(q.paragraph());
        Section section = para.section();
        Position position = new Position(section, section == Section.BODY ? para.number() : 0);
        quotes.add(new Quote("q" + (quotes.size() + 1), doc.id(), q.parts(), textOf(doc.text(), q.parts()),
            q.partial() ? QuoteKind.PARTIAL : QuoteKind.DIRECT, speakerId, q.label(), q.verb(), position,
            q.editorial(), q.evidence()));
      }
      for (Span s : dq.scareQuotes()) {
        scare.add(new ScareQuote(doc.id(), s, s.of(doc.text())));
      }
      for (int w = 0; w < dq.warnings().size(); w++) {
        warnings.add(new Warning(doc.id(), dq.warningOffsets().get(w), dq.warnings().get(w)));
      }
    }
    return new Merged(quotes, speakers, scare, warnings, directory.describedIds());
  }

  private static String textOf(String text, List<Span> parts) {
    StringBuilder b = new StringBuilder();
    for (Span s : parts) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(s.of(text).replaceAll("\\s*\\n\\s*", " "));
    }
    return b.toString();
  }
}
