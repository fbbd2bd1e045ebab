package app.verbatim.ui.compare;

import app.verbatim.ui.Style;
import app.verbatim.engine.present.StyleRun;
import app.verbatim.model.Document;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * One article: a header (outlet, headline, date) over its full text in a virtualized, read-only text
 * area, painted with the style runs the engine computed.
 */
public final class ArticlePane extends VBox {
  private final StyleClassedTextArea area = new StyleClassedTextArea();
  private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
  private final Label outlet = new Label();
  private final Label headline = new Label();
  private final Label date = new Label();
  private final Button close = new Button("✕");
  private final OverviewRuler ruler = new OverviewRuler();
  private Document document;
  private java.util.function.Supplier<ContextMenu> menuMaker;

  public ArticlePane() {
    getStyleClass().add(Style.ARTICLE_PANE.css());
    area.setEditable(false);
    area.setWrapText(true);
    area.getStyleClass().add(Style.ARTICLE_TEXT.css());
    outlet.getStyleClass().add(Style.PANE_OUTLET.css());
    headline.getStyleClass().add(Style.PANE_HEADLINE.css());
    headline.setWrapText(true);
    date.getStyleClass().add(Style.PANE_DATE.css());
    close.getStyleClass().add(Style.PANE_CLOSE.css());
    HoverTooltip.set(close, "Remove this article from the comparison");
    close.setFocusTraversable(false);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(8, outlet, date, spacer, close);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox header = new VBox(2, top, headline);
    header.getStyleClass().add(Style.PANE_HEADER.css());
    HBox.setHgrow(scroll, Priority.ALWAYS);
    HBox body = new HBox(scroll, ruler);
    VBox.setVgrow(body, Priority.ALWAYS);
    getChildren().addAll(header, body);
    ruler.setOnJump(f -> {
      if (document != null) {
        reveal((int) Math.round(f * area.getLength()));
      }
    });
    // after the layout that scrolled or resized, when the visible paragraphs are known again
    area.estimatedScrollYProperty().addListener((o, a, b) -> laterRulerView());
    area.heightProperty().addListener((o, a, b) -> laterRulerView());
    setMinWidth(180);
  }

  public OverviewRuler ruler() {
    return ruler;
  }

  private boolean rulerViewPending;

  private void laterRulerView() {
    if (!rulerViewPending) {
      rulerViewPending = true;
      javafx.application.Platform.runLater(() -> {
        rulerViewPending = false;
        updateRulerView();
      });
    }
  }

  /** Outlines on the ruler the part of the text in view. */
  void updateRulerView() {
    int length = area.getLength();
    if (length == 0 || area.getParagraphs().isEmpty()) {
      ruler.setView(0, 1);
      return;
    }
    if (area.getVisibleParagraphs().isEmpty()) {
      return; // not laid out yet: the next scroll or resize tells
    }
    try {
      int first = area.firstVisibleParToAllParIndex();
      int last = area.lastVisibleParToAllParIndex();
      int from = area.getAbsolutePosition(first, 0);
      int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
      ruler.setView(from / (double) length, to / (double) length);
    } catch (IllegalStateException | IllegalArgumentException | IndexOutOfBoundsException e) {
      // no paragraph laid out yet: the next scroll or resize tells
    }
  }

  public StyleClassedTextArea area() {
    return area;
  }

  public Document document() {
    return document;
  }

  /** Shows a document's text (only when it changed, so the scroll position survives re-analysis). */
  public void show(Document doc) {
    boolean sameText = document != null && document.text().equals(doc.text());
    document = doc;
    outlet.setText(doc.article().referenceDocument() ? "Reference · " + doc.outlet() : doc.outlet());
    // the record is outlined so that it never reads as one more outlet
    getStyleClass().remove(Style.REFERENCE_PANE.css());
    if (doc.article().referenceDocument()) {
      getStyleClass().add(Style.REFERENCE_PANE.css());
    }
    String source = doc.article().source();
    HoverTooltip.set(outlet, doc.outlet() + (source == null || source.isBlank() ? " — no source recorded" : " — " + source));
    HoverTooltip.set(headline, doc.article().title());
    headline.setText(doc.article().title() == null ? "" : doc.article().title());
    headline.setManaged(doc.article().title() != null);
    date.setText(doc.article().date() == null ? "" : doc.article().date());
    if (!sameText) {
      area.replaceText(doc.text());
      // the first screen starts at the headline, past any page furniture above it (still there, dimmed)
      int start = Math.min(PaneMarks.firstScreenStart(doc), area.getLength());
      area.moveTo(start);
      int par = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
      area.showParagraphAtTop(par);
    }
  }

