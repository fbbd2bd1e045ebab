package app.verbatim.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Explains the marks in the text; each sample uses the very style classes the panes use. */
final class Legend extends HBox {
  Legend() {
    super(14);
    getStyleClass().add(Style.LEGEND.css());
    add("linked to another outlet", "Blue background: another outlet quotes the same passage; a ribbon in the band "
        + "joins them", "quote", "linked");
    add("only in this outlet", "Orange background, italic: no other outlet has this quotation", "quote", "only-here");
    add("words the others left out", "Bold, solid underline: words of a linked quotation no other outlet has",
        "quote", "linked", "w-only");
    add("spelled differently", "Dashed underline: the same word spelled differently (U.S. / US)",
        "quote", "linked", "w-variant");
    add("punctuation differs", "Dotted underline: the same word with a comma or stop added or dropped beside it",
        "quote", "linked", "w-punct");
    add("[editorial] insertion", "Grey box: brackets or ellipses the outlet added; not the speaker's words",
        "quote", "linked", "w-editorial");
    add("corrected", "Dashed green box: you corrected this quotation (right-click a quotation); ✎ in the list",
        "quote", "linked", "corrected");
    add("has a note", "Dotted ochre box: a note on this quotation (right-click › Note…); ✉ in the list",
        "quote", "linked", "noted");
    add("selected", "Yellow, bold: the selected passage, in every pane, in the ruler and in the list",
        "quote", "linked", "selected");
  }

  private void add(String text, String tip, String... classes) {
    Label sample = new Label("Abc");
    sample.getStyleClass().add(Style.LEGEND_SAMPLE.css());
    for (String c : classes) {
      sample.getStyleClass().add("legend-" + c);
    }
    Label l = new Label(text, sample);
    l.getStyleClass().add(Style.LEGEND_ITEM.css());
    l.setTooltip(new javafx.scene.control.Tooltip(tip));
    getChildren().add(l);
  }
}
