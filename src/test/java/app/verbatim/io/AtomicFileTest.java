package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir
  Path dir;

  @Test
  void atomicWriteNeverLeavesAPartialFile() throws Exception {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    AtomicFile.write(target, "new");
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/out.json"), "x")).hasMessageContaining("does not exist");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }
}
