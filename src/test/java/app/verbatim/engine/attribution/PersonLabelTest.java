package app.verbatim.engine.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence opener glued to a name by its capital is no part of the name a speaker is known by. */
class PersonLabelTest {

  @Test
  void aSentenceOpenerIsDroppedFromTheAlias() {
    Person p = new Person();
    p.addLabel("But Orton");
    p.addLabel("When Mayor Orton");
    p.addLabel("And");
    assertThat(p.labels).containsExactly("Orton", "Mayor Orton");
  }

  @Test
  void theAliasesOfASpeakerInThePipelineHoldNoOpener() {
    java.util.List<Attribution> out = SieveFixture.resolveText(SieveFixture.HEADLINE + "Mayor Tom Orton opened the fair.\n\n"
        + "But Orton said: “The pigs are the best in the county this year.”");
    assertThat(out.get(out.size() - 1).person().labels).contains("Orton").doesNotContain("But Orton");
  }
}
