package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.quotes.FoundQuote;
import app.verbatim.engine.quotes.QuoteFinder;
import app.verbatim.engine.text.StructureReader;
import app.verbatim.model.Paragraph;
import app.verbatim.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation without a cue of its own goes on with a speaker only where the text supports it. */
class ContinuationSieveTest {

  private static ContinuationSieve sieve(SieveFixture f) {
    NamedSieve named = new NamedSieve(f.ctx);
    return new ContinuationSieve(f.ctx, new BeforeQuoteSieve(f.ctx), c -> {
      Attribution a = named.resolve(c);
      return a == null ? Attribution.NONE : a;
    });
  }

  private static Person person(SieveFixture f, String name) {
    return f.ctx.persons().stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theSentenceBeforeThatReportsAPersonsWordsGoesOnWithThem() {
    SieveFixture f = new SieveFixture("Tomas Varga said the dockers were ready for a long fight. "
        + "“We have strike funds for a year.”");
    Attribution a = sieve(f).apply(f.index("strike funds"), null, Attribution.NONE, List.of());
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
    assertThat(a.sieve()).isEqualTo("continuation");
    assertThat(a.cue()).isNull();
  }

  @Test
  void aGestureInTheSentenceBeforeGivesTheSpeaker() {
    SieveFixture f = new SieveFixture("Hanne Roos met the dockers on the quay. Hanne Roos shrugged. "
        + "“Ask me again on Friday.”");
    Attribution a = sieve(f).apply(f.index("Ask me again"), null, Attribution.NONE, List.of());
    assertThat(SieveFixture.who(a)).isEqualTo("Hanne Roos");
  }

  @Test
  void anEarlierQuotationOfTheParagraphGivesItsSpeakerAndAnElidedVerbIsKept() {
    SieveFixture f = new SieveFixture("“We stay on the quay,” Tomas Varga said, and urged “calm on all sides.”");
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("calm on all sides"), null, Attribution.NONE, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
    assertThat(a.verb()).isEqualTo("urged");
    assertThat(a.sieve()).isEqualTo("continuation");
  }

  @Test
  void aColonAfterSomeoneUnknownMeansSomeoneElseSpeaks() {
    SieveFixture f = new SieveFixture("“We stay on the quay,” Tomas Varga said. His deputy was more cautious: "
        + "“We may have to leave by winter.”");
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("leave by winter"), null, Attribution.NONE, done);
    assertThat(a.person()).isNull();
  }

  @Test
  void aParagraphOfQuotationOnlyGoesOnWithTheSpeakerOfTheParagraphBefore() {
    SieveFixture f = new SieveFixture("“We have the votes,” Tomas Varga said after the count.\n\n"
        + "“And we will use them before the summer.”");
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("use them before"), null, Attribution.NONE, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
  }

  @Test
  void aCaptionBetweenDoesNotBreakTheContinuation() {
    SieveFixture f = new SieveFixture("“We have the votes,” Tomas Varga said after the count.\n\n"
        + "Photo: the quay at dawn before the vote\n\n"
        + "“And we will use them before the summer.”");
    assertThat(f.ctx.paragraphs().get(f.ctx.quotes().get(f.index("use them")).paragraph() - 1).section())
        .isEqualTo(Section.CAPTION);
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("use them before"), null, Attribution.NONE, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
  }

  @Test
  void pageFurnitureBetweenDoesNotBreakTheContinuation() {
    SieveFixture f = new SieveFixture("“We have the votes,” Tomas Varga said after the count.\n\n"
        + "Advertisement\n\n"
        + "“And we will use them before the summer.”");
    assertThat(f.ctx.paragraphs().get(f.ctx.quotes().get(f.index("use them")).paragraph() - 1).section())
        .isEqualTo(Section.BOILERPLATE);
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("use them before"), null, Attribution.NONE, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Tomas Varga");
  }

  @Test
  void aHeadingBetweenEndsTheContinuation() {
    // the reader never puts a heading between two body paragraphs today; the sieve must not go on
    // across one if it ever does: the part after a heading may quote anyone
    String text = SieveFixture.HEADLINE + "“We have the votes,” Tomas Varga said after the count.\n\n"
        + "What the union wants\n\n"
        + "“And we will use them before the summer.”";
    List<Paragraph> read = new StructureReader().read(text, null);
    List<Paragraph> paragraphs = new ArrayList<>(read);
    int heading = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).span().of(text).startsWith("What the union")) {
        heading = i;
      }
    }
    paragraphs.set(heading, new Paragraph(0, paragraphs.get(heading).span(), Section.SUBHEADING));
    List<FoundQuote> quotes = new QuoteFinder().find(text, paragraphs).quotes();
    AttributionContext ctx = new AttributionContext(text, paragraphs, quotes);
    new PeopleReader(ctx).collectPeople();
    Person varga = ctx.persons().stream().filter(p -> "Tomas Varga".equals(p.displayName())).findFirst().orElseThrow();
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    ContinuationSieve sieve = new ContinuationSieve(ctx, new BeforeQuoteSieve(ctx), c -> Attribution.NONE);
    Attribution a = sieve.apply(quotes.size() - 1, null, Attribution.NONE, done);
    assertThat(quotes.get(quotes.size() - 1).paragraph()).isEqualTo(heading + 1);
    assertThat(a.person()).isNull();
  }

  @Test
  void someoneNamedSpeakingAfterTheLastQuotationHasTheFloor() {
    SieveFixture f = new SieveFixture("“We have the votes,” Tomas Varga said. Hanne Roos said the union would "
        + "think about it.\n\n“We need a week to decide.”");
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("need a week"), null, Attribution.NONE, done);
    assertThat(SieveFixture.who(a)).isEqualTo("Hanne Roos");
  }

  @Test
  void aProseParagraphWithAQuotedPhraseDoesNotGoOnWithTheSpeakerBefore() {
    SieveFixture f = new SieveFixture("“We have the votes,” Tomas Varga said.\n\n"
        + "The vote was postponed until the spring, and the hall emptied within minutes of the news.\n\n"
        + "Outside, the placards showed “a gift to the lobbyists” in red paint.");
    Person varga = person(f, "Tomas Varga");
    List<Attribution> done = List.of(new Attribution(varga, "Tomas Varga", "said"));
    Attribution a = sieve(f).apply(f.index("gift to the lobbyists"), null, Attribution.NONE, done);
    assertThat(a.person()).isNull();
  }

  @Test
  void aQuotationWithACueIsLeftAlone() {
    SieveFixture f = new SieveFixture("Tomas Varga said the dockers were ready. “We have strike funds,” Hanne Roos said.");
    Cue cue = new AfterQuoteSieve(f.ctx).find(f.quote("strike funds"));
    Attribution given = new Attribution(null, "Hanne Roos", "said");
    assertThat(sieve(f).apply(f.index("strike funds"), cue, given, List.of())).isSameAs(given);
  }

  @Test
  void aQuotationAlreadyAttributedIsLeftAlone() {
    SieveFixture f = new SieveFixture("Tomas Varga said the dockers were ready. Hanne Roos spoke next. "
        + "“We have strike funds.”");
    Attribution given = new Attribution(person(f, "Hanne Roos"), "Roos", null);
    assertThat(sieve(f).apply(f.index("strike funds"), null, given, List.of())).isSameAs(given);
  }
}
