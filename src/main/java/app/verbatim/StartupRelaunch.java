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
 * class-data archive of the classes the window loads, written by the first start into the user's cache
 * and reused by every later one. A running JVM cannot change these options, and a jar's manifest cannot
 * carry them, hence the child. The installed app's launcher sets them itself and never comes here;
 * {@code VERBATIM_NO_RELAUNCH=1} (or {@code -Dverbatim.relaunch=false}) keeps the window in this JVM.
 */
final class StartupRelaunch {
  /** Set on the child so it does not relaunch again. */
  static final String CHILD_MARK = "verbatim.relaunched";

  /** What to run: the child's command line, and where its archive is (or will be once it exits). */
  record Plan(List<String> command, Path archive, Path pending) {
    boolean makesArchive() {
      return pending != null;
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
    Optional<Plan> plan = current().flatMap(f -> plan(f, windowArgs));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    removeLeftovers(plan.get().archive().getParent());
    Process child;
    try {
      child = new ProcessBuilder(plan.get().command()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // start the window here, untuned, rather than not at all
    }
    // a parent stopped by a signal takes the window with it, as if there were one process, and leaves
    // no half-written archive behind
    Thread stopChild = new Thread(() -> {
      child.destroy();
      try {
        child.waitFor(3, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      settleArchive(plan.get(), -1);
    });
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
      // the parent is being stopped by a signal: the hook stops the child and settles the archive
      return Optional.of(code);
    }
    settleArchive(plan.get(), code);
    return Optional.of(code);
  }

  /** The child's command line for these facts, or empty when this JVM should show the window itself. */
  static Optional<Plan> plan(Facts f, String[] windowArgs) {
    if (f.optedOut() || f.jar() == null || f.javaExe() == null) {
      return Optional.empty();
    }
    // JDK 25+ has the AOT cache (JEP 483: classes loaded and linked ahead of time; measured 0.63 s to
    // the first frame against 0.81 s with a dynamic CDS archive on the same JDK), older ones CDS
    boolean aot = f.featureVersion() >= 25;
    Path archive = f.cacheDir().resolve("startup-" + key(f) + (aot ? ".aot" : ".jsa"));
    Path pending = Files.isRegularFile(archive) ? null
        : f.cacheDir().resolve("startup-" + key(f) + "." + f.pid() + ".tmp");
    List<String> cmd = new ArrayList<>();
    cmd.add(f.javaExe());
    cmd.addAll(f.jvmOptions());
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC"); // the installers' choice too (packaging/jpackage.conf says why)
    if (aot) {
      cmd.add(pending == null ? "-XX:AOTCache=" + archive : "-XX:AOTCacheOutput=" + pending);
    } else {
      cmd.add(pending == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + pending);
    }
    // a stale or foreign archive is refused by the JVM and the app starts unshared; say nothing of it
    cmd.add("-Xlog:cds*=off");
    if (aot) {
      cmd.add("-Xlog:aot*=off");
    }
    cmd.add("-D" + CHILD_MARK + "=true");
    if (f.featureVersion() >= 22) {
      cmd.add("--enable-native-access=ALL-UNNAMED"); // else JavaFX's native libraries warn on every start
    }
    if (f.featureVersion() >= 23) {
      cmd.add("--sun-misc-unsafe-memory-access=allow"); // else JavaFX's Marlin rasterizer warns (JDK 24+)
    }
    cmd.add("-jar");
    cmd.add(f.jar().toString());
    cmd.addAll(List.of(windowArgs));
    return Optional.of(new Plan(List.copyOf(cmd), archive, pending));
  }

  /**
   * Names the archive by everything it depends on: the JVM, then each class-path jar's path, size and
   * time, as {@code RUNTIME-CLASSPATH}. A rebuilt jar gets a new archive instead of a refused one; each
   * JVM keeps its own, so switching between two JDKs does not remake them every time.
   */
  static String key(Facts f) {
    StringBuilder s = new StringBuilder();
    for (Path p : f.classPath()) {
      s.append('\n').append(p.toAbsolutePath());
      try {
        s.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
      } catch (IOException e) {
        s.append(" missing");
      }
    }
    return hash(f.runtimeId()) + "-" + hash(s.toString());
  }

  // not a security check (the JVM validates the archive itself): two string hashes are plenty, and
  // MessageDigest's provider set-up would cost the parent more time than the hash is worth
  private static String hash(String text) {
    return String.format("%08x%08x", text.hashCode(), new StringBuilder(text).reverse().toString().hashCode());
  }

  /** After the child: keep a complete new archive under its final name, drop older ones and leftovers. */
  static void settleArchive(Plan plan, int exitCode) {
    if (!plan.makesArchive()) {
      return;
    }
    try {
      if (exitCode == 0 && Files.size(plan.pending()) > 0) {
        Files.move(plan.pending(), plan.archive(), StandardCopyOption.ATOMIC_MOVE);
        // older archives of the same JVM (their jars were rebuilt since) go
        String name = plan.archive().getFileName().toString();
        String sameRuntime = name.substring(0, name.indexOf('-', "startup-".length()) + 1);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(plan.archive().getParent(), sameRuntime + "*.{jsa,aot}")) {
          for (Path p : old) {
            if (!p.equals(plan.archive())) {
              Files.deleteIfExists(p);
            }
          }
        }
      }
    } catch (IOException e) {
      // no archive this time; the next start tries again
    } finally {
      try {
        Files.deleteIfExists(plan.pending());
      } catch (IOException e) {
        // a leftover temp file in the cache is harmless
      }
    }
  }

  /**
   * Deletes archives being written by processes that no longer run ({@code startup-KEY.PID.tmp}, and
   * the JDK's {@code .tmp.config} beside it): a start killed before it could finish its archive.
   */
  static void removeLeftovers(Path cacheDir) {
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(cacheDir, "startup-*.{tmp,tmp.config}")) {
      for (Path p : temps) {
        String[] parts = p.getFileName().toString().split("\\.");
        long pid;
        try {
          pid = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
          continue;
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          continue; // another start is writing it now
        }
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // leftovers stay until a later start; nothing depends on them
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
    List<String> args = info.arguments().map(List::of).orElse(List.of());
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
        for (String entry : cp.trim().split("\\s+")) {
          out.add(jar.resolveSibling(entry));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the jar alone still keys the archive
    }
    return out;
  }

  /** The per-user cache folder: XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
  static Path cacheDir() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = System.getProperty("user.home");
    if (os.contains("win")) {
      String local = System.getenv("LOCALAPPDATA");
      return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Verbatim").resolve("Cache");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Caches", "Verbatim");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("verbatim");
  }
}
