package app.verbatim.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommonWordsTest {
  /** The textbook table, as the aligner had it: the reference the Myers diff must agree with. */
  private static int table(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.size()][b.size()];
  }

  @Test
  void countsTheWordsInOrderThatTwoWordingsShare() {
    assertThat(CommonWords.inOrder(List.of("we", "will", "not", "retreat"), List.of("we", "shall", "not", "retreat")))
        .isEqualTo(3);
    assertThat(CommonWords.inOrder(List.of("a", "b", "c"), List.of("c", "b", "a"))).isEqualTo(1);
    assertThat(CommonWords.inOrder(List.of(), List.of("a"))).isZero();
    assertThat(CommonWords.inOrder(List.of("a", "b"), List.of("a", "b"))).isEqualTo(2);
  }

  @Test
  void agreesWithTheTableOnRandomWordings() {
    Random r = new Random(7);
    for (int n = 0; n < 2000; n++) {
      List<String> a = words(r, r.nextInt(30));
      List<String> b = r.nextBoolean() ? words(r, r.nextInt(30)) : edited(r, a);
      assertThat(CommonWords.inOrder(a, b)).as("%s / %s", a, b).isEqualTo(table(a, b));
    }
  }

  private static List<String> words(Random r, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("w" + r.nextInt(6));
    }
    return out;
  }

  private static List<String> edited(Random r, List<String> a) {
    List<String> out = new ArrayList<>(a);
    for (int k = r.nextInt(5); k > 0; k--) {
      int at = out.isEmpty() ? 0 : r.nextInt(out.size());
      int kind = out.isEmpty() ? 0 : r.nextInt(3);
      if (kind == 0) {
        out.add(at, "x" + r.nextInt(3));
      } else if (kind == 1) {
        out.remove(at);
      } else {
        out.set(at, "y");
      }
    }
    return out;
  }
}
