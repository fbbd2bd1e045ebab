package app.verbatim.engine.record;

import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose words each stretch of a reference holds. A transcript with speaker turns ({@code Q:},
 * {@code HOST:}, {@code MR. RI:}, and the UN verbatim record's {@code The President:} and
 * {@code Mr. Ri Yong Ho (Democratic People's Republic of Korea):}) gives each turn to its speaker; a
 * bulletin in reported form gives the paragraphs after an opener such as {@code He went on:}, and any
 * words in quotation marks, to the speech's speaker; any other text is the speaker's words throughout.
 */
public final class RecordTurns {
  /** A stretch of the reference: its speaker's label as written, or null for the reference's own speaker. */
  public record Turn(String label, Span span) {}

  private static final Pattern CAPS_LABEL = Pattern.compile("^\\s*([A-Z](?:[A-Z.'’\\- ]{0,40}[A-Z.])?)\\s*:\\s+");
  private static final Pattern NAMED_LABEL = Pattern.compile(
      "^\\s*((?:The (?:Acting )?(?:President|Chair|Chairman|Chairperson|Secretary-General|Moderator))"
          + "|(?:(?:Mr|Mrs|Ms|Dr|Madam|Mister)\\.? [^:()\\n]{1,60}?(?: \\([^)\\n]{1,100}\\))?))\\s*:\\s+");
  private static final Pattern OPENER = Pattern.compile(
      "^\\s*(?:He|She|They|The [\\p{L} -]{1,40}|[A-Z][\\p{L}.-]+(?: [A-Z][\\p{L}.-]+){0,3})"
          + " (?:went on|continued|added|said|stated|declared|noted|stressed|emphasi[sz]ed|pointed out|told [^:]{1,40})"
          + "(?: that)?(?: [^:]{0,40})?:\\s*$");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"\\n]{2,})[”\"]");

  private RecordTurns() {}

  public static List<Turn> read(String text, List<Paragraph> paragraphs) {
    List<Paragraph> body = paragraphs.stream()
        .filter(p -> p.section() != Section.BOILERPLATE && !(p.section() == Section.HEADLINE && isTitle(text, p))).toList();
    long labelled = body.stream().filter(p -> label(text, p) != null).count();
    if (labelled >= 2) {
      return turns(text, body);
    }
    boolean bulletin = body.stream().anyMatch(p -> OPENER.matcher(p.span().of(text)).matches());
    if (bulletin) {
      return reported(text, body);
    }
    List<Turn> out = new ArrayList<>();
    body.forEach(p -> out.add(new Turn(null, p.span())));
    return out;
  }

  private static List<Turn> turns(String text, List<Paragraph> body) {
    List<Turn> out = new ArrayList<>();
    String current = null;
    for (Paragraph p : body) {
      Matcher m = labelMatcher(text, p);
      if (m != null) {
        current = m.group(1).strip();
        int from = p.span().start() + m.end();
        if (from < p.span().end()) {
          out.add(new Turn(current, new Span(from, p.span().end())));
        }
      } else if (current != null) {
        out.add(new Turn(current, p.span())); // a turn runs on over paragraphs until the next label
      }
    }
    return out;
  }

  private static List<Turn> reported(String text, List<Paragraph> body) {
    List<Turn> out = new ArrayList<>();
    boolean speaking = false;
    for (Paragraph p : body) {
      String words = p.span().of(text);
      if (OPENER.matcher(words).matches()) {
        speaking = true;
      } else if (speaking) {
        out.add(new Turn(null, p.span()));
      } else {
        Matcher q = QUOTED.matcher(words);
        while (q.find()) {
          out.add(new Turn(null, new Span(p.span().start() + q.start(1), p.span().start() + q.end(1))));
        }
      }
    }
    return out;
  }

  /** A title ("Address by the Minister to the Summit") ends without a stop; a record's first sentence has one. */
  private static boolean isTitle(String text, Paragraph p) {
    String words = p.span().of(text).strip();
    return !(words.endsWith(".") || words.endsWith("!") || words.endsWith("?") || words.endsWith("”")
        || words.endsWith("\""));
  }

  static String label(String text, Paragraph p) {
    Matcher m = labelMatcher(text, p);
    return m == null ? null : m.group(1).strip();
  }

  private static Matcher labelMatcher(String text, Paragraph p) {
    String words = p.span().of(text);
    for (Pattern pattern : List.of(NAMED_LABEL, CAPS_LABEL)) {
      Matcher m = pattern.matcher(words);
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }
}
