package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPageTest {
  @TempDir
  Path dir;

  @Test
  void writesAPagePerCommandFromTheParsersOwnOptions() throws IOException {
    assertThat(ManPage.write(dir.toFile())).isZero();
    assertThat(dir.resolve("verbatim.adoc")).exists();
    assertThat(dir.resolve("verbatim-bench.adoc")).exists();
    String compare = Files.readString(dir.resolve("verbatim-compare.adoc"));
    assertThat(compare).contains("= verbatim-compare(1)");
    // every option the parser accepts is documented, with the help line the --help text uses
    for (var option : new CompareCommand(new FakeEngine(), System.out, System.err).options()) {
      assertThat(compare).contains("*" + option.name() + "*");
      assertThat(compare).contains(option.help());
    }
  }

  @Test
  void theMainPageNamesTheToolShortlyAndListsTheExitCodes() throws IOException {
    ManPage.write(dir.toFile());
    String top = Files.readString(dir.resolve("verbatim.adoc"));
    assertThat(top).contains("verbatim - compare how news outlets quote the same speaker\n");
    assertThat(top).contains("2 wrong usage").contains("compare two or more articles");
  }
}
