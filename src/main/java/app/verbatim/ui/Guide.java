package app.verbatim.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › Guide: one page on the marks, the ruler and the band, and the workflow. Opened by itself on the
 * first start; the samples are the legend's, so they look exactly like the panes.
 */
final class Guide {
  static final String TITLE = "Verbatim guide";

  private Guide() {}

  static Stage open(Window owner, java.util.List<String> stylesheets) {
    VBox page = new VBox(10);
    page.getStyleClass().add(Style.GUIDE.css());
    page.setId("guide");
    page.getChildren().addAll(
        heading("Compare how outlets quote a speaker"),
        para("Each article has its own pane, side by side. Verbatim finds every quotation, says who is quoted, "
            + "links the quotations that render the same passage, and marks word by word what each outlet kept."),
        heading("The marks"),
        vertical(new Legend()),
        para("Quotations of other speakers than the one the Speaker filter shows are greyed, so the chosen "
            + "speaker's stand out. Words the search finds are boxed in amber."),
        heading("The overview ruler"),
        para("The strip at the right of each pane is the whole article. Blue marks fill its width: quotations "
            + "linked to another outlet; orange marks fill its right half: quotations only this outlet has. A dark "
            + "tick on the left marks the focus speaker's quotations, a dashed green outline a corrected one, yellow "
            + "the selected passage. The outlined box is the part in view: click or drag on the ruler to go there."),
        heading("The connector band"),
        para("Between neighbouring panes, a ribbon joins each pair of linked quotations: solid for identical, "
            + "dashed for a variant, dotted for an overlap. The selected group's ribbons are yellow, the others fade."),
        heading("Workflow"),
        para("1. Open articles (File › Open, the toolbar, or drop files on the window); paste one with Ctrl+Shift+V.\n"
            + "2. Pick the speaker in the toolbar; the summary line at the bottom counts their quotations per outlet.\n"
            + "3. Walk the differences with F8 and F7 (or ▼/▲ Difference): each passage the outlets do not word "
            + "identically, with every outlet's wording in the detail view.\n"
            + "4. Right-click a quotation to correct its speaker, mark it as not a quotation, link or unlink it, or "
            + "note it; select text and right-click to mark a quotation the engine missed.\n"
            + "5. Save the comparison (Ctrl+S) and export the report (Export in the toolbar)."),
        heading("Room for the text"),
        para("Drag the dividers to give the articles, the list or the detail more room; View › Quotation List "
            + "(Ctrl+Shift+L) and View › Detail View (Ctrl+Shift+D) hide or show them. Verbatim remembers the layout."));
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    Scene scene = new Scene(scroll, 640, 720);
    scene.getStylesheets().setAll(stylesheets);
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle(TITLE);
    stage.setScene(scene);
    scene.setOnKeyPressed(e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
        stage.close();
      }
    });
    stage.show();
    return stage;
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Style.GUIDE_HEADING.css());
    return l;
  }

  private static Label para(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add(Style.GUIDE_TEXT.css());
    return l;
  }

  /** The legend's samples one under the other. */
  private static VBox vertical(Legend legend) {
    VBox box = new VBox(4);
    box.getChildren().setAll(legend.getChildren());
    box.getStyleClass().add(Style.GUIDE_LEGEND.css());
    return box;
  }
}
