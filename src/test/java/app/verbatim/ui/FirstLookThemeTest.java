package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The first look draws with the themes' colours as their style sheets give them. */
class FirstLookThemeTest {

  @Test
  void theLightLookUsesTheLightStyleSheetsColours() throws IOException {
    String css = css(MainWindow.LIGHT_CSS);
    check(FirstLook.Theme.LIGHT, css, css);
  }

  @Test
  void theDarkLookUsesTheDarkStyleSheetsColoursOverTheLightOnes() throws IOException {
    String dark = css(MainWindow.DARK_CSS);
    check(FirstLook.Theme.DARK, dark, css(MainWindow.LIGHT_CSS));
    assertThat(FirstLook.Theme.DARK.window()).isEqualTo(Color.web(value(dark, "-fx-background")));
  }

  /** {@code css} is the theme's own sheet, {@code base} the light sheet it is laid over. */
  private static void check(FirstLook.Theme t, String css, String base) {
    assertThat(t.paneBg()).isEqualTo(Color.web(value(css, "-vb-pane-bg")));
    assertThat(t.text()).isEqualTo(Color.web(value(css, "-vb-text")));
    assertThat(t.muted()).isEqualTo(Color.web(value(css, "-vb-muted")));
    assertThat(t.header()).isEqualTo(Color.web(rule(css, base, "\\.pane-header", "-fx-background-color")));
    assertThat(t.border()).isEqualTo(Color.web(rule(css, base, "\\.article-pane", "-fx-border-color")));
    assertThat(t.band()).isEqualTo(Color.web(rule(css, base, "\\.connector-band", "-fx-background-color")));
    assertThat(t.ruler()).isEqualTo(Color.web(rule(css, base, "\\.overview-ruler", "-fx-background-color")));
  }

  private static String css(String resource) throws IOException {
    try (InputStream in = MainWindow.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A property's first value in the sheet (the .root block's variables come first). */
  private static String value(String css, String property) {
    Matcher m = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
    assertThat(m.find()).as(property).isTrue();
    return m.group(1);
  }

  /** A property of a selector's own rule (also in a list of selectors), in the theme's sheet, else the base's. */
  private static String rule(String css, String base, String selector, String property) {
    Pattern p = Pattern.compile("(?m)^[^{}]*" + selector + "(?:\\s*,[^{]*)?\\s*\\{[^}]*?" + Pattern.quote(property)
        + ":\\s*(#[0-9a-fA-F]{6})");
    Matcher m = p.matcher(css);
    if (m.find()) {
      return m.group(1);
    }
    Matcher b = p.matcher(base);
    assertThat(b.find()).as(selector + " " + property).isTrue();
    return b.group(1);
  }
}
