package app.verbatim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.model.Article;
import app.verbatim.model.Correction;
import app.verbatim.model.Note;
import app.verbatim.model.Session;
import app.verbatim.model.TextRef;
import app.verbatim.model.ViewSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
  private final SessionFile files = new SessionFile();

  private static Session sample() {
    TextRef ref = new TextRef("ab".repeat(32), 3, 17);
    return new Session(
        List.of(new Article("Вести", "Заголовок «кавычки»", "2018-09-29", "ru", null, "Текст \"quoted\" — ok\n"),
            new Article("Herald", null, null, null, "file:///x.txt", "Plain text.")),
        List.of(Correction.speaker(ref, "Ri Yong Ho"), Correction.unlink(ref, null)),
        List.of(new Note(ref, true, "compare with the transcript")),
        new ViewSettings("Ri Yong Ho", true, "trust"));
  }

  @Test
  void aSessionRoundTripsExactly(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.verbatim");
    files.write(sample(), f);
    assertThat(files.read(f)).isEqualTo(sample());
    assertThat(Files.readString(f)).contains("\"format\" : \"verbatim-session/1\"");
  }

  @Test
  void brokenFilesAreRefusedWithAMessageNamingTheFile(@TempDir Path dir) throws Exception {
    Path garbage = dir.resolve("garbage.verbatim");
    Files.write(garbage, new byte[] {1, 2, 3, (byte) 0xff});
    assertThatThrownBy(() -> files.read(garbage)).isInstanceOf(SessionReadException.class)
        .hasMessageContaining("garbage.verbatim");
    Path other = dir.resolve("other.verbatim");
    Files.writeString(other, "{\"format\":\"verbatim-article/1\",\"outlet\":\"x\",\"text\":\"y\"}");
    assertThatThrownBy(() -> files.read(other)).hasMessageContaining("not a Verbatim session");
    Path empty = dir.resolve("empty.verbatim");
    Files.writeString(empty, "{\"format\":\"verbatim-session/1\",\"articles\":[]}");
    assertThatThrownBy(() -> files.read(empty)).hasMessageContaining("no articles");
    Path badRef = dir.resolve("badref.verbatim");
    Files.writeString(badRef, files.toJson(sample()).replace("\"start\" : 3", "\"start\" : -3"));
    assertThatThrownBy(() -> files.read(badRef)).isInstanceOf(SessionReadException.class);
    assertThatThrownBy(() -> files.read(dir.resolve("missing.verbatim"))).hasMessageContaining("no such file");
    // a field of the wrong kind: Jackson's message names the model's Java classes
    Path wrongKind = dir.resolve("wrongkind.verbatim");
    Files.writeString(wrongKind, "{\"format\":\"verbatim-session/1\",\"articles\":[{\"outlet\":\"x\",\"text\":{\"a\":1}}]}");
    assertThatThrownBy(() -> files.read(wrongKind)).isInstanceOf(SessionReadException.class)
        .hasMessageContaining("wrongkind.verbatim").hasMessageContaining("articles[0].text")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("app.verbatim").doesNotContain("`"));
  }
}
