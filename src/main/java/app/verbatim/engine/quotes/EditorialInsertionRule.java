package app.verbatim.engine.quotes;

import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reporter's insertions inside a quotation: [bracketed words], and ellipses (…, ..., (…)). */
final class EditorialInsertionRule {
  private static final Pattern EDITORIAL = Pattern.compile("\\[[^\\]\\n]*\\]|\\((?:…|\\.\\s?\\.\\s?\\.)\\)|…|\\.\\s?\\.\\s?\\.");

  /** The insertions in each part, in order. */
  List<Span> find(String text, List<Span> parts) {
    List<Span> editorial = new ArrayList<>();
    for (Span s : parts) {
      Matcher mm = EDITORIAL.matcher(text).region(s.start(), s.end());
      while (mm.find()) {
        editorial.add(new Span(mm.start(), mm.end()));
      }
    }
    return editorial;
  }
}
