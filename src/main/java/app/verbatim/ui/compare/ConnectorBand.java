package app.verbatim.ui.compare;

import app.verbatim.ui.Style;
import java.util.List;
import java.util.Set;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * The band between two neighbouring panes that joins linked quotations, as Meld draws it: a ribbon
 * from the quotation's lines on the left to its counterpart's lines on the right, redrawn as either
 * pane scrolls.
 */
public final class ConnectorBand extends Pane {
  /** A link to draw: the two quotations' extents and whether it belongs to the selection. */
  public record Link(int leftStart, int leftEnd, int rightStart, int rightEnd, String relation, boolean selected) {}

  private final ArticlePane left;
  private final ArticlePane right;
  private List<Link> links = List.of();
  /** A draw is queued: the scroll, size and link changes of one pulse share it. */
  private boolean drawQueued;

  public ConnectorBand(ArticlePane left, ArticlePane right) {
    this.left = left;
    this.right = right;
    getStyleClass().add(Style.CONNECTOR_BAND.css());
    setMinWidth(48);
    setPrefWidth(72);
    setMaxWidth(72);
    left.area().estimatedScrollYProperty().addListener((o, a, b) -> redraw());
    right.area().estimatedScrollYProperty().addListener((o, a, b) -> redraw());
    heightProperty().addListener((o, a, b) -> redraw());
    widthProperty().addListener((o, a, b) -> redraw());
  }

  /** A narrower band, for four or more panes side by side. */
  public void setNarrow() {
    setMinWidth(28);
    setPrefWidth(40);
    setMaxWidth(40);
  }

  public void setLinks(List<Link> links) {
    this.links = List.copyOf(links);
    redraw();
  }

  public List<Link> links() {
    return links;
  }

  /**
   * Draws after layout, when screen positions are known. Requests made before the queued draw runs join
   * it: it reads the positions of its own moment, and every draw rebuilds all ribbons.
   */
  public void redraw() {
    if (drawQueued) {
      return;
    }
    drawQueued = true;
    javafx.application.Platform.runLater(() -> {
      drawQueued = false;
      draw();
    });
  }

  private void draw() {
    getChildren().clear();
    double w = getWidth();
    // with a selection, the other ribbons step back so the selected group's stand out
    boolean anySelected = links.stream().anyMatch(Link::selected);
    for (Link l : links) {
      double[] a = left.verticalExtent(l.leftStart(), l.leftEnd(), this);
      double[] b = right.verticalExtent(l.rightStart(), l.rightEnd(), this);
      if (a == null || b == null || (a[1] - a[0] < 1 && b[1] - b[0] < 1 && a[0] == b[0])) {
        continue; // both ends off the same edge: nothing to join on screen
      }
      Path p = new Path(
          new MoveTo(0, a[0]),
          new CubicCurveTo(w / 2, a[0], w / 2, b[0], w, b[0]),
          new LineTo(w, Math.max(b[1], b[0] + 1)),
          new CubicCurveTo(w / 2, Math.max(b[1], b[0] + 1), w / 2, Math.max(a[1], a[0] + 1), 0, Math.max(a[1], a[0] + 1)),
          new ClosePath());
      p.getStyleClass().addAll(Style.CONNECTOR.css(), "connector-" + l.relation());
      if (l.selected()) {
        p.getStyleClass().add(Style.CONNECTOR_SELECTED.css());
      } else if (anySelected) {
        p.getStyleClass().add(Style.CONNECTOR_DIMMED.css());
      }
      p.setMouseTransparent(true);
      getChildren().add(p);
    }
    // the selected ribbons on top of the others, not hidden under them
    getChildren().stream().filter(n -> n.getStyleClass().contains(Style.CONNECTOR_SELECTED.css())).toList()
        .forEach(javafx.scene.Node::toFront);
  }

  /** Style classes of the drawn ribbons (for tests). */
  public Set<String> drawnClasses() {
    java.util.Set<String> out = new java.util.HashSet<>();
    getChildren().forEach(n -> out.addAll(n.getStyleClass()));
    return out;
  }
}
