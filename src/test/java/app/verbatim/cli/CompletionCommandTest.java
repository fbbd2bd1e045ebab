package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.cli.args.ArgumentParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  private static final List<Command> COMMANDS = List.of(CommandTreeTest.TIDE, CommandTreeTest.CREW);

  private static String functionOf(String script, String name) {
    int at = script.indexOf("function " + name + "()");
    assertThat(at).as(name).isNotNegative();
    int end = script.indexOf("\n}", at);
    return script.substring(at, end);
  }

  @Test
  void describesItselfAsTheCompletionCommandWithoutOptions() {
    CompletionCommand c = new CompletionCommand(COMMANDS, System.out);

    assertThat(c.name()).isEqualTo("completion");
    assertThat(c.operands()).isEmpty();
    assertThat(c.options()).isEmpty();
    assertThat(c.summary()).isEqualTo("print a bash/zsh completion script: source <(verbatim completion)");
  }

  @Test
  void theScriptCompletesTheProgramAndItsCommands() {
    String script = new CompletionCommand(COMMANDS, System.out).script();

    assertThat(script).startsWith("#!/usr/bin/env bash");
    assertThat(script).contains("complete -F _complete_verbatim");
    assertThat(functionOf(script, "_picocli_verbatim")).contains("tide").contains("crew");
  }

  @Test
  void eachCommandOffersItsOwnOptionsAndNotTheOthers() {
    String script = new CompletionCommand(COMMANDS, System.out).script();

    String tide = functionOf(script, "_picocli_verbatim_tide");
    assertThat(tide).contains("--port").contains("--boat").contains("--night").doesNotContain("--brief");
    String crew = functionOf(script, "_picocli_verbatim_crew");
    assertThat(crew).contains("--brief").doesNotContain("--port");
  }

  @Test
  void runPrintsTheScriptAndSucceeds() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    CompletionCommand c = new CompletionCommand(COMMANDS, out);

    int code = c.run(new ArgumentParser(List.of()).parse(List.of()));

    assertThat(code).isEqualTo(ExitCode.OK.status()).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(c.script());
  }

  @Test
  void theRealCompareCommandsOptionsAreOffered() {
    CompareCommand compare = new CompareCommand(new FakeEngine(), System.out, System.err);
    String script = new CompletionCommand(List.of(compare), System.out).script();

    String fn = functionOf(script, "_picocli_verbatim_compare");
    compare.options().forEach(o -> assertThat(fn).as(o.name()).contains(o.name()));
  }
}
