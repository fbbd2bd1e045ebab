package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Role X, wearing …, said he …": a participle's aside does not hide the subject from the pronoun after it. */
class ParticipleAsideSubjectTest {

  @Test
  void thePronounMeansTheSubjectBeforeAParticiplesAside() {
    List<Attribution> out = SieveFixture.resolveText(SieveFixture.HEADLINE
        + "The storm hit the coast and Mayor Bill Orton spoke about it at length.\n\n"
        + "Farm delegate Tim Vance, wearing a shirt covered in ribbons, said he was proud of the prize. "
        + "“It is the best pig in the county,” he said.");
    assertThat(SieveFixture.who(out.get(out.size() - 1))).isEqualTo("Tim Vance");
  }
}
