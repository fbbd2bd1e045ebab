package app.verbatim.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {
  private static final OptionSpec JSON = OptionSpec.value("--json", "OUT", "json");
  private static final OptionSpec LABEL = OptionSpec.repeated("--label", "NAME", "label");
  private static final OptionSpec QUICK = OptionSpec.flag("--quick", "quick");
  private final ArgumentParser parser = new ArgumentParser(List.of(JSON, LABEL, QUICK));

  @Test
  void separatesOperandsFromOptionsWhereverTheyStand() throws UsageException {
    ParsedArguments p = parser.parse(List.of("--label", "A", "a.txt", "--json", "out.json", "b.txt", "--label=B", "--quick"));
    assertThat(p.operands()).containsExactly("a.txt", "b.txt");
    assertThat(p.value(JSON)).contains("out.json");
    assertThat(p.values(LABEL)).containsExactly("A", "B");
    assertThat(p.has(QUICK)).isTrue();
  }

  @Test
  void absentOptions() throws UsageException {
    ParsedArguments p = parser.parse(List.of("a.txt"));
    assertThat(p.value(JSON)).isEmpty();
    assertThat(p.values(LABEL)).isEmpty();
    assertThat(p.has(QUICK)).isFalse();
  }

  @Test
  void doubleDashEndsOptions() throws UsageException {
    ParsedArguments p = parser.parse(List.of("--quick", "--", "--json", "-"));
    assertThat(p.operands()).containsExactly("--json", "-");
    assertThat(p.value(JSON)).isEmpty();
  }

  @Test
  void valuesMayLookOddButNotLikeAKnownOption() throws UsageException {
    assertThat(parser.parse(List.of("--label", "-5 News")).values(LABEL)).containsExactly("-5 News");
    assertThat(parser.parse(List.of("--label=")).values(LABEL)).containsExactly("");
    assertThatThrownBy(() -> parser.parse(List.of("--json", "--quick")))
        .isInstanceOf(UsageException.class).hasMessageContaining("--json needs a value");
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> parser.parse(List.of("--jason", "x"))).hasMessageContaining("did you mean --json?");
    assertThatThrownBy(() -> parser.parse(List.of("-x"))).hasMessageContaining("unknown option '-x'");
    assertThatThrownBy(() -> parser.parse(List.of("--zzzzzzzz"))).hasMessageContaining("known: --json, --label, --quick");
  }

  @Test
  void singleOptionsOnceAndFlagsWithoutValues() {
    assertThatThrownBy(() -> parser.parse(List.of("--json", "a", "--json", "b"))).hasMessageContaining("only once");
    assertThatThrownBy(() -> parser.parse(List.of("--quick", "--quick"))).hasMessageContaining("only once");
    assertThatThrownBy(() -> parser.parse(List.of("--quick=yes"))).hasMessageContaining("takes no value");
    assertThatThrownBy(() -> parser.parse(List.of("--label"))).hasMessageContaining("--label needs a value");
  }

  @Test
  void declaringAnOptionTwiceIsAProgrammingError() {
    assertThatThrownBy(() -> new ArgumentParser(List.of(JSON, JSON))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OptionSpec.flag("quick", "no dashes")).isInstanceOf(IllegalArgumentException.class);
  }
}
