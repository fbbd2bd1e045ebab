package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** compare --reference FILE measures every quotation against the record and says so in the summary. */
class ReferenceOptionTest {
  private static String record(String name) {
    try {
      return Path.of(ReferenceOptionTest.class.getResource("/fixtures/record/" + name).toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSummaryGivesEachOutletsFidelityAndEachQuotationsChanges() {
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", record("harbor-daily.txt"), record("coastal-wire.txt"),
        "--reference", record("speech.txt"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("AGAINST THE RECORD — speech (d3)", "silent omission",
        "left out without a mark: “in five years, and we did so”", "changed: “nothing but” for the record’s “only”");
  }

  @Test
  void oneArticleAndAReferenceAreEnough() {
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", record("harbor-daily.txt"), "--reference",
        record("speech.txt"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("harbor-daily q1 — verbatim");
  }

  @Test
  void withoutAnyArticleItIsAUsageError() {
    CliRun run = CliRun.of(new VerbatimEngine(), "compare", "--reference", record("speech.txt"));
    assertThat(run.exit()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("needs at least two articles");
  }
}
