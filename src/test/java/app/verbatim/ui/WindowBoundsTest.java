package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the window opens, for screens of several sizes (no window needed). */
class WindowBoundsTest {
  @Test
  void onALaptopScreenTheWindowTakesTheVisualBoundsAndNoMore() {
    // 1280x800 with a 27-pixel panel at the top: the window used to open 1280x820, its menu bar off the top
    WindowBounds b = WindowBounds.fit(0, 27, 1280, 773);
    assertThat(b).isEqualTo(new WindowBounds(0, 27, 1280, 773));
  }

  @Test
  void onALargeScreenTheWindowIsCentredAndNineTenthsOfIt() {
    WindowBounds b = WindowBounds.fit(0, 0, 1920, 1080);
    assertThat(b.width()).isEqualTo(1728);
    assertThat(b.height()).isEqualTo(972);
    assertThat(b.x()).isEqualTo(96);
    assertThat(b.y()).isEqualTo(54);
  }

  @Test
  void neverLargerThanTheScreenHoweverSmall() {
    WindowBounds b = WindowBounds.fit(10, 20, 640, 460);
    assertThat(b.width()).isLessThanOrEqualTo(640);
    assertThat(b.height()).isLessThanOrEqualTo(460);
    assertThat(b.x()).isGreaterThanOrEqualTo(10);
    assertThat(b.y()).isGreaterThanOrEqualTo(20);
  }
}
