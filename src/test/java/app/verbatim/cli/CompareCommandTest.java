package app.verbatim.cli;

import static app.verbatim.cli.CliTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.io.ArticleReader;
import app.verbatim.io.ComparisonJsonCheck;
import app.verbatim.model.Article;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare's arguments and every kind of bad input, over a fake engine. */
class CompareCommandTest {
  @TempDir
  Path dir;

  private final FakeEngine engine = new FakeEngine();

  private Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path good() throws IOException {
    return text("good.txt", "Headline\n\n\"We will not sign,\" Marsh said.\n");
  }

  private Path other() throws IOException {
    return text("other.txt", "Another headline\n\nMs Marsh said: “We will not sign.”\n");
  }

  @Test
  void labelsNameThePlainFilesInOrder() throws IOException {
    Path a = good();
    Path b = other();
    Path c = text("third.txt", "Third\n\nNothing quoted here.\n");
    CliRun run = CliRun.of(engine, "compare", "--label", "Daily Wire", a.toString(), b.toString(), c.toString(),
        "--label", "The Broadsheet");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(engine.calls).hasSize(1);
    assertThat(engine.calls.get(0)).extracting(Article::outlet).containsExactly("Daily Wire", "The Broadsheet", "third");
    assertThat(engine.calls.get(0).get(0).text()).isEqualTo(Files.readString(a));
  }

  @Test
  void anArticleFilesOwnOutletWinsOverTheLabel() throws IOException {
    CliRun run = CliRun.of(engine, "compare", good().toString(), fixture("alder-gazette.json"), "--label", "First",
        "--label", "Not used");
    assertThat(run.exit()).isZero();
    assertThat(engine.calls.get(0)).extracting(Article::outlet).containsExactly("First", "The Alder Gazette");
  }

