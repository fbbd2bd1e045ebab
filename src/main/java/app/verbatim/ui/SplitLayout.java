package app.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The window's split panes: the articles above, the quotation list and the detail view below, side by
 * side. The analyst may move the dividers and hide the list or the detail; both are remembered.
 */
final class SplitLayout {
  private final Preferences prefs;
  private final Node articles;
  private final StackPane listSlot = new StackPane();
  private final StackPane detailSlot = new StackPane();
  private final SplitPane bottom = new SplitPane();
  private final SplitPane center = new SplitPane();
  /** Dividers are saved once they rest, not on every pixel of a drag. */
  private final PauseTransition saveLayout = new PauseTransition(Duration.millis(400));
  private boolean restored;

  SplitLayout(Preferences prefs, Node articles) {
    this.prefs = prefs;
    this.articles = articles;
    listSlot.setMinSize(0, 0);
    detailSlot.setMinSize(0, 0);
    bottom.setMinHeight(0);
    center.setOrientation(Orientation.VERTICAL);
    layout();
  }

  /** The articles over the list and the detail. */
  SplitPane center() {
    return center;
  }

  /**
   * Puts the list and the detail in their places. The first layouts, at the stage's initial sizes, move
   * the dividers: they are put back where the analyst left them once the window has its size, and only
   * moves after that are remembered.
   */
  void fill(Node list, Node detail) {
    listSlot.getChildren().setAll(list);
    detailSlot.getChildren().setAll(detail);
    layout();
    restored = true;
  }

  private void layout() {
    List<Node> shown = new ArrayList<>();
    if (prefs.showList()) {
      shown.add(listSlot);
    }
    if (prefs.showDetail()) {
      shown.add(detailSlot);
    }
    bottom.getItems().setAll(shown);
    if (shown.size() == 2) {
      bottom.setDividerPositions(prefs.listSplit());
      bottom.getDividers().get(0).positionProperty().addListener((o, a, b) -> moved());
    }
    center.getItems().setAll(shown.isEmpty() ? List.of(articles) : List.of(articles, bottom));
    if (!shown.isEmpty()) {
      center.setDividerPositions(prefs.textSplit());
      center.getDividers().get(0).positionProperty().addListener((o, a, b) -> moved());
    }
    saveLayout.setOnFinished(e -> save());
  }

  private void moved() {
    if (restored) {
      saveLayout.playFromStart();
    }
  }

  private void save() {
    if (!center.getDividers().isEmpty()) {
      prefs.textSplit(center.getDividers().get(0).getPosition());
    }
    if (!bottom.getDividers().isEmpty()) {
      prefs.listSplit(bottom.getDividers().get(0).getPosition());
    }
    prefs.save();
  }

  /** Shows or hides the quotation list; remembered. */
  void showList(boolean on) {
    save();
    prefs.showList(on);
    prefs.save();
    layout();
  }

  /** Shows or hides the detail view; remembered. */
  void showDetail(boolean on) {
    save();
    prefs.showDetail(on);
    prefs.save();
    layout();
  }
}
