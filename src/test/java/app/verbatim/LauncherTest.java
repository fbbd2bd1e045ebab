package app.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @Test
  void theWindowTakesExistingFilesAndSmokeOnly(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "text");
    assertThat(Launcher.windowArgumentProblem(new String[] {})).isNull();
    assertThat(Launcher.windowArgumentProblem(new String[] {"--smoke", article.toString()})).isNull();
    assertThat(Launcher.windowArgumentProblem(new String[] {"--smok"})).contains("unknown option --smok");
    assertThat(Launcher.windowArgumentProblem(new String[] {"comapre"})).contains("no such file: comapre");
    assertThat(Launcher.windowArgumentProblem(new String[] {dir.toString()})).contains("is a folder");
  }
}
