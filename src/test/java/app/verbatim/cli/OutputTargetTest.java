package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file the command will write, checked before any work; and a failed write said in a few words. */
class OutputTargetTest {
  @TempDir
  Path dir;

  @Test
  void aNewFileInAnExistingFolderIsFine() {
    assertThat(OutputTarget.problem(dir.resolve("report.html"), List.of())).isEmpty();
  }

  @Test
  void anExistingFileMayBeReplaced() throws IOException {
    Path old = Files.writeString(dir.resolve("report.html"), "old");
    assertThat(OutputTarget.problem(old, List.of())).isEmpty();
  }

  @Test
  void aFolderIsNoFile() {
    assertThat(OutputTarget.problem(dir, List.of())).contains("it is a folder");
  }

  @Test
  void aMissingFolderIsNamed() {
    Path missing = dir.resolve("no-such-folder");
    assertThat(OutputTarget.problem(missing.resolve("report.html"), List.of()))
        .contains("the folder " + missing + " does not exist");
  }

  @Test
  void aFileInPlaceOfTheFolderIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    assertThat(OutputTarget.problem(file.resolve("report.html"), List.of())).contains(file + " is not a folder");
  }

  @Test
  void anArticleBeingComparedIsNeverOverwritten() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "An article.");
    assertThat(OutputTarget.problem(article, List.of(dir.resolve("b.txt"), article)))
        .contains("it is one of the articles being compared");
    // named another way
    Path roundabout = dir.resolve("sub").resolve("..").resolve("a.txt");
    Files.createDirectory(dir.resolve("sub"));
    assertThat(OutputTarget.problem(roundabout, List.of(article))).contains("it is one of the articles being compared");
  }

  @Test
  void aLinkIsJudgedByWhatItPointsTo() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "An article.");
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.txt"), article);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here");
      return;
    }
    assertThat(OutputTarget.problem(link, List.of(article))).contains("it is one of the articles being compared");
  }

  @Test
  void anInputNotYetThereIsComparedByName() {
    Path planned = dir.resolve("later.txt");
    assertThat(OutputTarget.problem(planned, List.of(planned))).contains("it is one of the articles being compared");
  }

  @Test
  void aReadOnlyFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("locked.html"), "x");
    Assumptions.assumeTrue(file.toFile().setWritable(false, false));
    Assumptions.assumeFalse(Files.isWritable(file), "the superuser may write anything");
    assertThat(OutputTarget.problem(file, List.of())).contains("the file is read-only");
  }

  @Test
  void aFailedWriteIsSaidWithoutJavasNames() {
    assertThat(OutputTarget.describe(new AccessDeniedException("/x/report.html"))).isEqualTo("permission denied");
    assertThat(OutputTarget.describe(new NoSuchFileException("/x/report.html"))).isEqualTo("the folder does not exist");
    assertThat(OutputTarget.describe(new FileSystemException("/x/report.html", null, "No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(OutputTarget.describe(new IOException("disk\n  gone"))).isEqualTo("disk gone");
    assertThat(OutputTarget.describe(new IOException())).isEqualTo("the file system refused it");
    assertThat(OutputTarget.describe(new IOException("  "))).isEqualTo("the file system refused it");
  }

  @Test
  void aFileSystemErrorWithoutAReasonFallsBackToItsMessage() {
    assertThat(OutputTarget.describe(new FileSystemException("/x/report.html"))).isEqualTo("/x/report.html");
  }
}
