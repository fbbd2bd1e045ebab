package app.verbatim.io;

import app.verbatim.model.Comparison;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * The comparison of the articles Verbatim opens with, kept in the user's cache folder so that a start
 * with the same files and the same application reads it (a few milliseconds) instead of analysing them
 * again (a quarter of a second of CPU in a fresh JVM, and much of the compiler's work at start-up).
 *
 * <p>A kept comparison is used only when everything that made it is the same: the input files byte for
 * byte (kept whole in the cache file and compared, so no hash can collide), and the application, named
 * by its jar's content (CRC-32 of every byte), size and time, every jar on its class path by name, size
 * and time, and the Java runtime. Anything else, or a file that is damaged, truncated or of another
 * layout, is a miss: the caller analyses as if there were no cache and stores the new result. An
 * application run from class folders (tests, an IDE) has no identity that follows its code, so it keeps
 * nothing. Failures to read or write are never the user's problem: the cache is only ever a shortcut.
 */
public final class AnalysisCache {
  private static final int MAGIC = 0x56424143; // "VBAC"
  /** How many kept comparisons a folder holds (one per copy of the app and input); older ones go. */
  static final int KEEP = 4;

  private final Path folder;
  private final String identity;

  /** A cache in {@code folder} for an application named by {@code identity}; either null keeps nothing. */
  public AnalysisCache(Path folder, String identity) {
    this.folder = folder;
    this.identity = identity;
  }

  /** The cache of this application in the user's cache folder, or one that keeps nothing when it cannot tell. */
  public static AnalysisCache standard() {
    return new AnalysisCache(userCacheFolder(), codeIdentity());
  }

  /** Whether this cache can keep anything at all. */
  public boolean enabled() {
    return folder != null && identity != null;
  }

  /** The comparison kept for these input files, or null when there is none that can be trusted. */
  public Comparison find(List<String> names, List<byte[]> inputs) {
    if (!enabled()) {
      return null;
    }
    try {
      Path file = file(names, inputs);
      if (!Files.isRegularFile(file)) {
        return null;
      }
      byte[] all = Files.readAllBytes(file);
      if (all.length < 12 || crc(all, all.length - 4) != readInt(all, all.length - 4)) {
        return null; // truncated or damaged
      }
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 4));
      if (in.readInt() != MAGIC || in.readInt() != ComparisonCodec.VERSION || !identity.equals(in.readUTF())
          || in.readInt() != names.size()) {
        return null;
      }
      for (int i = 0; i < names.size(); i++) {
        if (!names.get(i).equals(in.readUTF()) || !Arrays.equals(inputs.get(i), bytes(in))) {
          return null;
        }
      }
      return ComparisonCodec.read(bytes(in));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Keeps this comparison of these input files; a failure only means the next start analyses again. */
  public void store(List<String> names, List<byte[]> inputs, Comparison comparison) {
    if (!enabled()) {
      return;
    }
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
      DataOutputStream out = new DataOutputStream(buffer);
      out.writeInt(MAGIC);
      out.writeInt(ComparisonCodec.VERSION);
      out.writeUTF(identity);
      out.writeInt(names.size());
      for (int i = 0; i < names.size(); i++) {
        out.writeUTF(names.get(i));
        out.writeInt(inputs.get(i).length);
        out.write(inputs.get(i));
      }
      byte[] payload = ComparisonCodec.write(comparison);
      out.writeInt(payload.length);
      out.write(payload);
      out.flush();
      byte[] body = buffer.toByteArray();
      out.writeInt(crc(body, body.length));
      Files.createDirectories(folder);
      AtomicFile.write(file(names, inputs), buffer.toByteArray());
      removeOldest();
    } catch (IOException | RuntimeException e) {
      // no cache this time
    }
  }

  /** {@code analysis-CRC.bin}: the name only spreads inputs over files; the content decides a hit. */
  Path file(List<String> names, List<byte[]> inputs) {
    CRC32 crc = new CRC32();
    crc.update(identity.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < names.size(); i++) {
      crc.update(names.get(i).getBytes(StandardCharsets.UTF_8));
      crc.update(inputs.get(i));
    }
    String h = Long.toHexString(crc.getValue());
    return folder.resolve("analysis-" + "00000000".substring(h.length()) + h + ".bin");
  }

  private void removeOldest() throws IOException {
    List<Path> kept = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "analysis-*.bin")) {
      for (Path p : files) {
        kept.add(p);
      }
    }
    while (kept.size() > KEEP) {
      Path oldest = kept.get(0);
      for (Path p : kept) {
        if (modified(p).compareTo(modified(oldest)) < 0) {
          oldest = p;
        }
      }
      Files.deleteIfExists(oldest);
      kept.remove(oldest);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("longer than the file");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  private static int crc(byte[] b, int length) {
    CRC32 crc = new CRC32();
    crc.update(b, 0, length);
    return (int) crc.getValue();
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  /**
   * What names this application's code: its jar by content, size and time; the class path's jars (the
   * command line's and the jar's manifest's) by name, size and time; the runtime. Null when the code is
   * not in a jar.
   */
  static String codeIdentity() {
    try {
      Path jar = CodeLocation.of(AnalysisCache.class);
      if (jar == null || !Files.isRegularFile(jar)) {
        return null;
      }
      StringBuilder s = new StringBuilder();
      s.append(System.getProperty("java.home")).append(' ').append(System.getProperty("java.vm.version"));
      s.append('\n').append(jar).append(' ').append(Long.toHexString(crc(Files.readAllBytes(jar))));
      List<Path> classPath = new ArrayList<>();
      classPath.add(jar);
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          classPath.add(Path.of(entry).toAbsolutePath());
        }
      }
      try (JarFile j = new JarFile(jar.toFile())) {
        String cp = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        for (String entry : cp == null ? new String[0] : cp.split(" ")) {
          if (!entry.isEmpty()) {
            classPath.add(jar.resolveSibling(entry));
          }
        }
      }
      for (Path p : classPath) {
        if (Files.isDirectory(p)) {
          return null; // class folders change without their own time changing
        }
        s.append('\n').append(p);
        if (Files.isRegularFile(p)) {
          s.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
        }
      }
      return s.toString();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long crc(byte[] b) {
    CRC32 crc = new CRC32();
    crc.update(b, 0, b.length);
    return crc.getValue();
  }

  /**
   * The per-user cache folder, also the start-up archive's: XDG on Linux, ~/Library/Caches,
   * %LOCALAPPDATA%; null when Java knows no home folder.
   */
  public static Path userCacheFolder() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    String home = System.getProperty("user.home");
    if (home == null) {
      return null;
    }
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
