package app.verbatim;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Under plain {@code java -jar verbatim.jar}, starts the window in a child JVM tuned for a fast first
 * frame: C1 only (on a two-core machine C2's compiler threads take the CPU the first frame needs) and a
 * class-data archive of the classes the window loads (a CDS archive, on JDK 25+ an AOT cache), kept in
 * the user's cache. A running JVM cannot change these options, and a jar's manifest cannot carry them,
 * hence the child. The installed app's launcher sets them itself and never comes here;
 * {@code VERBATIM_NO_RELAUNCH=1} (or {@code -Dverbatim.relaunch=false}) keeps the window in this JVM.
 *
 * <p>The archive is made in two steps, so that no step depends on the window being closed normally: the
 * first start records which classes it loads (a class list, or JDK 25's AOT configuration) while it runs,
 * and once it ends, however it ends, a separate process makes the archive from that record without
 * starting the app ({@code -Xshare:dump}, or {@code -XX:AOTMode=create}), detached from the terminal where
 * the system allows it, so closing or killing the window right after it appeared does not lose it (the
 * archive used to be written by the child's own exit, which a window stopped by a signal never finished).
 */
final class StartupRelaunch {
  /** Set on the child so it does not relaunch again. */
  static final String CHILD_MARK = "verbatim.relaunched";

  /**
   * What to run: the child's command line; where the archive is (or will be); the file this child
   * records its classes into ({@code recording}, null when it records nothing) and the name the record
   * keeps once the child is done ({@code record}); and the command that makes the archive from the
   * record, without its output option ({@code dump}, null when the archive exists).
   */
  record Plan(List<String> command, Path archive, Path recording, Path record, List<String> dump,
      String dumpOutputOption) {
    boolean records() {
      return recording != null;
    }

    boolean makesArchive() {
      return dump != null;
    }
  }

  /** What the plan is made from: facts about this JVM, gathered by {@link #current()}. */
  record Facts(String javaExe, List<String> jvmOptions, Path jar, List<Path> classPath,
      String runtimeId, int featureVersion, Path cacheDir, boolean optedOut, long pid) {}

  private StartupRelaunch() {}

  /**
   * Runs the window in a tuned child JVM and returns its exit code, or empty when the window should
   * start in this JVM (not under {@code java -jar}, already the child, opted out, or the child could
   * not be started).
   */
  static Optional<Integer> run(String[] windowArgs) {
    // no lambdas, String.format or regular expressions before the child starts: in a fresh JVM each costs
    // the parent milliseconds of linking the window waits for
    Optional<Facts> facts = current();
    Optional<Plan> plan = facts.isPresent() ? plan(facts.get(), windowArgs) : Optional.empty();
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(plan.get().command()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // start the window here, untuned, rather than not at all
    }
    // after the start: the child's own files are named by this live process, so they stay
    removeLeftovers(plan.get().archive().getParent());
    Thread stopChild = new Thread(new StopChild(child, plan.get()));
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code;
    while (true) {
      try {
        code = child.waitFor();
        break;
      } catch (InterruptedException e) {
        // keep waiting: the parent has nothing else to do
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    } catch (IllegalStateException e) {
      // the parent is being stopped by a signal: the hook stops the child and keeps its record
      return Optional.of(code);
    }
    afterChild(plan.get(), code, false);
    return Optional.of(code);
  }

  /**
   * A parent stopped by a signal takes the window with it, as if there were one process, and still keeps
   * what the child recorded.
   */
  private record StopChild(Process child, Plan plan) implements Runnable {
    @Override
    public void run() {
      child.destroy();
      int code = -1;
      try {
        if (child.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
          code = child.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      afterChild(plan, code, true);
    }
  }

  /** The JVM options the child runs with, and the archive is made with. */
  private static List<String> tuning(int featureVersion) {
    List<String> tuning = new ArrayList<>();
    tuning.add("-XX:TieredStopAtLevel=1");
    tuning.add("-XX:+UseSerialGC"); // the installers' choice too (packaging/jpackage.conf says why)
    if (featureVersion >= 22) {
      tuning.add("--enable-native-access=ALL-UNNAMED"); // else JavaFX's native libraries warn on every start
    }
    if (featureVersion >= 23) {
      tuning.add("--sun-misc-unsafe-memory-access=allow"); // else JavaFX's Marlin rasterizer warns (JDK 24+)
    }
    return tuning;
  }

  /** The child's command line for these facts, or empty when this JVM should show the window itself. */
  static Optional<Plan> plan(Facts f, String[] windowArgs) {
    if (f.optedOut() || f.jar() == null || f.javaExe() == null) {
      return Optional.empty();
    }
    // JDK 25+ has the AOT cache (JEP 483: classes loaded and linked ahead of time; measured 0.63 s to
    // the first frame against 0.81 s with a CDS archive on the same JDK), older ones CDS
    boolean aot = f.featureVersion() >= 25;
    String name = "startup-" + key(f);
    Path archive = f.cacheDir().resolve(name + (aot ? ".aot" : ".jsa"));
    Path record = f.cacheDir().resolve(name + (aot ? ".aotconf" : ".classlist"));
    boolean haveArchive = Files.isRegularFile(archive);
    Path recording = haveArchive || Files.isRegularFile(record) ? null
        : f.cacheDir().resolve(name + "." + f.pid() + ".rec.tmp");
    List<String> tuning = tuning(f.featureVersion());
    List<String> cmd = new ArrayList<>();
    cmd.add(f.javaExe());
    cmd.addAll(f.jvmOptions());
    cmd.addAll(tuning);
    if (haveArchive) {
      cmd.add((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
    } else if (recording != null) {
      if (aot) {
        cmd.add("-XX:AOTMode=record");
        cmd.add("-XX:AOTConfiguration=" + recording);
      } else {
        cmd.add("-XX:DumpLoadedClassList=" + recording);
      }
    }
    // a stale or foreign archive is refused by the JVM and the app starts unshared; say nothing of it
    cmd.add("-Xlog:cds*=off");
    if (aot) {
      cmd.add("-Xlog:aot*=off");
    }
    cmd.add("-D" + CHILD_MARK + "=true");
    cmd.add("-jar");
    cmd.add(f.jar().toString());
    cmd.addAll(List.of(windowArgs));
    List<String> dump = null;
    if (!haveArchive) {
      // the archive must be made with the class path and the options the child runs with
      dump = new ArrayList<>();
      dump.add(f.javaExe());
      dump.addAll(tuning);
      if (aot) {
        dump.add("-XX:AOTMode=create");
        dump.add("-XX:AOTConfiguration=" + record);
      } else {
        dump.add("-Xshare:dump");
        dump.add("-XX:SharedClassListFile=" + record);
      }
      dump.add("-Xlog:cds*=off");
      dump.add("-cp");
      dump.add(f.jar().toString());
    }
    return Optional.of(new Plan(List.copyOf(cmd), archive, recording, record, dump == null ? null : List.copyOf(dump),
        aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile="));
  }

  /**
   * Names the archive by everything it depends on: the JVM, where the class-path jars are, then each
   * one's size and time, as {@code RUNTIME-PLACE-VERSION}. A rebuilt jar gets a new archive instead of a
   * refused one; each JVM and each copy of the app (two checkouts, a build beside an older one) keeps its
   * own, so starting them in turn does not remake the archives every time.
   */
  static String key(Facts f) {
    StringBuilder place = new StringBuilder();
    StringBuilder s = new StringBuilder();
    for (Path p : f.classPath()) {
      place.append('\n').append(p.toAbsolutePath());
      s.append('\n').append(p.toAbsolutePath());
      try {
        s.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
      } catch (IOException e) {
        s.append(" missing");
      }
    }
    return hash(f.runtimeId()) + "-" + hash(place.toString()) + "-" + hash(s.toString());
  }

  // not a security check (the JVM validates the archive itself): two string hashes are plenty, and
  // MessageDigest's provider set-up would cost the parent more time than the hash is worth
  private static String hash(String text) {
    return hex8(text.hashCode()) + hex8(new StringBuilder(text).reverse().toString().hashCode());
  }

  /** As {@code String.format("%08x", n)}, without loading the formatter. */
  static String hex8(int n) {
    String h = Integer.toHexString(n);
    return "00000000".substring(h.length()) + h;
  }

  /**
   * After the child, however it ended: keep what it recorded under the record's name (a JVM stopped by
   * a signal still writes its record on the way out; one killed outright leaves a partial one, which the
   * archive step rejects), then have the archive made from the record.
   */
  static void afterChild(Plan plan, int exitCode, boolean stopping) {
    if (!plan.makesArchive()) {
      return;
    }
    try {
      // exitCode -1: the child is still running (it is writing its record on the way out): leave that
      if (plan.records() && exitCode != -1) {
        if (Files.isRegularFile(plan.recording()) && Files.size(plan.recording()) > 0) {
          Files.move(plan.recording(), plan.record(), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(plan.recording());
      }
      if (Files.isRegularFile(plan.record()) && !archiveBeingMade(plan)) {
        removeOlderArchives(plan);
        makeArchive(plan, stopping);
      }
    } catch (IOException | RuntimeException e) {
      // no archive this time; the next start tries again
    }
  }

  /**
   * Makes the archive from the record: {@code startup-KEY.PID.tmp}, renamed to the archive's name when
   * complete; a record the JVM cannot use is deleted so the next start records again. With a POSIX shell
   * this runs in the background (in a session of its own where {@code setsid} exists, so a signal to the
   * window's process group or terminal does not stop it); elsewhere (Windows) the parent waits for it,
   * unless it is itself being stopped.
   */
  private static void makeArchive(Plan plan, boolean stopping) throws IOException {
    Path sh = Path.of("/bin/sh");
    if (Files.isExecutable(sh)) {
      // $1 archive, $2 record, $3 output option, then the command; $$ (the shell's pid) names the
      // temporary file, so removeLeftovers() can tell a live one from a dead one
      String script = "a=$1; r=$2; o=$3; shift 3; t=\"${a%.*}.$$.tmp\"; "
          + "if \"$@\" \"$o$t\" && [ -s \"$t\" ]; then mv -f \"$t\" \"$a\"; else rm -f \"$r\"; fi; rm -f \"$t\"";
      List<String> cmd = new ArrayList<>();
      for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
        if (Files.isExecutable(Path.of(setsid))) {
          cmd.addAll(List.of(setsid, "-f"));
          break;
        }
      }
      cmd.addAll(List.of(sh.toString(), "-c", script, "verbatim-archive", plan.archive().toString(),
          plan.record().toString(), plan.dumpOutputOption()));
      cmd.addAll(plan.dump());
      new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      return;
    }
    if (stopping) {
      return; // the next start tries again
    }
    Path tmp = plan.archive().resolveSibling(stem(plan.archive()) + "." + ProcessHandle.current().pid() + ".tmp");
    List<String> cmd = new ArrayList<>(plan.dump());
    cmd.add(plan.dumpOutputOption() + tmp);
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      if (p.waitFor() == 0 && Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
        Files.move(tmp, plan.archive(), StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(plan.record());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
  }

  private static String stem(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.lastIndexOf('.'));
  }

  /** Whether a live process is making this archive now (its {@code startup-KEY.PID.tmp} exists). */
  static boolean archiveBeingMade(Plan plan) {
    String prefix = stem(plan.archive()) + ".";
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(plan.archive().getParent(), prefix + "*.tmp")) {
      for (Path p : temps) {
        String rest = p.getFileName().toString().substring(prefix.length());
        if (!rest.endsWith(".rec.tmp") && pidAlive(rest.substring(0, rest.indexOf('.')))) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  /** Archives and records of the same JVM and the same jars' place, for jars since rebuilt, go. */
  private static void removeOlderArchives(Plan plan) throws IOException {
    String name = plan.archive().getFileName().toString();
    int runtimeEnd = name.indexOf('-', "startup-".length());
    String runtime = name.substring(0, runtimeEnd + 1); // startup-RUNTIME-
    String samePlace = name.substring(0, name.indexOf('-', runtimeEnd + 1) + 1); // startup-RUNTIME-PLACE-
    String current = stem(plan.archive());
    try (DirectoryStream<Path> old = Files.newDirectoryStream(plan.archive().getParent(),
        runtime + "*.{jsa,aot,classlist,aotconf}")) {
      for (Path p : old) {
        String stem = stem(p);
        // this place's older versions, and this JVM's archives named before the place was in the name
        // (startup-RUNTIME-HASH): nothing would remove those otherwise
        boolean unplaced = stem.indexOf('-', runtime.length()) < 0;
        if (!stem.equals(current) && (stem.startsWith(samePlace) || unplaced)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Deletes what processes that no longer run were writing ({@code startup-KEY.PID.tmp}, a record
   * {@code startup-KEY.PID.rec.tmp}, and the JDK's {@code .tmp.config}): a start or an archive step
   * killed before it finished.
   */
  static void removeLeftovers(Path cacheDir) {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(cacheDir, "startup-*.{tmp,tmp.config}")) {
      for (Path p : temps) {
        String[] parts = p.getFileName().toString().split("\\.");
        if (parts.length < 3 || pidAlive(parts[1])) {
          continue; // another start (or its archive step) is writing it now
        }
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // leftovers stay until a later start; nothing depends on them
    }
  }

  private static boolean pidAlive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not one of ours: leave it
    }
  }

  /** The facts of this JVM, or empty when it was not started with {@code java -jar}. */
  static Optional<Facts> current() {
    boolean optedOut = System.getProperty(CHILD_MARK) != null
        || "false".equalsIgnoreCase(System.getProperty("verbatim.relaunch"))
        || System.getenv("VERBATIM_NO_RELAUNCH") != null;
    String command = System.getProperty("sun.java.command", "");
    if (optedOut || !command.toLowerCase(Locale.ROOT).contains(".jar")) {
      return Optional.empty();
    }
    ProcessHandle.Info info = ProcessHandle.current().info();
    String exe = info.command().orElse(null);
    List<String> args = info.arguments().isPresent() ? List.of(info.arguments().get()) : List.of();
    // the parent's own JVM options (-D…, -Xmx…) are the ones before -jar; the child keeps them
    int at = args.indexOf("-jar");
    if (exe == null || at < 0 || at + 1 >= args.size()) {
      return Optional.empty();
    }
    Path jar = Path.of(args.get(at + 1)).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    List<String> options = args.subList(0, at);
    Path cache = cacheDir();
    if (cache == null) {
      return Optional.empty(); // no home folder: start in this JVM, untuned
    }
    try {
      Files.createDirectories(cache);
    } catch (IOException e) {
      return Optional.empty();
    }
    String runtime = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    return Optional.of(new Facts(exe, options, jar, classPath(jar), runtime, Runtime.version().feature(), cache, false,
        ProcessHandle.current().pid()));
  }

  /** The jar and the jars its manifest puts on the class path (Maven's lib/ folder). */
  private static List<Path> classPath(Path jar) {
    List<Path> out = new ArrayList<>(List.of(jar));
    try (JarFile j = new JarFile(jar.toFile())) {
      String cp = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (cp != null) {
        for (String entry : words(cp)) {
          out.add(jar.resolveSibling(entry));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the jar alone still keys the archive
    }
    return out;
  }

  /** The space-separated words of a manifest's Class-Path (as {@code trim().split("\\s+")}, without a regex). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** The per-user cache folder: XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
  static Path cacheDir() {
    return app.verbatim.io.AnalysisCache.userCacheFolder(); // one rule for every cache file of the app
  }

}
