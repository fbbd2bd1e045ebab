package app.verbatim;

import app.verbatim.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Plain main: a class extending Application fails under java -jar with JavaFX on the class path,
 * so this one decides between the command line and the window without touching JavaFX first.
 */
public final class Launcher {
  /** Options the window understands; anything else starting with "-" is a mistake, said plainly. */
  private static final java.util.Set<String> WINDOW_OPTIONS = java.util.Set.of("--smoke");

  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0 && Cli.handles(args[0])) {
      System.exit(Cli.run(args, System.out, System.err));
    }
    String problem = windowArgumentProblem(args);
    if (problem != null) {
      System.err.println("verbatim: " + problem);
      System.err.println("Run 'verbatim --help' for the command line, or pass article files or a .verbatim session.");
      System.exit(2);
    }
    if (isLinuxWithoutDisplay()) {
      System.err.println("verbatim: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset).");
      System.err.println("Use the command line instead: verbatim compare A B --json out.json --pdf out.pdf");
      System.exit(1);
    }
    java.util.Optional<Integer> child = StartupRelaunch.run(args);
    if (child.isPresent()) {
      System.exit(child.get());
    }
    if (Arrays.stream(args).allMatch(a -> a.startsWith("--"))) {
      app.verbatim.ui.Preload.start(); // the window will open the bundled comparison
    }
    javafx.application.Application.launch(app.verbatim.ui.VerbatimApp.class, args);
  }

  /** Why the window cannot take these arguments, or null when it can. */
  static String windowArgumentProblem(String[] args) {
    for (String a : args) {
      if (a.startsWith("-")) {
        if (!WINDOW_OPTIONS.contains(a)) {
          return "unknown option " + a;
        }
      } else if (!Files.isRegularFile(Path.of(a))) {
        return Files.isDirectory(Path.of(a)) ? a + " is a folder, not a file" : "no such file: " + a;
      }
    }
    return null;
  }

  private static boolean isLinuxWithoutDisplay() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
        && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))
        && !"Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
