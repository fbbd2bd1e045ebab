package app.verbatim.engine.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;

/**
 * How many words two word lists have in common, in order: the length of their longest common
 * subsequence, from java-diff-utils' Myers diff (a shortest edit script leaves exactly a longest common
 * subsequence). Linear when the lists are nearly the same, so a whole transcript quoted twice stays cheap.
 */
public final class CommonWords {
  private CommonWords() {}

  public static int inOrder(List<String> a, List<String> b) {
    if (a.equals(b)) {
      return a.size();
    }
    int changed = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      changed += d.getSource().size();
    }
    return a.size() - changed;
  }
}