  @Test
  void optionsMayBeWrittenWithEquals() throws IOException {
    Path json = dir.resolve("out.json");
    CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(), "--json=" + json, "--speaker=marsh");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(json).exists();
  }

  @Test
  void fewerThanTwoArticlesIsAUsageError() throws IOException {
    CliRun none = CliRun.of(engine, "compare").failsWith(Cli.USAGE);
    assertThat(none.err()).contains("at least two articles");
    CliRun one = CliRun.of(engine, "compare", good().toString()).failsWith(Cli.USAGE);
    assertThat(one.err()).contains("got 1");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void moreLabelsThanArticlesIsAUsageError() throws IOException {
    CliRun.of(engine, "compare", good().toString(), other().toString(), "--label", "A", "--label", "B", "--label", "C")
        .failsWith(Cli.USAGE);
  }

  @Test
  void anOptionGivenTwiceIsAUsageError() throws IOException {
    CliRun.of(engine, "compare", good().toString(), other().toString(), "--json", "a.json", "--json", "b.json")
        .failsWith(Cli.USAGE);
  }

  @Test
  void missingFile() throws IOException {
    CliRun run = CliRun.of(engine, "compare", good().toString(), dir.resolve("missing.txt").toString())
        .failsWith(Cli.INPUT);
    assertThat(run.err()).contains("missing.txt").contains("no such file");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void directory() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    CliRun run = CliRun.of(engine, "compare", folder.toString(), good().toString()).failsWith(Cli.INPUT);
    assertThat(run.err()).contains("folder");
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    CliRun.of(engine, "compare", good().toString(), text("empty.txt", "").toString()).failsWith(Cli.INPUT);
    CliRun.of(engine, "compare", good().toString(), text("blank.txt", " \n\n\t\n").toString()).failsWith(Cli.INPUT);
  }

  @Test
  void binaryFile() throws IOException {
    Path png = Files.write(dir.resolve("photo.txt"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
    CliRun.of(engine, "compare", good().toString(), png.toString()).failsWith(Cli.INPUT);
  }

  @Test
  void undecodableBytes() throws IOException {
    // Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; these bytes are not UTF-8 either
    Path bad = Files.write(dir.resolve("bad.txt"),
        "Caf\u00e9 owners said ".getBytes(Charset.forName("windows-1252")));
    Files.write(bad, new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, 'x', '\n'},
        java.nio.file.StandardOpenOption.APPEND);
    CliRun run = CliRun.of(engine, "compare", good().toString(), bad.toString()).failsWith(Cli.INPUT);
    assertThat(run.err()).contains("bad.txt");
  }

  @Test
  void fileOverTheSizeLimit() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = ("\"We will not sign,\" Marsh said. " + "word ".repeat(190) + "\n").getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written <= ArticleReader.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    CliRun run = CliRun.of(engine, "compare", good().toString(), big.toString()).failsWith(Cli.INPUT);
    assertThat(run.err()).contains("20 MB");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void corruptArticleJson() throws IOException {
    Path broken = text("broken.json", "{\"format\": \"verbatim-article/1\", \"outlet\": \"X\", \"text\": ");
    CliRun.of(engine, "compare", good().toString(), broken.toString()).failsWith(Cli.INPUT);
  }

  @Test
  void anArticleWithoutQuotationsIsFine() throws IOException {
    Path none = text("none.txt", "Markets steady\n\nStocks were little changed on Tuesday.\n");
    CliRun run = CliRun.of(engine, "compare", none.toString(), good().toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonIntoAMissingFolderFailsBeforeAnyWork() throws IOException {
    CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(),
        "--json", dir.resolve("no/such/folder/out.json").toString()).failsWith(Cli.INPUT);
    assertThat(run.err()).contains("cannot write JSON").contains("does not exist");
    assertThat(engine.calls).as("nothing compared").isEmpty();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void jsonOntoAFolderOrBelowAFileFails() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("results"));
    CliRun.of(engine, "compare", good().toString(), other().toString(), "--json", folder.toString())
        .failsWith(Cli.INPUT);
    Path file = good();
    CliRun.of(engine, "compare", file.toString(), other().toString(), "--json", file.resolve("out.json").toString())
        .failsWith(Cli.INPUT);
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void jsonNeverOverwritesAnInputArticle() throws IOException {
    Path a = good();
    String before = Files.readString(a);
    CliRun run = CliRun.of(engine, "compare", a.toString(), other().toString(), "--json", a.toString())
        .failsWith(Cli.INPUT);
    assertThat(run.err()).contains("one of the articles");
    assertThat(Files.readString(a)).isEqualTo(before);
  }

  @Test
  void aDeviceAsOutputIsRefusedBeforeAnyWork() throws IOException {
    Path device = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
    for (String option : new String[] {"--json", "--pdf", "--html", "--csv"}) {
      CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(), option, device.toString())
          .failsWith(Cli.INPUT);
      assertThat(run.err()).contains("not a regular file");
    }
    assertThat(engine.calls).isEmpty();
    assertThat(Files.isRegularFile(device)).isFalse();
  }

  @Test
  void aSummaryOrJsonThatCannotBeWrittenToStdoutIsAFailure() throws IOException {
    for (String[] extra : new String[][] {{}, {"--json", "-"}}) {
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      java.io.OutputStream full = new java.io.OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("No space left on device");
        }
      };
      String[] args = Stream.concat(Stream.of("compare", good().toString(), other().toString()), Stream.of(extra))
          .toArray(String[]::new);
      int exit = Cli.run(args, new java.io.PrintStream(full, true, StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, StandardCharsets.UTF_8), engine);
      assertThat(exit).as("exit code for %s", String.join(" ", extra)).isEqualTo(Cli.INPUT);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output").doesNotContain("Exception");
    }
  }

  @Test
  void jsonIsWrittenAndValid() throws IOException {
    Path json = dir.resolve("out.json");
    CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(), "--json", json.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("JSON written to " + json);
    JsonNode tree = new ObjectMapper().readTree(json.toFile());
    ComparisonJsonCheck.assertValid(tree);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void speakerByAliasRestrictsTheSummaryAndSetsTheFocus() throws IOException {
    Path json = dir.resolve("out.json");
    CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(), "--speaker", "VARGA",
        "--json", json.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Only the quotations of Tomas Varga").contains("theater.")
        .doesNotContain("Our growers need markets");
    assertThat(new ObjectMapper().readTree(json.toFile()).get("focusSpeaker").asText()).isEqualTo("s2");
  }

  @Test
  void unknownSpeakerFailsAndSaysWhoIsQuoted() throws IOException {
    Path json = dir.resolve("out.json");
    CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(), "--speaker", "Pompeo",
        "--json", json.toString()).failsWith(Cli.INPUT);
    assertThat(run.err()).contains("Pompeo").contains("Elena Marsh").contains("Tomas Varga");
    assertThat(json).as("nothing written after a failure").doesNotExist();
  }

  @Test
  void jsonToStdoutReplacesTheSummary() throws IOException {
    CliRun run = CliRun.of(engine, "compare", good().toString(), other().toString(), "--json", "-");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode tree = new ObjectMapper().readTree(run.out());
    ComparisonJsonCheck.assertValid(tree);
    assertThat(run.out()).doesNotContain("QUOTATIONS BY OUTLET");
    assertThat(dir.resolve("-")).doesNotExist();
  }
}
