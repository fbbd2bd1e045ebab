package app.verbatim.ui;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens an exported file in the desktop's viewer, through the running application's host services. */
final class DesktopViewer {
  private static volatile HostServices host;

  private DesktopViewer() {}

  /** Called once by the application at start. */
  static void use(HostServices services) {
    host = services;
  }

  static void open(Path file) {
    HostServices h = host;
    if (h != null) {
      h.showDocument(file.toUri().toString());
    }
  }
}
