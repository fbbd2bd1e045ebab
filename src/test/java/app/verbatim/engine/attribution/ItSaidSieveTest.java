package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "…," it said: the body that opens the sentence before, the body that spoke before, or nobody. */
class ItSaidSieveTest {

  private static ItSaidSieve sieve(SieveFixture f) {
    BeforeQuoteSieve before = new BeforeQuoteSieve(f.ctx);
    NamedSieve named = new NamedSieve(f.ctx);
    ContinuationSieve continuation = new ContinuationSieve(f.ctx, before, c -> {
      Attribution a = named.resolve(c);
      return a == null ? Attribution.NONE : a;
    });
    return new ItSaidSieve(f.ctx, continuation);
  }

  private static Cue cueOf(SieveFixture f, String words) {
    return new AfterQuoteSieve(f.ctx).find(f.quote(words));
  }

  @Test
  void itIsTheBodyThatOpensTheSentenceBefore() {
    SieveFixture f = new SieveFixture("The Dyke Authority, which runs the sluices, was unmoved. "
        + "“The levels are safe,” it said.");
    Cue cue = cueOf(f, "levels are safe");
    Attribution a = sieve(f).apply(f.index("levels are safe"), cue, Attribution.NONE, List.of());
    assertThat(SieveFixture.who(a)).isEqualTo("Dyke Authority");
    assertThat(a.person().personLike).isFalse();
    assertThat(a.label()).isEqualTo("it");
    assertThat(a.verb()).isEqualTo("said");
    assertThat(a.sieve()).isEqualTo("organisation");
  }

  @Test
  void aBoardOpeningTheSentenceBeforeIsTheBody() {
    SieveFixture f = new SieveFixture("The Fenland Water Board, which runs the dykes, stayed calm. "
        + "“The levels are safe,” it said.");
    Attribution a = sieve(f).apply(f.index("levels are safe"), cueOf(f, "levels are safe"), Attribution.NONE, List.of());
    assertThat(SieveFixture.who(a)).isEqualTo("Fenland Water Board");
  }

  @Test
  void aSentenceOpeningWithAPersonGivesNoBody() {
    SieveFixture f = new SieveFixture("Tomas Varga visited the dykes on Monday. "
        + "“The levels are safe,” it said.");
    Cue cue = cueOf(f, "levels are safe");
    Attribution a = sieve(f).apply(f.index("levels are safe"), cue, Attribution.NONE, List.of());
    assertThat(a.person()).isNull();
    assertThat(a.label()).isEqualTo("it");
    assertThat(a.sieve()).isEqualTo("organisation");
  }

  @Test
  void withoutABodyBeforeItTakesTheBodyThatSpokeTheQuotationBefore() {
    SieveFixture f = new SieveFixture("The Dyke Authority, which runs the sluices, was unmoved. "
        + "“The levels are safe,” it said. “And the pumps are working,” it said.");
    ItSaidSieve s = sieve(f);
    List<Attribution> done = new ArrayList<>();
    done.add(s.apply(f.index("levels are safe"), cueOf(f, "levels are safe"), Attribution.NONE, done));
    assertThat(SieveFixture.who(done.get(0))).isEqualTo("Dyke Authority");
    Attribution second = s.apply(f.index("pumps are working"), cueOf(f, "pumps are working"), Attribution.NONE, done);
    assertThat(SieveFixture.who(second)).isEqualTo("Dyke Authority");
  }

  @Test
  void aPersonWhoSpokeBeforeIsNoBodyForIt() {
    SieveFixture f = new SieveFixture("“We stay,” Tomas Varga said. “The levels are safe,” it said.");
    ItSaidSieve s = sieve(f);
    Person varga = f.ctx.persons().stream().filter(p -> p.displayName().equals("Tomas Varga")).findFirst().orElseThrow();
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = s.apply(f.index("levels are safe"), cueOf(f, "levels are safe"), Attribution.NONE, done);
    assertThat(a.person()).isNull();
    assertThat(a.sieve()).isEqualTo("organisation");
  }

  @Test
  void aNamedCueIsLeftAlone() {
    SieveFixture f = new SieveFixture("The Marsh Water Board stayed calm. “The levels are safe,” Tomas Varga said.");
    Attribution given = Attribution.NONE;
    Attribution a = sieve(f).apply(f.index("levels are safe"), cueOf(f, "levels are safe"), given, List.of());
    assertThat(a).isSameAs(given);
  }

  @Test
  void anAttributionThatAlreadyHasAPersonIsLeftAlone() {
    SieveFixture f = new SieveFixture("Tomas Varga spoke. The Marsh Water Board stayed calm. "
        + "“The levels are safe,” it said.");
    Person varga = f.ctx.persons().stream().filter(p -> p.displayName().equals("Tomas Varga")).findFirst().orElseThrow();
    Attribution given = new Attribution(varga, "Varga", "said");
    Attribution a = sieve(f).apply(f.index("levels are safe"), cueOf(f, "levels are safe"), given, List.of());
    assertThat(a).isSameAs(given);
  }

  @Test
  void noCueIsLeftAlone() {
    SieveFixture f = new SieveFixture("The Marsh Water Board stayed calm. “The levels are safe.”");
    Attribution a = sieve(f).apply(f.index("levels are safe"), null, Attribution.NONE, List.of());
    assertThat(a).isSameAs(Attribution.NONE);
  }

  @Test
  void theSieveIdIsOrganisation() {
    SieveFixture f = new SieveFixture("“The levels are safe,” it said.");
    assertThat(sieve(f).id()).isEqualTo("organisation");
  }
}
