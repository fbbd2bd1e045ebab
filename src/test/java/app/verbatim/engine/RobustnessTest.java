package app.verbatim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.DiffSpan;
import app.verbatim.model.Quote;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile text never throws, and every span lies inside its text. */
class RobustnessTest {
  private final VerbatimEngine engine = new VerbatimEngine();

  private static Article article(String text) {
    return new Article("outlet", null, null, null, null, text);
  }

  private static void assertSpansInside(Comparison c) {
    for (Quote q : c.quotes()) {
      int len = c.document(q.documentId()).orElseThrow().text().length();
      Span prev = null;
      for (Span s : q.spans()) {
        assertThat(s.end()).isLessThanOrEqualTo(len);
        if (prev != null) {
          assertThat(s.start()).isGreaterThanOrEqualTo(prev.end());
        }
        prev = s;
      }
      q.editorial().forEach(e -> assertThat(e.end()).isLessThanOrEqualTo(len));
    }
    for (Alignment a : c.alignments()) {
      for (DiffSpan d : a.diff()) {
        assertThat(d.span().end()).isLessThanOrEqualTo(c.document(d.documentId()).orElseThrow().text().length());
      }
    }
  }

  @Test
  void randomTextFromQuoteHeavyAlphabet() {
    Random r = new Random(20181029);
    String alphabet = "ab cd\"“”‘’'«»„‚‹›[]….—–\n\n Said he she Marsh told: , . ? ! א ب 中 😀 \u200f\u202e";
    int[] cps = alphabet.codePoints().toArray();
    for (int it = 0; it < 400; it++) {
      List<Article> arts = new ArrayList<>();
      for (int k = 0; k < 2 + r.nextInt(3); k++) {
        StringBuilder b = new StringBuilder();
        int len = r.nextInt(600);
        for (int i = 0; i < len; i++) {
          if (r.nextInt(15) == 0) {
            b.append(" \"We will, \" she said. ‘x y z’ ");
          } else {
            b.appendCodePoint(cps[r.nextInt(cps.length)]);
          }
        }
        arts.add(article(b.toString()));
      }
      assertSpansInside(engine.compare(arts));
    }
  }

  @Test
  void tenThousandQuoteMarksNoSpacesAndHugeParagraph() {
    Comparison c = engine.compare(List.of(
        article("\"".repeat(10_000) + "“".repeat(5_000) + "’".repeat(5_000)),
        article("x".repeat(200_000)),
        article(" \" a ".repeat(20_000)),
        article("He said \"" + "word ".repeat(30_000))));
    assertSpansInside(c);
    assertThat(c.warnings()).isNotEmpty();
  }

  @Test
  void rightToLeftAndEmojiQuotations() {
    Comparison c = engine.compare(List.of(
        article("قال الوزير: «سنواصل العمل مع شركائنا في المنطقة بلا توقف»\n\n😀 \"We 😀 will win the vote tomorrow,\" she said."),
        article("\"We 😀 will win the vote tomorrow,\" Marsh said. 中文 “引号 里面 的 文字”")));
    assertSpansInside(c);
    assertThat(c.quotes()).anyMatch(q -> q.text().contains("سنواصل"));
    assertThat(c.alignments()).hasSize(1);
  }

  @Test
  void emptyAndBlankArticles() {
    Comparison c = engine.compare(List.of(article(""), article("   \n\n  "), article("No quotes here.")));
    assertThat(c.quotes()).isEmpty();
    assertThat(c.alignments()).isEmpty();
    assertThat(c.focusSpeaker()).isNull();
  }
}
