package app.verbatim.engine.attribution;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.QuoteFinder;
import app.verbatim.engine.text.StructureReader;
import app.verbatim.model.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchPersonsTest {
  @Test
  void dump() throws Exception {
    String f = System.getProperty("scratch.file");
    if (f == null) {
      return;
    }
    String text = Files.readString(Path.of(f));
    List<Paragraph> paragraphs = new StructureReader().read(text, null);
    List<FoundQuote> quotes = new QuoteFinder().find(text, paragraphs).quotes();
    SpeakerResolver r = new SpeakerResolver(text, paragraphs, quotes);
    List<Attribution> a = r.resolve();
    for (Person p : r.persons()) {
      System.out.println("PERSON " + p.displayName() + " roles=" + p.roles + " personLike=" + p.personLike);
    }
    for (int i = 0; i < quotes.size(); i++) {
      String q = quotes.get(i).parts().get(0).of(text);
      System.out.println("QUOTE " + (a.get(i).person() == null ? null : a.get(i).person().displayName()) + " | "
          + a.get(i).sieve() + " | " + (a.get(i).cue() == null ? null : CueGrammar.joinText(a.get(i).cue().np()))
          + " | " + q.substring(0, Math.min(60, q.length())));
    }
  }
}
