package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An aside after the closing mark whose closing comma is missing: the name still speaks. */
class UnclosedAsideStepTest {

  private static String after(SieveFixture f, String words) {
    return SieveFixture.phrase(new AfterQuoteSieve(f.ctx).find(f.quote(words)));
  }

  @Test
  void aDescriptionThenTheNameWithoutItsClosingComma() {
    SieveFixture f = new SieveFixture("“The bakery was her whole life,” an old neighbour, Petra Halvorsen told"
        + " the Morning Ledger. “She opened it at dawn every day.”");
    assertThat(after(f, "whole life")).isEqualTo("Petra Halvorsen");
  }

  @Test
  void aNameThenADescriptionWithoutItsClosingComma() {
    SieveFixture f = new SieveFixture("“The numbers do not add up,” Oskar Lindqvist, the analyst who runs the"
        + " Harbor Survey wrote on Sunday.");
    assertThat(after(f, "do not add up")).isEqualTo("Oskar Lindqvist");
  }

  @Test
  void aRelativeClauseThenTheVerbWithoutAComma() {
    SieveFixture f = new SieveFixture("“We will fight on,” Mira Salonen, who is chair of the Coastal Fund said in"
        + " a statement.");
    assertThat(after(f, "fight on")).isEqualTo("Mira Salonen");
  }

  @Test
  void aVerbOfTheRelativeClauseIsNotTheReportingVerb() {
    SieveFixture f = new SieveFixture("“We will fight on,” Mira Salonen, the woman who said nothing else for"
        + " the whole afternoon of the vote.");
    assertThat(after(f, "fight on")).isNull();
  }
}
