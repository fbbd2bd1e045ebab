package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.text.Tokenizer;
import app.verbatim.engine.text.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People who share a surname: whom a bare surname may mean, which one a gendered title picks, the principal. */
class SharedSurnamesTest {

  private static List<Word> words(String s) {
    return Tokenizer.withPunctuation(s, 0, s.length());
  }

  private static String who(Person p) {
    return p == null ? null : p.displayName();
  }

  private static final String TWO_BAIRDS = "Tom Baird said one thing on the quay. Rosa Baird said another in the hall.";

  @Test
  void aBareSurnameFitsEveryoneWhoBearsIt() {
    SieveFixture f = new SieveFixture(TWO_BAIRDS);
    List<Person> c = new SharedSurnames(f.ctx).candidates(words("Baird"));
    assertThat(c).extracting(Person::displayName).containsExactly("Tom Baird", "Rosa Baird");
  }

  @Test
  void aFullNameOrPossessiveFitsOnlyItsBearer() {
    SieveFixture f = new SieveFixture(TWO_BAIRDS);
    SharedSurnames s = new SharedSurnames(f.ctx);
    assertThat(s.candidates(words("Rosa Baird"))).extracting(Person::displayName).containsExactly("Rosa Baird");
    assertThat(s.candidates(words("Tom Baird’s"))).extracting(Person::displayName).containsExactly("Tom Baird");
  }

  @Test
  void anUnknownSurnameFitsNoOne() {
    SieveFixture f = new SieveFixture(TWO_BAIRDS);
    assertThat(new SharedSurnames(f.ctx).candidates(words("Varga"))).isEmpty();
  }

  @Test
  void aGenderedTitlePicksTheOneOfThatGender() {
    SieveFixture f = new SieveFixture(TWO_BAIRDS);
    SharedSurnames s = new SharedSurnames(f.ctx);
    assertThat(who(s.byTitleGender(words("Baird"), words("Mrs.")))).isEqualTo("Rosa Baird");
    assertThat(who(s.byTitleGender(words("Baird"), words("Mr.")))).isEqualTo("Tom Baird");
  }

  @Test
  void aTitleWithoutGenderPicksNoOne() {
    SieveFixture f = new SieveFixture(TWO_BAIRDS);
    assertThat(new SharedSurnames(f.ctx).byTitleGender(words("Baird"), words("Dr."))).isNull();
  }

  @Test
  void aGenderedTitleThatFitsTwoPicksNoOne() {
    SieveFixture f = new SieveFixture("Tom Baird said one thing on the quay. Peter Baird said another in the hall.");
    assertThat(new SharedSurnames(f.ctx).byTitleGender(words("Baird"), words("Mr."))).isNull();
  }

  @Test
  void theGenderOfANameComesFromTheGivenName() {
    SieveFixture f = new SieveFixture(TWO_BAIRDS);
    Person rosa = f.ctx.persons().stream().filter(p -> p.displayName().equals("Rosa Baird")).findFirst().orElseThrow();
    assertThat(new SharedSurnames(f.ctx).genderOfName(rosa)).isEqualTo(Person.Gender.FEMALE);
  }

  private static final String PRINCIPAL = "Tomas Varga opened the session, and Tomas Varga closed it.\n\n"
      + "Ilse Varga, a teacher, watched from the gallery.\n\n"
      + "The hall emptied slowly after the vote.\n\n"
      + "Nobody else spoke to the reporters outside.\n\n"
      + "Later, Varga went home.";

  @Test
  void theOneIntroducedFirstAndMentionedMostIsThePrincipal() {
    SieveFixture f = new SieveFixture(PRINCIPAL);
    int at = f.ctx.text().indexOf("Varga went home");
    assertThat(who(new SharedSurnames(f.ctx).principal(words("Varga"), at))).isEqualTo("Tomas Varga");
  }

  @Test
  void anotherNamedInFullJustBeforeLeavesThePrincipalOpen() {
    SieveFixture f = new SieveFixture(PRINCIPAL);
    int at = f.ctx.text().indexOf("The hall emptied");
    assertThat(new SharedSurnames(f.ctx).principal(words("Varga"), at)).isNull();
  }

  @Test
  void onlyABareSurnameHasAPrincipal() {
    SieveFixture f = new SieveFixture(PRINCIPAL);
    int at = f.ctx.text().indexOf("Varga went home");
    assertThat(new SharedSurnames(f.ctx).principal(words("Tomas Varga"), at)).isNull();
    assertThat(new SharedSurnames(f.ctx).principal(words("Baird"), at)).isNull();
  }

  @Test
  void theOneTheParagraphNamesInFullAsASubjectIsMeant() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Rosa Baird opened the hearing. Tom Baird, her husband, sat at the back.\n\n"
        + "“The harbour must stay open,” Rosa Baird said.\n\n"
        + "Tom Baird spoke with voters at the gate before the vote. At one point, a woman asked for a photo and"
        + " Baird said, “as long as we are not breaking any rules.”");
    assertThat(SieveFixture.who(a.get(1))).isEqualTo("Tom Baird");
  }

  @Test
  void aNameInFullThatIsNoSubjectPicksNoOne() {
    List<Attribution> a = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "Rosa Baird opened the hearing. Tom Baird, her husband, sat at the back.\n\n"
        + "“The harbour must stay open,” Rosa Baird said.\n\n"
        + "The mayor wrote to the council about a visit by Tom Baird to the port. Later, Baird said, “as long as we are"
        + " not breaking any rules.”");
    assertThat(SieveFixture.who(a.get(1))).isNull();
  }
}
