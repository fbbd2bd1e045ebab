package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StyleTest {
  private static String css(String name) throws IOException {
    try (InputStream in = StyleTest.class.getResourceAsStream("/app/verbatim/ui/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyStyledClassHasARuleAndEveryNameIsSpelledOnce() throws IOException {
    String sheets = css("verbatim.css") + css("dark.css");
    Set<String> names = new HashSet<>();
    for (Style s : Style.values()) {
      boolean inSheet = Pattern.compile("\\." + Pattern.quote(s.css()) + "(?![a-z0-9-])").matcher(sheets).find();
      // a renamed rule or a typo in the code leaves a control unstyled without any error: this catches it
      assertThat(inSheet).as("%s (.%s) in the stylesheets", s, s.css()).isEqualTo(s.styled());
      assertThat(names.add(s.css())).as("%s spelled once", s.css()).isTrue();
    }
  }
}
