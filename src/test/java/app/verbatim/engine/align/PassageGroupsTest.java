package app.verbatim.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Alignment;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.QuotePart;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A group is one passage: a stitched quotation belongs to the group of each passage, with its part. */
class PassageGroupsTest {
  private static final String STITCH = "Talks stall\n\n\"The talks have reached a deadlock because the other side keeps "
      + "moving the goalposts,\" Minister Arlen Voss said. \"Sanctions will never bring our people to their "
      + "knees.\"\n";
  private static final String FIRST = "Minister speaks\n\nMinister Arlen Voss said \"the talks have reached a "
      + "deadlock because the other side keeps moving the goalposts.\"\n";
  private static final String SECOND = "Voss defiant\n\n\"Sanctions will never bring our people to their knees, "
      + "however long they last,\" Minister Arlen Voss said.\n";

  private static Comparison compare(String... texts) {
    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(new Article("Outlet " + (char) ('A' + i), null, null, "en", null, texts[i]));
    }
    return new VerbatimEngine().compare(articles);
  }

  private static Set<String> docsOf(Comparison c, String group) {
    return c.quotesOfGroup(group).stream().map(Quote::documentId).collect(Collectors.toSet());
  }

  @Test
  void aStitchDoesNotChainTwoPassagesIntoOneGroup() {
    Comparison c = compare(STITCH, FIRST, SECOND);
    assertThat(c.groups()).hasSize(2);
    List<String> groups = List.copyOf(c.groups().keySet());
    assertThat(docsOf(c, groups.get(0))).containsExactlyInAnyOrder("d1", "d2");
    assertThat(docsOf(c, groups.get(1))).containsExactlyInAnyOrder("d1", "d3");
  }

  @Test
  void theStitchedQuotationIsMarkedAsAPartInEachGroup() {
    Comparison c = compare(STITCH, FIRST, SECOND);
    Quote stitch = c.quotesOf("d1").get(0);
    List<QuotePart> parts = c.alignments().stream().map(a -> a.partOf(stitch.id())).flatMap(java.util.Optional::stream)
        .toList();
    assertThat(parts).extracting(QuotePart::label).containsExactly("part 1 of 2", "part 2 of 2");
    assertThat(parts.get(0).spans().get(0).of(c.documents().get(0).text())).startsWith("The talks");
    assertThat(parts.get(1).spans().get(0).of(c.documents().get(0).text())).startsWith("Sanctions");
    // the words of the other passage are not "only in" this outlet within the first passage's group
    Alignment first = c.alignments().get(0);
    assertThat(first.diff()).filteredOn(d -> d.documentId().equals("d1"))
        .isNotEmpty().allMatch(d -> d.span().end() <= parts.get(0).spans().get(0).end());
  }

  @Test
  void theListAndTheMarksShowAStitchAsItsPartNotAsAMerger() {
    Comparison c = compare(STITCH, FIRST, SECOND);
    Quote stitch = c.quotesOf("d1").get(0);
    String text = c.documents().get(0).text();
    List<app.verbatim.engine.present.QuotationRow> rows = app.verbatim.engine.present.QuotationRows.of(c);
    assertThat(rows.get(0).wordings().get("d1")).startsWith("The talks").endsWith("(part 1 of 2)")
        .doesNotContain("Sanctions");
    assertThat(rows.get(1).wordings().get("d1")).startsWith("Sanctions").endsWith("(part 2 of 2)");
    String first = app.verbatim.engine.present.QuoteMarker.mark(stitch, text, c.groups().get("g1")).stream()
        .map(app.verbatim.engine.present.Segment::text).reduce("", String::concat);
    assertThat(first).contains("deadlock").doesNotContain("Sanctions");
  }

  @Test
  void aPassageInterruptedByItsAttributionStaysOnePassage() {
    String split = "Defiant\n\n\"We will not disarm,\" Minister Arlen Voss said, \"while the sanctions remain in "
        + "force against our country.\"\n";
    String whole = "Voss speaks\n\nMinister Arlen Voss said: \"We will not disarm while the sanctions remain in force "
        + "against our country.\"\n";
    String firstHalf = "Voss speaks\n\nMinister Arlen Voss told delegates \"we will not disarm\" and left.\n";
    String secondHalf = "Voss speaks\n\n\"The sanctions remain in force against our country,\" Minister Arlen Voss "
        + "said.\n";
    Comparison c = compare(split, whole, firstHalf, secondHalf);
    assertThat(c.groups()).hasSize(1);
    assertThat(c.alignments()).allMatch(a -> a.parts().isEmpty());
  }

  @Test
  void theSameStitchInTwoOutletsIsCutInBothAndLinkedPartByPart() {
    String sameStitch = STITCH.replace("Minister Arlen Voss said", "Voss told reporters");
    Comparison c = compare(STITCH, sameStitch, FIRST, SECOND);
    assertThat(c.groups()).hasSize(2);
    List<String> groups = List.copyOf(c.groups().keySet());
    assertThat(docsOf(c, groups.get(0))).containsExactlyInAnyOrder("d1", "d2", "d3");
    assertThat(docsOf(c, groups.get(1))).containsExactlyInAnyOrder("d1", "d2", "d4");
  }
}
