package app.verbatim.ui;

import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.ui.compare.PaneMarks;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The window's first look: the articles' headers and their first screen of text side by side, where the
 * window's panes will show them, drawn with plain text nodes. The stage is shown with it, and the window
 * itself (rich text areas with their marks, the list, the detail, menus) replaces it a frame later: made,
 * styled and laid out before the stage was shown, all of that took most of the CPU start-up needs
 * (README, Start-up). No control and no style sheet is used here, so neither JavaFX's modena style sheet
 * nor the window's own is loaded and parsed before the window appears; the colours are the themes' own
 * ({@code FirstLookTest} checks them against the style sheets).
 */
final class FirstLook extends Region {
  /** The window's margins around the articles ({@code .comparison-view} padding) and between panes. */
  private static final double SIDE = 6;
  private static final double BAND = 72;
  /** The scroll bar and the overview ruler beside each article's text. */
  private static final double BESIDE_TEXT = 14 + 14;
  /** More text than a screen shows: the rest waits for the window's own text area. */
  private static final int ENOUGH_CHARACTERS = 20_000;

  /** One theme's colours, as its style sheet has them. */
  record Theme(Color window, Color paneBg, Color text, Color muted, Color header, Color border, Color band,
      Color ruler) {
    static final Theme LIGHT = new Theme(Color.web("#f4f4f4"), Color.web("#ffffff"), Color.web("#1b1b1b"),
        Color.web("#5f6368"), Color.web("#eef1f5"), Color.web("#c9ccd1"), Color.web("#f4f5f7"), Color.web("#eef1f5"));
    static final Theme DARK = new Theme(Color.web("#232427"), Color.web("#1e1f22"), Color.web("#e6e6e6"),
        Color.web("#a9adb3"), Color.web("#2b2d31"), Color.web("#45484e"), Color.web("#26282b"), Color.web("#26282b"));
  }

  private final List<Pane> panes;
  private final Region band;
  private final double textSplit;

  private FirstLook(Comparison c, Theme theme, int fontSize, double textSplit) {
    this.textSplit = textSplit;
    setBackground(fill(theme.window()));
    Font body = Font.font("DejaVu Serif", fontSize);
    panes = c.documents().stream().limit(2).map(d -> new Pane(d, theme, body)).toList();
    band = new Region();
    band.setBackground(fill(theme.band()));
    getChildren().add(band);
    getChildren().addAll(panes);
  }

  /** The first look of this comparison, for the theme and text size the preferences hold. */
  static Parent of(Comparison c, Preferences prefs) {
    return new FirstLook(c, prefs.dark() ? Theme.DARK : Theme.LIGHT, prefs.fontSize(),
        prefs.showList() || prefs.showDetail() ? prefs.textSplit() : 1);
  }

  @Override
  protected void layoutChildren() {
    double h = Math.round(getHeight() * textSplit);
    double w = getWidth() - 2 * SIDE;
    if (panes.size() == 1) {
      panes.get(0).resizeRelocate(SIDE, 0, w, h);
      band.setVisible(false);
      return;
    }
    double paneW = Math.floor((w - BAND) / 2);
    panes.get(0).resizeRelocate(SIDE, 0, paneW, h);
    band.resizeRelocate(SIDE + paneW, 0, BAND, h);
    panes.get(1).resizeRelocate(SIDE + paneW + BAND, 0, w - paneW - BAND, h);
  }

  private static Background fill(Color c) {
    return new Background(new BackgroundFill(c, CornerRadii.EMPTY, Insets.EMPTY));
  }

  /** One article: the header's lines over the text's first paragraphs, clipped to the pane. */
  private static final class Pane extends Region {
    private final Region header = new Region();
    private final Text outlet;
    private final Text date;
    private final Text close;
    private final Text headline;
    /** The text's paragraphs from the first screen's start; a text node is made for those in view only. */
    private final List<String> paragraphs;
    private final List<Text> made = new java.util.ArrayList<>();
    private final Font body;
    private final Color ink;
    private final Region beside = new Region();
    private final Rectangle clip = new Rectangle();

    Pane(Document d, Theme theme, Font body) {
      setBackground(fill(theme.paneBg()));
      setBorder(new Border(new BorderStroke(theme.border(), BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
          BorderWidths.DEFAULT)));
      header.setBackground(fill(theme.header()));
      beside.setBackground(fill(theme.ruler()));
      outlet = text(d.article().referenceDocument() ? "Reference · " + d.outlet() : d.outlet(),
          Font.font("System", FontWeight.BOLD, 14), theme.text());
      date = text(d.article().date() == null ? "" : d.article().date(), Font.font("System", 13), theme.muted());
      close = text("✕", Font.font("System", 13), theme.muted());
      headline = text(d.article().title() == null ? "" : d.article().title(), Font.font("System", 12.5), theme.text());
      String all = d.text();
      int from = Math.min(PaneMarks.firstScreenStart(d), all.length());
      String shown = all.substring(from, Math.min(all.length(), from + ENOUGH_CHARACTERS));
      paragraphs = shown.lines().toList();
      this.body = body;
      ink = theme.text();
      getChildren().addAll(header, outlet, date, close, headline, beside);
      setClip(clip);
    }

    private static Text text(String s, Font f, Color c) {
      Text t = new Text(s);
      t.setFont(f);
      t.setFill(c);
      t.setTextOrigin(javafx.geometry.VPos.TOP);
      return t;
    }

    @Override
    protected void layoutChildren() {
      double w = getWidth();
      double h = getHeight();
      clip.setWidth(w);
      clip.setHeight(h);
      // as the pane's header: padding 6 8 6 10, the outlet and the date on one line, the headline below
      double x = 1 + 10;
      double y = 1 + 6;
      double line = outlet.getLayoutBounds().getHeight();
      outlet.relocate(x, y);
      date.relocate(x + outlet.getLayoutBounds().getWidth() + 8, y + (line - date.getLayoutBounds().getHeight()) / 2);
      close.relocate(w - 1 - 8 - 4 - close.getLayoutBounds().getWidth(),
          y + (line - close.getLayoutBounds().getHeight()) / 2);
      headline.setWrappingWidth(Math.max(1, w - 2 - 18));
      headline.relocate(x, y + line + 2);
      double headerH = 6 + line + 2 + headline.getLayoutBounds().getHeight() + 6;
      header.resizeRelocate(1, 1, w - 2, headerH);
      beside.resizeRelocate(w - 1 - BESIDE_TEXT, 1 + headerH, BESIDE_TEXT, h - 2 - headerH);
      // as the text area: padding 6 10 6 10 (its paragraphs have no spacing of their own)
      double textW = Math.max(1, w - 2 - BESIDE_TEXT - 20);
      double ty = 1 + headerH + 6;
      for (int i = 0; i < paragraphs.size(); i++) {
        if (i == made.size()) {
          if (ty >= h) {
            break;
          }
          made.add(text(paragraphs.get(i), body, ink));
          getChildren().add(made.get(i));
        }
        Text p = made.get(i);
        p.setVisible(ty < h);
        p.setWrappingWidth(textW);
        p.relocate(1 + 10, ty);
        ty += p.getLayoutBounds().getHeight();
      }
    }
  }

  /** The nodes drawn (for tests): the panes' texts in order. */
  List<Node> texts() {
    return panes.stream().<Node>flatMap(p -> p.made.stream()).toList();
  }
}
