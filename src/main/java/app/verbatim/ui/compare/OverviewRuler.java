package app.verbatim.ui.compare;

import app.verbatim.ui.Style;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The whole article as a thin strip beside its text, as Meld, WinMerge and Beyond Compare have it: one
 * mark per quotation, the part in view outlined; a click or a drag jumps there. Marks differ in shape as
 * well as colour: a linked quotation fills the strip's width, one only this outlet has fills its right
 * half, the focus speaker's carry a dark tick on the left, a corrected one a dashed outline.
 */
public final class OverviewRuler extends Region {
  static final double WIDTH = 14;
  private static final double MIN_MARK = 3;

  private List<PaneMarks.RulerMark> marks = List.of();
  private double viewFrom;
  private double viewTo = 1;
  private final Rectangle viewport = new Rectangle();
  private DoubleConsumer onJump = f -> { };

  public OverviewRuler() {
    getStyleClass().add(Style.OVERVIEW_RULER.css());
    setMinWidth(WIDTH);
    setPrefWidth(WIDTH);
    setMaxWidth(WIDTH);
    viewport.getStyleClass().add(Style.RULER_VIEWPORT.css());
    viewport.setMouseTransparent(true);
    HoverTooltip.install(this, "The whole article. Blue, full width: linked to another outlet; orange, right half: "
        + "only in this outlet; dark tick: the focus speaker's; dashed green: corrected; yellow: selected. "
        + "The outline is the part in view; click or drag to go there.", 420);
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::jump);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::jump);
  }

  private void jump(MouseEvent e) {
    double h = getHeight();
    if (h > 0) {
      onJump.accept(Math.max(0, Math.min(1, e.getY() / h)));
    }
    e.consume();
  }

  /** Called with the fraction (0..1) of the article the analyst clicked. */
  public void setOnJump(DoubleConsumer handler) {
    onJump = handler;
  }

  public void setMarks(List<PaneMarks.RulerMark> marks) {
    this.marks = List.copyOf(marks);
    requestLayout();
  }

  public List<PaneMarks.RulerMark> marks() {
    return marks;
  }

  /** The part of the article in view, as fractions of its text. */
  public void setView(double from, double to) {
    viewFrom = from;
    viewTo = Math.max(from, to);
    placeViewport();
  }

  public double viewFrom() {
    return viewFrom;
  }

  public double viewTo() {
    return viewTo;
  }

  @Override
  protected void layoutChildren() {
    draw();
  }

  private void draw() {
    double w = getWidth();
    double h = getHeight();
    getChildren().clear();
    if (w <= 0 || h <= 0) {
      return;
    }
    for (PaneMarks.RulerMark m : marks) {
      double y = m.from() * h;
      double mh = Math.max(MIN_MARK, (m.to() - m.from()) * h);
      double x = m.linked() ? 2 : w / 2;
      Rectangle r = new Rectangle(x, y, w - x - 2, mh);
      r.getStyleClass().addAll(Style.RULER_MARK.css(), (m.linked() ? Style.RULER_LINKED : Style.RULER_ONLY_HERE).css());
      if (m.corrected()) {
        r.getStyleClass().add(Style.RULER_CORRECTED.css());
      }
      if (m.selected()) {
        r.getStyleClass().add(Style.RULER_SELECTED.css());
      }
      if (!m.focus()) {
        r.getStyleClass().add(Style.RULER_OTHER.css());
      }
      r.setMouseTransparent(true);
      getChildren().add(r);
      if (m.focus()) {
        Rectangle tick = new Rectangle(0, y, 3, mh);
        tick.getStyleClass().add(Style.RULER_FOCUS.css());
        tick.setMouseTransparent(true);
        getChildren().add(tick);
      }
    }
    getChildren().add(viewport);
    placeViewport();
  }

  private void placeViewport() {
    double w = getWidth();
    double h = getHeight();
    viewport.setX(0.5);
    viewport.setWidth(Math.max(0, w - 1));
    viewport.setY(viewFrom * h);
    viewport.setHeight(Math.max(4, (viewTo - viewFrom) * h));
  }
}
