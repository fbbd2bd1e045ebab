package app.verbatim.ui.compare;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer comes over their node rather than with it: each tooltip is a
 * popup window with a scene of its own, and the two panes made ten of them before the window's first frame
 * (README, Start-up). The tooltip is in place before the pointer's first move over the node is handled, so
 * it shows after the usual delay; a screen reader gets the text as the control's accessible help meanwhile.
 */
public final class HoverTooltip {
  private static final String TEXT = "verbatim.hover-tooltip.text";
  private static final String MAX_WIDTH = "verbatim.hover-tooltip.max-width";

  private HoverTooltip() {}

  /** Gives {@code control} a tooltip saying {@code text} (null: none), made on the first hover. */
  public static void set(Control control, String text) {
    control.setAccessibleHelp(text);
    control.getProperties().put(TEXT, text == null ? "" : text);
    if (text == null) {
      control.setTooltip(null);
      return;
    }
    if (control.getTooltip() != null) {
      control.getTooltip().setText(text); // made by an earlier hover: keep it current
      return;
    }
    onFirstHover(control, () -> {
      String now = (String) control.getProperties().get(TEXT);
      if (control.getTooltip() == null && now != null && !now.isEmpty()) {
        control.setTooltip(tooltip(now, control));
      }
    });
  }

  /** Installs a wrapped tooltip on a node that is not a control (a ruler, a canvas), made on the first hover. */
  static void install(Node node, String text, double maxWidth) {
    node.getProperties().put(TEXT, text);
    node.getProperties().put(MAX_WIDTH, maxWidth);
    onFirstHover(node, () -> {
      if (node.getProperties().put(Tooltip.class, Boolean.TRUE) == null) {
        Tooltip.install(node, tooltip((String) node.getProperties().get(TEXT), node));
      }
    });
  }

  private static Tooltip tooltip(String text, Node node) {
    Tooltip tip = new Tooltip(text);
    Object maxWidth = node.getProperties().get(MAX_WIDTH);
    if (maxWidth instanceof Double w) {
      tip.setWrapText(true);
      tip.setMaxWidth(w);
    }
    return tip;
  }

  private static void onFirstHover(Node node, Runnable make) {
    if (node.getProperties().containsKey(HoverTooltip.class)) {
      return; // the handler is there already and reads the current text
    }
    node.getProperties().put(HoverTooltip.class, Boolean.TRUE);
    // MOUSE_ENTERED reaches the node before the move that caused it, which the tooltip then sees
    node.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<MouseEvent>() {
      @Override
      public void handle(MouseEvent e) {
        make.run();
      }
    });
  }
}
