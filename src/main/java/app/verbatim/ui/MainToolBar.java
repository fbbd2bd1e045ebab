package app.verbatim.ui;

import app.verbatim.export.ReportFormat;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The main actions and the filters in one row under the menu bar (as Meld and Beyond Compare have it):
 * open, paste an article, previous/next difference, export, theme; then speaker, relation, search and
 * synchronized scrolling. Every control says what it does in a tooltip.
 */
final class MainToolBar extends HBox {
  MainToolBar(WindowActions window, FileActions files, ComboBox<?> speaker, ComboBox<?> relation, ComboBox<?> fidelity,
      TextField search, CheckBox sync) {
    super(6);
    getStyleClass().add(Style.MAIN_TOOLBAR.css());
    setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    setId("toolbar");
    Button open = button("tb-open", "Open…", "Open articles to add to the comparison, or a saved session (Ctrl+O)",
        files::chooseAndOpen);
    Button paste = button("tb-paste", "Paste…", "Add an article from the clipboard (Ctrl+Shift+V)", files::paste);
    Button reference = button("tb-reference", "Reference…", "Open the record of the speech (the official text or a "
        + "transcript): every quotation is measured against it", files::chooseAndOpenReference);
    Button previous = button("tb-previous", "▲ Difference",
        "Previous passage the outlets do not word identically (F7)", () -> window.moveSelection(-1, true));
    Button next = button("tb-next", "▼ Difference",
        "Next passage the outlets do not word identically (F8)", () -> window.moveSelection(1, true));
    MenuButton export = new MenuButton("Export");
    export.setId("tb-export");
    for (ReportFormat f : ReportFormat.values()) {
      MenuItem m = new MenuItem(f.label() + "…");
      m.setOnAction(e -> files.export(f));
      export.getItems().add(m);
    }
    MenuItem landscape = new MenuItem("PDF report, landscape (wordings side by side)…");
    landscape.setOnAction(e -> files.export(ReportFormat.PDF, true));
    export.getItems().add(1, landscape);
    MenuItem json = new MenuItem("Comparison JSON…");
    json.setOnAction(e -> files.exportJson());
    export.getItems().add(json);
    tip(export, "Export the comparison as a PDF or HTML report, a CSV table or JSON");
    ToggleButton theme = new ToggleButton("◐ Dark");
    theme.setId("tb-theme");
    theme.selectedProperty().bindBidirectional(window.darkProperty());
    tip(theme, "Switch between the light and the dark theme");
    speakerTip(speaker);
    tip(relation, "Show only identical, variant, overlapping or one-outlet quotations");
    tip(fidelity, "Show only the quotations of one fidelity class against the record (with a reference open)");
    tip(search, "Show the quotations containing these words; Escape clears the search (Ctrl+F)");
    tip(sync, "Scroll the articles together");
    Label speakerLabel = new Label("Speaker:");
    speakerLabel.setLabelFor(speaker);
    Label relationLabel = new Label("Relation:");
    relationLabel.setLabelFor(relation);
    search.setMinWidth(90);
    speaker.setMinWidth(130);
    relation.setMinWidth(115);
    search.setPrefWidth(130); // it grows into the room there is; on a narrow screen it gives way before the labels
    HBox filters = new HBox(6, speakerLabel, speaker, relationLabel, relation, fidelity, search, sync);
    filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    filters.getStyleClass().add(Style.FILTER_BAR.css());
    HBox.setHgrow(search, Priority.ALWAYS);
    HBox.setHgrow(filters, Priority.ALWAYS);
    for (Control c : new Control[] {open, paste, reference, previous, next, export, theme}) {
      c.setMinWidth(Control.USE_PREF_SIZE);
    }
    stepAsideWhenNarrow(speakerLabel, relationLabel);
    sync.setMinWidth(Control.USE_PREF_SIZE);
    getChildren().addAll(open, paste, reference, separator(), previous, next, separator(), export, theme, separator(), filters);
  }

  /**
   * On a narrow screen the filter labels step aside whole (the boxes' values and tooltips say what they
   * are) rather than show as "Spe…" or widen the window past the screen.
   */
  private void stepAsideWhenNarrow(Label... labels) {
    for (Label l : labels) {
      l.setMinWidth(Control.USE_PREF_SIZE);
      l.managedProperty().bind(widthProperty().greaterThan(1400));
      l.visibleProperty().bind(l.managedProperty());
    }
  }

  /** The whole name first: the box shortens a long one. */
  private static void speakerTip(ComboBox<?> speaker) {
    tip(speaker, "");
    speaker.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
        () -> (speaker.getValue() == null ? "" : speaker.getValue() + "\n")
            + "Show the quotations of one speaker (the number is how many quotations they have)",
        speaker.valueProperty()));
  }

  private static Separator separator() {
    return new Separator(javafx.geometry.Orientation.VERTICAL);
  }

  private static Button button(String id, String text, String tip, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    tip(b, tip);
    return b;
  }

  private static void tip(Control c, String text) {
    c.setTooltip(new Tooltip(text));
  }
}
