package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unattributed headline quotation takes the speaker of the body quotation holding its words. */
class HeadlineEchoSieveTest {

  private static final String OPENING = "The session opened in the morning with a long list of items to discuss.\n\n";

  private static Person person(SieveFixture f, String name) {
    return f.ctx.persons().stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
  }

  /** Every quotation unattributed but the one holding {@code words}, given to {@code name}. */
  private static List<Attribution> out(SieveFixture f, String words, String name) {
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < f.ctx.quotes().size(); i++) {
      out.add(Attribution.NONE);
    }
    out.set(f.index(words), new Attribution(person(f, name), name, "said"));
    return out;
  }

  @Test
  void theHeadlineQuotationTakesTheSpeakerOfTheBodyQuotationItRepeats() {
    SieveFixture f = new SieveFixture("Quay plan: “we will keep every quay open”\n\n" + OPENING
        + "“We will keep every quay open, whatever the board decides,” Tomas Varga said.", false);
    List<Attribution> out = out(f, "whatever the board", "Tomas Varga");
    assertThat(f.ctx.quotes()).hasSize(2);
    assertThat(f.index("whatever the board")).isEqualTo(1);
    new HeadlineEchoSieve(f.ctx).apply(out);
    assertThat(SieveFixture.who(out.get(0))).isEqualTo("Tomas Varga");
    assertThat(out.get(0).sieve()).isEqualTo("headline-echo");
    var body = f.ctx.quotes().get(1);
    assertThat(out.get(0).named().start()).isEqualTo(body.start());
    assertThat(out.get(0).named().end()).isEqualTo(body.end());
  }

  @Test
  void punctuationAndCaseDoNotMatter() {
    SieveFixture f = new SieveFixture("Quay plan: “We will Keep EVERY quay open!”\n\n" + OPENING
        + "“We will keep every quay - open, whatever the board decides,” Tomas Varga said.", false);
    List<Attribution> out = out(f, "whatever the board", "Tomas Varga");
    new HeadlineEchoSieve(f.ctx).apply(out);
    assertThat(SieveFixture.who(out.get(0))).isEqualTo("Tomas Varga");
  }

  @Test
  void wordsTheBodyDoesNotQuoteGiveNoSpeaker() {
    SieveFixture f = new SieveFixture("Quay plan: “we will close every quay by May”\n\n" + OPENING
        + "“We will keep every quay open, whatever the board decides,” Tomas Varga said.", false);
    List<Attribution> out = out(f, "whatever the board", "Tomas Varga");
    new HeadlineEchoSieve(f.ctx).apply(out);
    assertThat(out.get(0)).isSameAs(Attribution.NONE);
  }

  @Test
  void aHeadlineQuotationOfFewerThanThreeWordsIsLeftAlone() {
    SieveFixture f = new SieveFixture("Dockers’ chief vows to “stand firm”\n\n" + OPENING
        + "“We will stand firm, whatever the board decides,” Tomas Varga said.", false);
    List<Attribution> out = out(f, "whatever the board", "Tomas Varga");
    assertThat(f.ctx.quotes()).hasSize(2);
    new HeadlineEchoSieve(f.ctx).apply(out);
    assertThat(out.get(0)).isSameAs(Attribution.NONE);
  }

  @Test
  void anAttributedHeadlineQuotationKeepsItsSpeaker() {
    SieveFixture f = new SieveFixture("Hanne Roos: “we will keep every quay open”\n\n" + OPENING
        + "Hanne Roos spoke first. “We will keep every quay open, whatever the board decides,” Tomas Varga said.", false);
    List<Attribution> out = out(f, "whatever the board", "Tomas Varga");
    Attribution roos = new Attribution(person(f, "Hanne Roos"), "Hanne Roos", null);
    out.set(0, roos);
    new HeadlineEchoSieve(f.ctx).apply(out);
    assertThat(out.get(0)).isSameAs(roos);
  }

  @Test
  void aBodyQuotationIsNoEchoOfAnotherBodyQuotation() {
    SieveFixture f = new SieveFixture("“We will keep every quay open, whatever the board decides,” Tomas Varga said.\n\n"
        + "Later the crowd chanted “we will keep every quay open” outside the hall.");
    List<Attribution> out = out(f, "whatever the board", "Tomas Varga");
    assertThat(f.ctx.quotes()).hasSize(2);
    new HeadlineEchoSieve(f.ctx).apply(out);
    assertThat(out.get(1)).isSameAs(Attribution.NONE);
  }
}
