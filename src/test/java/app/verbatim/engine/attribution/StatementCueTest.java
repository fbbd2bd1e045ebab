package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The issuer of a document the quotation gives: "X released the following statement: “…”". */
class StatementCueTest {

  @Test
  void theIssuerBeforeTheVerbSpeaksNotTheFirstNameOfTheSentence() {
    SieveFixture f = new SieveFixture("When Tom Orton retired, Governor Ann Keller released the following statement: "
        + "“We thank him for forty years at the mill.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("forty years"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Governor Ann Keller");
  }

  @Test
  void aStatementAfterAnOpeningPhraseAndAComma() {
    SieveFixture f = new SieveFixture("Soon after the vote, Ann Keller issued a statement, “The count was fair to all.”");
    Cue cue = new BeforeQuoteSieve(f.ctx).find(f.quote("count was fair"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Ann Keller");
  }

  @Test
  void theStatementColonEndingTheParagraphBefore() {
    SieveFixture f = new SieveFixture("After the storm, the Harbour Board issued the following statement:\n\n"
        + "“The piers will reopen within a week.”");
    Cue cue = new ColonParagraphSieve(f.ctx, new BeforeQuoteSieve(f.ctx)).find(f.quote("piers will reopen"));
    assertThat(SieveFixture.phrase(cue)).isEqualTo("Harbour Board");
  }
}
