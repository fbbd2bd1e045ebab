package app.verbatim.io;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/**
 * Where a class's code is loaded from now: its jar, or the root of its class folder. Found through the
 * class file as a resource, not the class's {@code CodeSource}: a class from JDK 25's AOT cache keeps the
 * code source of the training run (measured: an app-image copied elsewhere named the original's jar).
 */
final class CodeLocation {
  private CodeLocation() {}

  /** The jar or class folder holding {@code type}, or null when it cannot be told. */
  static Path of(Class<?> type) {
    String file = type.getName().replace('.', '/') + ".class";
    URL url = type.getClassLoader() == null ? null : type.getClassLoader().getResource(file);
    if (url == null) {
      return null;
    }
    try {
      String s = url.toString();
      if (s.startsWith("jar:") && s.endsWith("!/" + file)) {
        return Path.of(new URI(s.substring(4, s.length() - file.length() - 2))).toAbsolutePath();
      }
      if (s.startsWith("file:") && s.endsWith("/" + file)) {
        return Path.of(new URI(s.substring(0, s.length() - file.length()))).toAbsolutePath();
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null; // an unusual class loader
    }
    return null;
  }
}
