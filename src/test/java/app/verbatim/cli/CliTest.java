package app.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private Path seed(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/seeds/" + name)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void compareWritesJsonThatMatchesTheSchema() throws Exception {
    Path json = dir.resolve("out.json");
    int code = run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(), "--json", json.toString(),
        "--label", "NBC News", "--label", "TASS");
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("NBC News", "TASS", "Ri Yong Ho", "only in");
    JsonNode tree = new ObjectMapper().readTree(json.toFile());
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(getClass().getResourceAsStream("/app/verbatim/schema/comparison.schema.json"));
    Set<ValidationMessage> errors = schema.validate(tree);
    assertThat(errors).isEmpty();
    assertThat(tree.get("documents").get(0).get("outlet").asText()).isEqualTo("NBC News");
    assertThat(tree.get("alignments")).hasSize(3);
    String text = tree.get("documents").get(0).get("text").asText();
    JsonNode q = tree.get("quotes").get(0);
    int s = q.get("spans").get(0).get(0).asInt();
    int e = q.get("spans").get(0).get(1).asInt();
    assertThat(text.substring(s, e)).isEqualTo(q.get("text").asText());
  }

  @Test
  void speakerFilterRestrictsTheSummary() throws Exception {
    assertThat(run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(), "--speaker", "Pompeo")).isZero();
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("Mike Pompeo").doesNotContain("Ri Yong Ho:");
    assertThat(run("compare", seed("nbc-news.txt").toString(), seed("tass.txt").toString(), "--speaker", "Nobody")).isEqualTo(Cli.INPUT);
  }

  @Test
  void badInputGetsOneLineAndNonZeroExit() throws Exception {
    Path good = seed("tass.txt");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("pic.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    Path undecodable = Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x00, (byte) 0xD8, 'a'});
    Path subdir = Files.createDirectory(dir.resolve("folder"));
    String[][] cases = {
        {"compare", dir.resolve("missing.txt").toString(), good.toString()},
        {"compare", subdir.toString(), good.toString()},
        {"compare", empty.toString(), good.toString()},
        {"compare", binary.toString(), good.toString()},
        {"compare", undecodable.toString(), good.toString()},
    };
    for (String[] c : cases) {
      err.reset();
      assertThat(run(c)).as(String.join(" ", c)).isEqualTo(Cli.INPUT);
      assertThat(errText().strip().lines().count()).as(errText()).isEqualTo(1);
      assertThat(errText()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    err.reset();
    assertThat(run("compare", good.toString())).isEqualTo(Cli.USAGE);
    assertThat(errText()).contains("at least two");
    err.reset();
    assertThat(run("compare", good.toString(), good.toString(), "--json", dir.resolve("no/such/dir/out.json").toString()))
        .isEqualTo(Cli.INPUT);
    assertThat(errText()).contains("cannot write");
  }

  @Test
  void articleWithoutQuotationsIsValid() throws Exception {
    Path none = Files.writeString(dir.resolve("none.txt"), "Markets steady\n\nStocks were little changed on Tuesday.\n");
    assertThat(run("compare", none.toString(), seed("tass.txt").toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("== none (d1): 0 quotations");
  }

  @Test
  void oversizedFileIsRefused() throws Exception {
    Path big = dir.resolve("big.txt");
    try (var w = Files.newBufferedWriter(big)) {
      String line = "word ".repeat(200) + "\n";
      for (long n = 0; n * line.length() <= app.verbatim.io.ArticleReader.MAX_BYTES; n++) {
        w.write(line);
      }
    }
    assertThat(run("compare", big.toString(), seed("tass.txt").toString())).isEqualTo(Cli.INPUT);
    assertThat(errText()).contains("too large");
  }
}
