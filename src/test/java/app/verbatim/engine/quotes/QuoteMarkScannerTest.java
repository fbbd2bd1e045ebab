package app.verbatim.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters can open or close a quotation, apostrophes told apart by what stands around them. */
class QuoteMarkScannerTest {
  private final QuoteMarkScanner scanner = new QuoteMarkScanner();

  /** Each mark as "position character ROLE", with "(s)" when it may be a plural's apostrophe. */
  private List<String> marks(String text) {
    return scanner.scan(text, 0, text.length()).stream()
        .map(m -> m.pos() + " " + m.ch() + " " + m.role() + (m.maybeApostrophe() ? " (s)" : "")).toList();
  }

  @Test
  void straightDoubleMarksOpenAfterASpaceAndCloseBeforeOne() {
    assertThat(marks("He said \"we go\" today.")).containsExactly("8 \" OPEN", "14 \" CLOSE");
    assertThat(marks("\"Go,\" she said.")).containsExactly("0 \" OPEN", "4 \" CLOSE");
  }

  @Test
  void anInvisibleDirectionMarkBeforeAMarkCountsAsASpace() {
    // pasted comments keep a left-to-right embedding (U+202A) before a right mark typed as the opener
    assertThat(marks("\u202a”Go home,” she wrote.")).containsExactly("1 ” OPEN", "10 ” CLOSE");
  }

  @Test
  void aStraightMarkBetweenSpacesCouldBeEither() {
    assertThat(marks("a \" b")).containsExactly("2 \" EITHER");
  }

  @Test
  void aMarkInsideAWordIsNoQuotationMark() {
    assertThat(marks("He is 5\"10 tall")).isEmpty();
    assertThat(marks("a“b and c”d")).isEmpty();
  }

  @Test
  void curlyDoubleMarksFollowTheirShapeUnlessTheContextSaysOtherwise() {
    assertThat(marks("“Yes,” she said.")).containsExactly("0 “ OPEN", "5 ” CLOSE");
    // a right mark typed at both ends: the first one opens
    assertThat(marks("She said ”yes” twice.")).containsExactly("9 ” OPEN", "13 ” CLOSE");
  }

  @Test
  void germanAndFrenchMarks() {
    assertThat(marks("„Ja“")).containsExactly("0 „ OPEN", "3 “ CLOSE");
    assertThat(marks("« oui »")).containsExactly("0 « OPEN", "6 » CLOSE");
    assertThat(marks("»Wort«")).containsExactly("0 » OPEN", "5 « CLOSE");
    assertThat(marks("‚ja‘")).containsExactly("0 ‚ OPEN", "3 ‘ CLOSE");
    assertThat(marks("‹non›")).containsExactly("0 ‹ OPEN", "4 › CLOSE");
  }

  @Test
  void singleMarksQuoteToo() {
    assertThat(marks("‘Enough,’ he said.")).containsExactly("0 ‘ OPEN", "8 ’ CLOSE");
    assertThat(marks("'Enough,' he said.")).containsExactly("0 ' OPEN", "8 ' CLOSE");
  }

  @Test
  void apostrophesInsideWordsAreNotMarks() {
    assertThat(marks("Don’t touch Varnia’s ports, don't.")).isEmpty();
  }

  @Test
  void anApostropheForDroppedLettersIsNotAMark() {
    assertThat(marks("back in the ’90s")).isEmpty();
    assertThat(marks("back in the '90s")).isEmpty();
    assertThat(marks("give ’em a chance")).isEmpty();
    assertThat(marks("’Tis the season")).isEmpty();
    assertThat(marks("and ’twas so")).isEmpty();
  }

  @Test
  void aRightSingleMarkNeverOpens() {
    assertThat(marks("he said ’hello")).isEmpty();
  }

  @Test
  void aClosingSingleMarkAfterAnSMayBeAPluralsApostrophe() {
    assertThat(marks("the farmers’ union")).containsExactly("11 ’ CLOSE (s)");
    assertThat(marks("the ‘union’ of farms")).containsExactly("4 ‘ OPEN", "10 ’ CLOSE");
  }

  @Test
  void aLeftSingleMarkGluedToAWordOpensWhateverIsBefore() {
    assertThat(marks("He said.‘Yes")).containsExactly("8 ‘ OPEN");
  }

  @Test
  void onlyTheRangeAskedIsScannedAndItsEdgesCountAsSpace() {
    String text = "x\"a\" \"b\"";
    // scanning [2, 4) sees only the mark at 3, and the range's end counts as a space after it
    assertThat(scanner.scan(text, 2, 4)).extracting(QuoteMark::pos, QuoteMark::role)
        .containsExactly(tuple(3, QuoteMark.Role.CLOSE));
    // inside a word the mark is none; at the start of the range it opens, what stands before not seen
    assertThat(scanner.scan("a\"b\"", 0, 4)).extracting(QuoteMark::pos).containsExactly(3);
    assertThat(scanner.scan("a\"b\"", 1, 4)).extracting(QuoteMark::pos, QuoteMark::role).containsExactly(
        tuple(1, QuoteMark.Role.OPEN), tuple(3,
            QuoteMark.Role.CLOSE));
  }

  @Test
  void marksAreTaggedByFamily() {
    assertThat(scanner.scan("“a” ‘b’", 0, 7)).extracting(QuoteMark::family).containsExactly(
        QuoteMark.Family.DOUBLE, QuoteMark.Family.DOUBLE, QuoteMark.Family.SINGLE, QuoteMark.Family.SINGLE);
  }

  @Test
  void spaceIncludesNoBreakSpace() {
    assertThat(QuoteMarkScanner.isSpace('\u00A0')).isTrue();
    assertThat(QuoteMarkScanner.isSpace('\t')).isTrue();
    assertThat(QuoteMarkScanner.isSpace('\u2009')).isTrue(); // thin space
    assertThat(QuoteMarkScanner.isSpace('a')).isFalse();
    assertThat(QuoteMarkScanner.isSpace('"')).isFalse();
  }
}
