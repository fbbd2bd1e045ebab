package app.verbatim.ui.dialogs;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Asks for the outlet and headline of an article pasted from the clipboard, showing its text. */
public final class PasteDialog extends Dialog<PasteDialog.Result> {
  /** What the analyst entered. */
  public record Result(String outlet, String title, String text) {}

  private final TextField outlet = new TextField();
  private final TextField title = new TextField();
  private final TextArea text = new TextArea();

  public PasteDialog(String clipboard) {
    setTitle("Paste article");
    setHeaderText("Add the article on the clipboard to the comparison");
    outlet.setPromptText("e.g. Reuters");
    outlet.setId("paste-outlet");
    title.setPromptText("optional");
    title.setId("paste-title");
    text.setText(clipboard == null ? "" : clipboard);
    text.setWrapText(true);
    text.setPrefRowCount(12);
    text.setId("paste-text");
    GridPane g = new GridPane();
    g.setHgap(8);
    g.setVgap(8);
    g.addRow(0, new Label("Outlet:"), outlet);
    g.addRow(1, new Label("Headline:"), title);
    g.add(text, 0, 2, 2, 1);
    GridPane.setHgrow(outlet, Priority.ALWAYS);
    GridPane.setVgrow(text, Priority.ALWAYS);
    getDialogPane().setContent(g);
    ButtonType add = new ButtonType("Add article", ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
    getDialogPane().lookupButton(add).disableProperty().bind(
        outlet.textProperty().isEmpty().or(text.textProperty().isEmpty()));
    setResultConverter(b -> b == add ? new Result(outlet.getText().strip(), title.getText().strip(), text.getText()) : null);
    setOnShown(e -> outlet.requestFocus());
  }
}
