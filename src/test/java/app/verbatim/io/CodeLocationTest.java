package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A class's jar or class folder, as the class loader finds its class file now. */
class CodeLocationTest {
  @Test
  void aClassInAClassFolderGivesTheFolderRoot() {
    Path root = CodeLocation.of(CodeLocation.class);
    assertThat(root).isNotNull();
    assertThat(Files.isDirectory(root)).isTrue();
    assertThat(root.resolve("app/verbatim/io/CodeLocation.class")).exists();
  }

  @Test
  void aClassInAJarGivesTheJar() {
    Path jar = CodeLocation.of(org.junit.jupiter.api.Test.class);
    assertThat(jar).isNotNull();
    assertThat(Files.isRegularFile(jar)).isTrue();
    assertThat(jar.getFileName().toString()).endsWith(".jar");
  }

  @Test
  void aClassOfTheRuntimeHasNone() {
    assertThat(CodeLocation.of(String.class)).isNull();
  }
}
