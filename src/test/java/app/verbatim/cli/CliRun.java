package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.ComparisonEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line, captured: exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {

  static CliRun of(ComparisonEngine engine, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), engine);
    return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Asserts a failure as users must see it: this exit code, one line on stderr, no Java internals. */
  CliRun failsWith(int code) {
    assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(code);
    assertThat(err.lines().filter(l -> !l.isBlank()).count()).as("one line on stderr: %s", err).isEqualTo(1);
    assertThat(err + out).as("no stack trace or Java class names")
        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at app.").doesNotContain("java.");
    return this;
  }
}
