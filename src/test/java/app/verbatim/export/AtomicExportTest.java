package app.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicExportTest {
  @TempDir
  Path dir;

  private String[] listing() throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void missingFolderGetsAOneLineMessage() {
    Path target = dir.resolve("no/such/folder/report.pdf");
    assertThatThrownBy(() -> new PdfReportWriter().write(HandBuilt.twoOutlets(), ReportOptions.defaults(), target))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("does not exist")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aFolderAsTargetIsRefused() throws Exception {
    Files.createDirectory(dir.resolve("report.csv"));
    assertThatThrownBy(() -> new CsvReportWriter().write(HandBuilt.twoOutlets(), ReportOptions.defaults(),
        dir.resolve("report.csv"))).isInstanceOf(ExportException.class).hasMessageContaining("is a folder");
  }

  @Test
  void aFileAsFolderIsRefused() throws Exception {
    Files.writeString(dir.resolve("plain"), "x");
    assertThatThrownBy(() -> new HtmlReportWriter().write(HandBuilt.twoOutlets(), ReportOptions.defaults(),
        dir.resolve("plain/report.html"))).isInstanceOf(ExportException.class).hasMessageContaining("not a folder");
  }

  @Test
  void aFailureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path target = Files.writeString(dir.resolve("report.pdf"), "the previous report");
    assertThatThrownBy(() -> AtomicExport.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk full");
    })).isInstanceOf(ExportException.class).hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("the previous report");
    assertThat(listing()).containsExactly("report.pdf");
  }

  @Test
  void replacesAnExistingFileWhole() throws Exception {
    Path target = Files.writeString(dir.resolve("report.csv"), "old");
    new CsvReportWriter().write(HandBuilt.twoOutlets(), ReportOptions.defaults(), target);
    assertThat(Files.readString(target)).contains("Daily Ledger");
    assertThat(listing()).containsExactly("report.csv");
  }

  @Test
  void newFilesAreNotPrivateToTheOwnerOnly() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = dir.resolve("shared.html");
    new HtmlReportWriter().write(HandBuilt.twoOutlets(), ReportOptions.defaults(), target);
    // the default permissions (umask), not createTempFile's rw-------
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isNotEqualTo("rw-------");
  }

  @Test
  void readOnlyFolderGetsAClearMessage() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root may write anywhere; the check is only meaningful for ordinary users
      assumeTrue(!Files.isWritable(locked), "running with privileges that ignore folder permissions");
      assertThatThrownBy(() -> new PdfReportWriter().write(HandBuilt.twoOutlets(), ReportOptions.defaults(),
          locked.resolve("r.pdf"))).isInstanceOf(ExportException.class).hasMessageContaining("read-only");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
