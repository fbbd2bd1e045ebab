package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.engine.VerbatimEngine;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept comparison is found only for the same input bytes, names and application; a damaged file, a
 * changed byte or another build is a miss, never a stale result.
 */
class AnalysisCacheTest {
  @TempDir
  Path dir;

  private static final List<String> NAMES = List.of("a.json", "b.json");
  private static final List<byte[]> INPUTS = List.of(bytes("first file"), bytes("second file"));

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Comparison comparison() {
    return new VerbatimEngine().compare(List.of(
        new Article("One", null, null, "en", null, "Ana Reyes said: \"We will not accept new targets.\""),
        new Article("Two", null, null, "en", null, "\"We will not accept new targets,\" Ana Reyes said.")));
  }

  private Path onlyFile() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("analysis-")).findFirst().orElseThrow();
    }
  }

  @Test
  void aStoredComparisonIsFoundForTheSameInputsAndApplication() {
    AnalysisCache cache = new AnalysisCache(dir, "build 1");
    assertThat(cache.find(NAMES, INPUTS)).isNull();
    Comparison c = comparison();
    cache.store(NAMES, INPUTS, c);
    assertThat(cache.find(NAMES, INPUTS)).isEqualTo(c);
    assertThat(new AnalysisCache(dir, "build 1").find(NAMES, List.of(bytes("first file"), bytes("second file"))))
        .isEqualTo(c);
  }

  @Test
  void anotherByteNameOrApplicationIsAMiss() {
    AnalysisCache cache = new AnalysisCache(dir, "build 1");
    cache.store(NAMES, INPUTS, comparison());
    assertThat(cache.find(NAMES, List.of(bytes("first file"), bytes("second filE")))).isNull();
    assertThat(cache.find(NAMES, List.of(bytes("first file")))).isNull();
    assertThat(cache.find(List.of("a.json", "c.json"), INPUTS)).isNull();
    assertThat(new AnalysisCache(dir, "build 2").find(NAMES, INPUTS)).isNull();
  }

  @Test
  void aDamagedOrTruncatedFileIsAMiss() throws Exception {
    AnalysisCache cache = new AnalysisCache(dir, "build 1");
    cache.store(NAMES, INPUTS, comparison());
    Path file = onlyFile();
    byte[] good = Files.readAllBytes(file);
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 1;
    Files.write(file, flipped);
    assertThat(cache.find(NAMES, INPUTS)).isNull();
    Files.write(file, java.util.Arrays.copyOf(good, good.length - 7));
    assertThat(cache.find(NAMES, INPUTS)).isNull();
    Files.write(file, new byte[0]);
    assertThat(cache.find(NAMES, INPUTS)).isNull();
  }

  @Test
  void withoutAnIdentityOrFolderNothingIsKept() throws Exception {
    AnalysisCache cache = new AnalysisCache(dir, null);
    cache.store(NAMES, INPUTS, comparison());
    assertThat(cache.find(NAMES, INPUTS)).isNull();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    assertThat(new AnalysisCache(null, "build 1").enabled()).isFalse();
  }

  @Test
  void codeRunFromClassFoldersHasNoIdentity() {
    // the tests run from target/classes: a class folder changes without its own time changing
    assertThat(AnalysisCache.codeIdentity()).isNull();
    assertThat(AnalysisCache.standard().enabled()).isFalse();
  }

  @Test
  void onlyTheNewestFewAreKept() throws Exception {
    Comparison c = comparison();
    for (int i = 0; i < AnalysisCache.KEEP + 3; i++) {
      new AnalysisCache(dir, "build " + i).store(NAMES, INPUTS, c);
      Thread.sleep(5); // distinct modification times
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".bin"))).hasSize(AnalysisCache.KEEP);
    }
    assertThat(new AnalysisCache(dir, "build " + (AnalysisCache.KEEP + 2)).find(NAMES, INPUTS)).isEqualTo(c);
  }
}
