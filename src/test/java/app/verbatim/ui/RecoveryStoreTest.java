package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery files without a window: one per running instance, orphans offered, nothing deleted unasked. */
class RecoveryStoreTest {
  @TempDir
  Path home;

  private static Session session(String outlet) {
    return Session.of(List.of(new Article(outlet, null, null, null, null, "“We will not sign,” Marsh said.")));
  }

  @Test
  void twoRunningInstancesKeepTheirOwnFilesAndACrashedOnesIsOffered() throws Exception {
    Process other = new ProcessBuilder("sleep", "60").start();
    try {
      RecoveryStore mine = new RecoveryStore(home.resolve("recovery-" + ProcessHandle.current().pid() + ".verbatim"));
      RecoveryStore running = new RecoveryStore(home.resolve("recovery-" + other.pid() + ".verbatim"));
      mine.save(session("Mine"));
      running.save(session("Still running"));
      assertThat(mine.file()).isNotEqualTo(running.file());
      assertThat(mine.load().articles().get(0).outlet()).isEqualTo("Mine");
      assertThat(running.load().articles().get(0).outlet()).isEqualTo("Still running");
      // the other instance is alive: its work is not offered to this one
      assertThat(mine.orphans()).containsExactly(mine.file());
    } finally {
      other.destroy();
      other.waitFor(60, TimeUnit.SECONDS);
    }
    // it crashed: its work is offered at the next start, beside this one's
    RecoveryStore next = new RecoveryStore(home.resolve("recovery-1.verbatim"));
    assertThat(next.orphans()).hasSize(2);
  }

  @Test
  void anUnreadableRecoveryFileIsKeptAsideWithTheDate() throws Exception {
    RecoveryStore store = new RecoveryStore(home.resolve("recovery.verbatim"));
    Path broken = Files.writeString(home.resolve("recovery-999999.verbatim"), "{\"format\": \"verbatim-sess");
    Path aside = store.setAside(broken);
    assertThat(broken).doesNotExist();
    assertThat(aside).exists().hasContent("{\"format\": \"verbatim-sess");
    assertThat(aside.getFileName().toString()).matches("unreadable-recovery-\\d{4}-\\d{2}-\\d{2}T.*\\.verbatim");
    assertThat(store.orphans()).as("not offered again").isEmpty();
  }

  @Test
  void closingTheRestoreQuestionKeepsTheFile() {
    assertThat(FileActions.choiceOf(Optional.empty())).isEqualTo(FileActions.RecoveryChoice.KEEP);
    assertThat(FileActions.choiceOf(Optional.of(ButtonType.CANCEL))).isEqualTo(FileActions.RecoveryChoice.KEEP);
    assertThat(FileActions.choiceOf(Optional.of(new ButtonType("Discard", ButtonBar.ButtonData.NO))))
        .isEqualTo(FileActions.RecoveryChoice.DISCARD);
    assertThat(FileActions.choiceOf(Optional.of(new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE))))
        .isEqualTo(FileActions.RecoveryChoice.RESTORE);
  }

  @Test
  void autosaveWritesTheLatestSessionSoonAndAClearIsNeverUndone() throws Exception {
    RecoveryStore store = new RecoveryStore(home.resolve("recovery.verbatim"));
    try (Autosave autosave = new Autosave(store, 50)) {
      autosave.changed(session("First"));
      autosave.changed(session("Second"));
      autosave.flush();
      assertThat(store.load().articles().get(0).outlet()).isEqualTo("Second");
      autosave.changed(session("Third"));
      autosave.clear(); // saved: the pending write must not bring the file back
      autosave.flush();
      assertThat(store.file()).doesNotExist();
    }
  }
}
