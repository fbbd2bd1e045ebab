package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.model.Article;
import app.verbatim.model.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences and the recovery file on a first run, when their folder does not exist yet. */
class PreferencesTest {
  @Test
  void preferencesPersistAndClampEvenWithoutTheirFolder(@TempDir Path dir) {
    Path file = dir.resolve("fresh/home/preferences.properties");
    Preferences p = new Preferences(file);
    assertThat(p.fontSize()).isEqualTo(14);
    p.fontSize(99);
    p.dark(true);
    p.syncScroll(true);
    p.wrap(false);
    p.addRecent(dir.resolve("a.verbatim"));
    p.addRecent(dir.resolve("b.txt"));
    p.addRecent(dir.resolve("a.verbatim"));
    p.save();
    Preferences again = new Preferences(file);
    assertThat(again.fontSize()).isEqualTo(Preferences.MAX_FONT);
    assertThat(again.dark()).isTrue();
    assertThat(again.syncScroll()).isTrue();
    assertThat(again.wrap()).isFalse();
    assertThat(again.recentFiles()).containsExactly(dir.resolve("a.verbatim").toAbsolutePath(),
        dir.resolve("b.txt").toAbsolutePath());
  }

  @Test
  void theRecoveryFileIsWrittenIntoAFolderThatDidNotExist(@TempDir Path dir) throws Exception {
    RecoveryStore store = new RecoveryStore(dir.resolve("new/folder/recovery.verbatim"));
    assertThat(store.exists()).isFalse();
    Session s = Session.of(List.of(new Article("Herald", null, null, null, null, "\"Yes,\" she said.")));
    store.save(s);
    assertThat(store.exists()).isTrue();
    assertThat(store.load()).isEqualTo(s);
    store.clear();
    assertThat(Files.exists(store.file())).isFalse();
  }
}
