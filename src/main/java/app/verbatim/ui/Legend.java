package app.verbatim.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Explains the marks in the text; each sample uses the very style classes the panes use. */
final class Legend extends HBox {
  Legend() {
    super(14);
    getStyleClass().add("legend");
    add("linked to another outlet", "quote", "linked");
    add("only in this outlet", "quote", "only-here");
    add("words the others left out", "quote", "linked", "w-only");
    add("spelled differently", "quote", "linked", "w-variant");
    add("punctuation differs", "quote", "linked", "w-punct");
    add("[editorial] insertion", "quote", "linked", "w-editorial");
    add("corrected by the analyst", "quote", "linked", "corrected");
    add("selected", "quote", "linked", "selected");
  }

  private void add(String text, String... classes) {
    Label sample = new Label("Abc");
    sample.getStyleClass().add("legend-sample");
    for (String c : classes) {
      sample.getStyleClass().add("legend-" + c);
    }
    Label l = new Label(text, sample);
    l.getStyleClass().add("legend-item");
    getChildren().add(l);
  }
}
