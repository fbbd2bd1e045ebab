package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "…," the statement said: the statement speaks for whoever issued it, or for nobody. */
class DocumentIssuerSieveTest {

  private static Person person(SieveFixture f, String name) {
    return f.ctx.persons().stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
  }

  private static Cue cueOf(SieveFixture f, String words) {
    return new AfterQuoteSieve(f.ctx).find(f.quote(words));
  }

  @Test
  void theStatementSpeaksForWhoeverIssuedItEarlier() {
    SieveFixture f = new SieveFixture("“We reject the audit,” Tomas Varga said in a statement.\n\n"
        + "“The figures are wrong,” the statement said.");
    List<Attribution> done = List.of(new Attribution(person(f, "Tomas Varga"), "Tomas Varga", "said"));
    Attribution given = new Attribution(null, "the statement", "said");
    Attribution a = new DocumentIssuerSieve(f.ctx).apply(f.index("figures are wrong"), cueOf(f, "figures are wrong"),
        given, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
    assertThat(a.sieve()).isEqualTo("document");
    assertThat(a.label()).isEqualTo("the statement");
    assertThat(a.verb()).isEqualTo("said");
  }

  @Test
  void theIssuerIsTheLatestSpeakerWhoseSentenceNamesThatDocument() {
    SieveFixture f = new SieveFixture("“We reject the audit,” Tomas Varga said in a statement. "
        + "“We welcome it,” Hanne Roos said on the radio.\n\n"
        + "“The figures are wrong,” the statement said.");
    List<Attribution> done = List.of(new Attribution(person(f, "Tomas Varga"), "Tomas Varga", "said"),
        new Attribution(person(f, "Hanne Roos"), "Hanne Roos", "said"));
    Attribution a = new DocumentIssuerSieve(f.ctx).apply(f.index("figures are wrong"), cueOf(f, "figures are wrong"),
        Attribution.NONE, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
  }

  @Test
  void anotherKindOfDocumentIssuesNothing() {
    SieveFixture f = new SieveFixture("“We reject the audit,” Tomas Varga said in a letter.\n\n"
        + "“The figures are wrong,” the statement said.");
    List<Attribution> done = List.of(new Attribution(person(f, "Tomas Varga"), "Tomas Varga", "said"));
    Attribution a = new DocumentIssuerSieve(f.ctx).apply(f.index("figures are wrong"), cueOf(f, "figures are wrong"),
        Attribution.NONE, done);
    assertThat(a.person()).isNull();
    assertThat(a.sieve()).isEqualTo("document");
  }

  @Test
  void aStatementWithNoIssuerBeforeSpeaksForNobody() {
    SieveFixture f = new SieveFixture("“The figures are wrong,” the statement said.");
    Attribution a = new DocumentIssuerSieve(f.ctx).apply(f.index("figures are wrong"), cueOf(f, "figures are wrong"),
        Attribution.NONE, List.of());
    assertThat(a.person()).isNull();
    assertThat(a.sieve()).isEqualTo("document");
  }

  @Test
  void aCueNamingAPersonIsLeftAlone() {
    SieveFixture f = new SieveFixture("“We reject the audit,” Tomas Varga said in a statement.\n\n"
        + "“The figures are wrong,” Hanne Roos said.");
    Attribution given = new Attribution(null, "Hanne Roos", "said");
    Attribution a = new DocumentIssuerSieve(f.ctx).apply(f.index("figures are wrong"), cueOf(f, "figures are wrong"),
        given, List.of(Attribution.NONE));
    assertThat(a).isSameAs(given);
  }

  @Test
  void noCueIsLeftAlone() {
    SieveFixture f = new SieveFixture("“The figures are wrong.”");
    assertThat(new DocumentIssuerSieve(f.ctx).apply(0, null, Attribution.NONE, List.of())).isSameAs(Attribution.NONE);
  }
}
