package app.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.StartupRelaunch.Facts;
import app.verbatim.StartupRelaunch.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StartupRelaunchTest {
  @TempDir
  Path dir;

  private Facts facts(boolean optedOut, int feature) throws Exception {
    Path jar = dir.resolve("verbatim.jar");
    if (!Files.exists(jar)) {
      Files.writeString(jar, "jar");
    }
    return new Facts("/jdk/bin/java", List.of("-Xmx1g", "-Dx=y"), jar, List.of(jar), "/jdk 17.0.15", feature,
        dir.resolve("cache"), optedOut, 42);
  }

  @Test
  void theFirstStartRecordsItsClassesAndKeepsTheParentsOptionsAndArguments() throws Exception {
    Plan p = StartupRelaunch.plan(facts(false, 17), new String[] {"--smoke", "a b.txt"}).orElseThrow();
    assertThat(p.records()).isTrue();
    assertThat(p.makesArchive()).isTrue();
    assertThat(p.recording().getFileName().toString()).endsWith(".42.rec.tmp");
    List<String> c = p.command();
    assertThat(c.get(0)).isEqualTo("/jdk/bin/java");
    assertThat(c.subList(1, 3)).containsExactly("-Xmx1g", "-Dx=y");
    assertThat(c).contains("-XX:TieredStopAtLevel=1", "-XX:DumpLoadedClassList=" + p.recording(),
        "-D" + StartupRelaunch.CHILD_MARK + "=true");
    assertThat(c).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:AOT")
        || a.startsWith("-XX:ArchiveClassesAtExit"));
    assertThat(p.archive().getFileName().toString()).endsWith(".jsa");
    assertThat(c).doesNotContain("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    // the app's own arguments come last, after the jar, unchanged
    assertThat(c.subList(c.size() - 4, c.size())).containsExactly("-jar", dir.resolve("verbatim.jar").toString(),
        "--smoke", "a b.txt");
    // the archive is made from the record with the child's class path, without starting the app
    assertThat(p.dump()).contains("-Xshare:dump", "-XX:SharedClassListFile=" + p.record(), "-XX:TieredStopAtLevel=1")
        .endsWith("-cp", dir.resolve("verbatim.jar").toString());
  }

  @Test
  void onJdk25TheFirstStartRecordsAnAotConfiguration() throws Exception {
    Plan p = StartupRelaunch.plan(facts(false, 25), new String[0]).orElseThrow();
    assertThat(p.command()).contains("-XX:AOTMode=record", "-XX:AOTConfiguration=" + p.recording(),
        "--enable-native-access=ALL-UNNAMED");
    assertThat(p.dump()).contains("-XX:AOTMode=create", "-XX:AOTConfiguration=" + p.record(),
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    assertThat(p.dumpOutputOption()).isEqualTo("-XX:AOTCache=");
  }

  @Test
  void withARecordButNoArchiveYetTheChildRecordsNothingMore() throws Exception {
    Facts f = facts(false, 17);
    Path record = StartupRelaunch.plan(f, new String[0]).orElseThrow().record();
    Files.createDirectories(record.getParent());
    Files.writeString(record, "java/lang/Object");
    Plan p = StartupRelaunch.plan(f, new String[0]).orElseThrow();
    assertThat(p.records()).isFalse();
    assertThat(p.makesArchive()).isTrue();
    assertThat(p.command()).noneMatch(a -> a.startsWith("-XX:DumpLoadedClassList") || a.startsWith("-XX:Shared"));
  }

  @Test
  void laterStartsUseTheArchive() throws Exception {
    Facts f = facts(false, 25);
    Path archive = StartupRelaunch.plan(f, new String[0]).orElseThrow().archive();
    Files.createDirectories(archive.getParent());
    Files.writeString(archive, "archive");
    Plan p = StartupRelaunch.plan(f, new String[0]).orElseThrow();
    assertThat(p.makesArchive()).isFalse();
    assertThat(p.records()).isFalse();
    // JDK 25+: an AOT cache rather than a CDS archive
    assertThat(archive.getFileName().toString()).endsWith(".aot");
    assertThat(p.command()).contains("-XX:AOTCache=" + archive, "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow");
    assertThat(p.command()).noneMatch(a -> a.startsWith("-XX:AOTMode") || a.startsWith("-XX:Shared"));
  }

  @Test
  void archivesLeftHalfWrittenByAStartThatNoLongerRunsAreRemoved() throws Exception {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    long dead = deadPid();
    Path orphan = Files.writeString(cache.resolve("startup-aa-bb." + dead + ".tmp"), "half");
    Path orphanConfig = Files.writeString(cache.resolve("startup-aa-bb." + dead + ".tmp.config"), "half");
    Path live = Files.writeString(cache.resolve("startup-aa-bb." + ProcessHandle.current().pid() + ".tmp"), "being written");
    Path archive = Files.writeString(cache.resolve("startup-aa-bb.jsa"), "done");
    StartupRelaunch.removeLeftovers(cache);
    assertThat(orphan).doesNotExist();
    assertThat(orphanConfig).doesNotExist();
    assertThat(live).exists();
    assertThat(archive).exists();
  }

  /** A pid no process has now: a child that has already exited. */
  private static long deadPid() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    return p.pid();
  }

  @Test
  void optingOutKeepsTheWindowInThisJvm() throws Exception {
    assertThat(StartupRelaunch.plan(facts(true, 17), new String[0])).isEmpty();
  }

  @Test
  void aRebuiltJarGetsANewArchiveName() throws Exception {
    Facts f = facts(false, 17);
    String before = StartupRelaunch.key(f);
    assertThat(StartupRelaunch.key(f)).isEqualTo(before);
    Files.writeString(f.jar(), "a rebuilt jar");
    Files.setLastModifiedTime(f.jar(), FileTime.fromMillis(1_000_000));
    String after = StartupRelaunch.key(f);
    assertThat(after).isNotEqualTo(before);
    // the same JVM and the same place: that is how the older archive is found and removed
    assertThat(after.substring(0, after.lastIndexOf('-'))).isEqualTo(before.substring(0, before.lastIndexOf('-')));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC}) // the fake java below is a shell script
  void aRecordTheArchiveStepCannotUseIsDroppedAndOlderArchivesOfThisJvmGo() throws Exception {
    Facts f = facts(false, 17);
    Files.createDirectories(f.cacheDir());
    // a "java" that only fails: the archive step runs, cannot make an archive, and so drops the record
    Path fakeJava = Files.writeString(dir.resolve("java"), "#!/bin/sh\nexit 1\n");
    fakeJava.toFile().setExecutable(true);
    Facts failing = new Facts(fakeJava.toString(), f.jvmOptions(), f.jar(), f.classPath(), f.runtimeId(),
        f.featureVersion(), f.cacheDir(), false, f.pid());
    Plan p = StartupRelaunch.plan(failing, new String[0]).orElseThrow();
    String[] key = p.archive().getFileName().toString().split("-");
    String runtime = key[1];
    String place = runtime + "-" + key[2];
    Path old = Files.writeString(f.cacheDir().resolve("startup-" + place + "-0ld.jsa"), "old");
    Path oldRecord = Files.writeString(f.cacheDir().resolve("startup-" + place + "-0ld.classlist"), "old");
    Path otherJdk = Files.writeString(f.cacheDir().resolve("startup-0th3rjdk-" + key[2] + "-0ld.aot"), "another JVM's");
    Path otherCopy = Files.writeString(f.cacheDir().resolve("startup-" + runtime + "-0th3rcopy-0ld.jsa"),
        "another checkout's");
    Path unplaced = Files.writeString(f.cacheDir().resolve("startup-" + runtime + "-0ldnaming.jsa"), "older naming");
    Files.writeString(p.recording(), "java/lang/Object\n");
    StartupRelaunch.afterChild(p, 143, false);
    assertThat(p.recording()).doesNotExist();
    assertThat(old).doesNotExist();
    assertThat(oldRecord).doesNotExist();
    assertThat(otherJdk).exists();
    assertThat(otherCopy).exists();
    assertThat(unplaced).doesNotExist();
    waitUntilGone(p.record());
    assertThat(p.archive()).doesNotExist();
  }

  @Test
  void anEmptyRecordIsNotKept() throws Exception {
    Facts f = facts(false, 17);
    Files.createDirectories(f.cacheDir());
    Plan p = StartupRelaunch.plan(f, new String[0]).orElseThrow();
    Files.writeString(p.recording(), "");
    StartupRelaunch.afterChild(p, 137, true);
    assertThat(p.recording()).doesNotExist();
    assertThat(p.record()).doesNotExist();
  }

  /** The archive step may run in the background: wait for its outcome (never for a fixed time). */
  private static void waitUntilGone(Path p) throws InterruptedException {
    long until = System.nanoTime() + 20_000_000_000L;
    while (Files.exists(p) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(p).doesNotExist();
  }

  @Test
  void theArchiveKeysHexDigitsAndTheClassPathWordsAreThoseOfFormatAndSplit() {
    for (int n : new int[] {0, 1, 0xabc, -1, Integer.MIN_VALUE, "some text".hashCode()}) {
      assertThat(StartupRelaunch.hex8(n)).isEqualTo(String.format("%08x", n));
    }
    String cp = "  lib/a.jar lib/b.jar\tlib/c.jar \n ";
    assertThat(StartupRelaunch.words(cp)).containsExactly(cp.trim().split("\\s+"));
    assertThat(StartupRelaunch.words("")).isEmpty();
  }
}