  /** Paints the runs (they cover parts of the text; the rest is plain). */
  public void paint(List<StyleRun> runs) {
    int length = area.getLength();
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    int at = 0;
    for (StyleRun r : runs) {
      int start = Math.min(r.start(), length);
      int end = Math.min(r.end(), length);
      if (start > at) {
        b.add(Collections.emptyList(), start - at);
      }
      if (end > start) {
        b.add(r.classes(), end - start);
      }
      at = Math.max(at, end);
    }
    if (length > at || at == 0) {
      b.add(Collections.emptyList(), length - at);
    }
    StyleSpans<Collection<String>> spans = b.create();
    area.setStyleSpans(0, spans);
  }

  public void setOnRemove(Runnable r) {
    close.setOnAction(e -> r.run());
  }

  public void setRemovable(boolean removable) {
    close.setVisible(removable);
  }

  /** Called with the character offset the analyst clicked. */
  public void setOnTextClicked(IntConsumer handler) {
    area.setOnMouseClicked(e -> {
      if (e.getClickCount() == 1 && area.getSelection().getLength() == 0) {
        handler.accept(area.getCaretPosition());
      }
    });
  }

  /** Shows, while the pointer rests on a quotation, what {@code describe} says about it. */
  public void setQuoteTips(java.util.function.IntFunction<String> describe) {
    // made when first needed: a tooltip is a popup window with a scene of its own (README, Start-up)
    Tooltip[] tip = new Tooltip[1];
    area.setMouseOverTextDelay(java.time.Duration.ofMillis(600));
    area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
      String text = describe.apply(e.getCharacterIndex());
      if (text != null && !text.isBlank()) {
        if (tip[0] == null) {
          tip[0] = new Tooltip();
          tip[0].setWrapText(true);
          tip[0].setMaxWidth(520);
        }
        tip[0].setText(text);
        tip[0].show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
      }
    });
    area.addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
      if (tip[0] != null) {
        tip[0].hide();
      }
    });
  }

  /**
   * The text's right-click menu, made by {@code maker} on the first request for it (a right-click, the
   * menu key) rather than with the pane: a menu is a popup window, and two panes made two of them before
   * the window's first frame (README, Start-up). Made in an event filter, so the text's own handler that
   * shows the menu finds it in place.
   */
  public void setTextContextMenu(java.util.function.Supplier<ContextMenu> maker) {
    menuMaker = maker;
    area.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> textContextMenu());
  }

  /** The text's right-click menu, made now if it was not yet; null when the pane has none. */
  public ContextMenu textContextMenu() {
    if (area.getContextMenu() == null && menuMaker != null) {
      area.setContextMenu(menuMaker.get());
    }
    return area.getContextMenu();
  }

  /** Scrolls so that the text at this offset is in view (placed a third of the way down). */
  public void reveal(int offset) {
    if (document == null || area.getLength() == 0) {
      return;
    }
    int par = area.offsetToPosition(Math.min(offset, area.getLength()), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    area.showParagraphRegion(par, new javafx.geometry.BoundingBox(0, -area.getHeight() / 3, 1, area.getHeight()));
  }

  /**
   * The vertical extent of a stretch of text in the coordinates of {@code target}, clamped to the
   * visible area: above the view → top edge, below → bottom edge.
   */
  public double[] verticalExtent(int start, int end, javafx.scene.Node target) {
    Bounds viewport = area.localToScreen(area.getLayoutBounds());
    if (viewport == null) {
      return null;
    }
    double top = target.screenToLocal(0, viewport.getMinY()).getY();
    double bottom = target.screenToLocal(0, viewport.getMaxY()).getY();
    int length = area.getLength();
    start = Math.min(start, length);
    end = Math.min(Math.max(end, start), length);
    // a stretch wholly above or below the view has no bounds: say so without asking the area, which
    // copies the text of the stretch first (the costliest part of drawing the ribbons)
    int first = area.firstVisibleParToAllParIndex();
    if (area.offsetToPosition(end, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() < first) {
      return new double[] {top, top};
    }
    if (area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()
        > area.lastVisibleParToAllParIndex()) {
      return new double[] {bottom, bottom};
    }
    java.util.Optional<Bounds> b = area.getCharacterBoundsOnScreen(start, Math.max(start, end));
    if (b.isPresent()) {
      double y1 = target.screenToLocal(0, b.get().getMinY()).getY();
      double y2 = target.screenToLocal(0, b.get().getMaxY()).getY();
      return new double[] {clamp(y1, top, bottom), clamp(y2, top, bottom)};
    }
    int par = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
    double y = par < first ? top : bottom;
    return new double[] {y, y};
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** Scroll position in 0..1 of the scrollable height, for synchronized scrolling. */
  public double scrollFraction() {
    double total = area.getTotalHeightEstimate() - area.getHeight();
    return total <= 0 ? 0 : area.getEstimatedScrollY() / total;
  }

  public void scrollToFraction(double f) {
    double total = area.getTotalHeightEstimate() - area.getHeight();
    if (total > 0) {
      area.estimatedScrollYProperty().setValue(f * total);
    }
  }

  public void setFontSize(int px) {
    area.setStyle("-fx-font-size: " + px + "px;");
  }
}
