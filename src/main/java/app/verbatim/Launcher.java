package app.verbatim;

import app.verbatim.cli.Cli;

/**
 * Plain main: a class extending Application fails under java -jar with JavaFX on the class path,
 * so this one decides between the command line and the window without touching JavaFX first.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length > 0 && Cli.handles(args[0])) {
      System.exit(Cli.run(args, System.out, System.err));
    }
    if (java.util.Arrays.stream(args).allMatch(a -> a.startsWith("--"))) {
      app.verbatim.ui.Preload.start(); // the window will open the bundled comparison
    }
    javafx.application.Application.launch(app.verbatim.ui.VerbatimApp.class, args);
  }
}
