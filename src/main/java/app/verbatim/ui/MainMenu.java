package app.verbatim.ui;

import app.verbatim.export.ReportFormat;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The menu bar, with the shortcuts desktop users expect. */
final class MainMenu {
  private final WindowActions window;
  private final FileActions files;
  private final Menu recent = new Menu("Open Recent");

  MainMenu(WindowActions window, FileActions files) {
    this.window = window;
    this.files = files;
  }

  MenuBar bar() {
    MenuBar bar = new MenuBar(fileMenu(), viewMenu(), navigateMenu(), helpMenu());
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private Menu fileMenu() {
    MenuItem open = item("Open…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), files::chooseAndOpen);
    MenuItem reference = item("Open as Reference…", null, files::chooseAndOpenReference);
    MenuItem paste = item("Paste Article…",
        new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::paste);
    recent.setOnShowing(e -> fillRecent());
    recent.getItems().add(new MenuItem("(none)"));
    MenuItem save = item("Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save);
    MenuItem saveAs = item("Save As…",
        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), files::saveAs);
    Menu export = new Menu("Export");
    for (ReportFormat f : ReportFormat.values()) {
      export.getItems().add(item(f.label() + "…", null, () -> files.export(f)));
    }
    export.getItems().add(1, item("PDF report, landscape (wordings side by side)…", null,
        () -> files.export(ReportFormat.PDF, true)));
    export.getItems().add(item("Comparison JSON…", null, files::exportJson));
    MenuItem close = item("Close Window", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
        () -> window.stage().fireEvent(new javafx.stage.WindowEvent(window.stage(),
            javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
        () -> window.stage().fireEvent(new javafx.stage.WindowEvent(window.stage(),
            javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    return new Menu("File", null, open, reference, paste, recent, new SeparatorMenuItem(), save, saveAs, export,
        new SeparatorMenuItem(), close, quit);
  }

  private void fillRecent() {
    recent.getItems().clear();
    Preferences prefs = Preferences.load();
    for (Path p : prefs.recentFiles()) {
      recent.getItems().add(item(p.toString(), null, () -> files.open(java.util.List.of(p), -1)));
    }
    if (recent.getItems().isEmpty()) {
      MenuItem none = new MenuItem("(none)");
      none.setDisable(true);
      recent.getItems().add(none);
    }
  }

  private Menu viewMenu() {
    MenuItem bigger = item("Larger Text", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
        () -> window.changeFontSize(1));
    MenuItem biggerPlus = item("Larger Text (+)", new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
        () -> window.changeFontSize(1));
    biggerPlus.setVisible(false);
    MenuItem smaller = item("Smaller Text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
        () -> window.changeFontSize(-1));
    MenuItem reset = item("Normal Text Size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
        () -> window.changeFontSize(0));
    Preferences prefs = window.prefs();
    CheckMenuItem dark = new CheckMenuItem("Dark Theme");
    dark.selectedProperty().bindBidirectional(window.darkProperty());
    CheckMenuItem wrap = new CheckMenuItem("Wrap Lines");
    wrap.setSelected(prefs.wrap());
    wrap.setOnAction(e -> window.setWrap(wrap.isSelected()));
    CheckMenuItem sync = new CheckMenuItem("Synchronized Scrolling");
    sync.selectedProperty().bindBidirectional(window.syncBox().selectedProperty());
    CheckMenuItem list = new CheckMenuItem("Quotation List");
    list.setId("menu-show-list");
    list.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    list.setSelected(window.prefs().showList());
    list.setOnAction(e -> window.showList(list.isSelected()));
    CheckMenuItem detail = new CheckMenuItem("Detail View");
    detail.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    detail.setSelected(window.prefs().showDetail());
    detail.setOnAction(e -> window.showDetail(detail.isSelected()));
    return new Menu("View", null, bigger, biggerPlus, smaller, reset, new SeparatorMenuItem(), list, detail,
        new SeparatorMenuItem(), wrap, sync, dark);
  }

  private Menu navigateMenu() {
    return new Menu("Go", null,
        item("Next Quotation", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> window.moveSelection(1, false)),
        item("Previous Quotation", new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> window.moveSelection(-1, false)),
        item("Next Difference", new KeyCodeCombination(KeyCode.F8), () -> window.moveSelection(1, true)),
        item("Previous Difference", new KeyCodeCombination(KeyCode.F7), () -> window.moveSelection(-1, true)),
        new SeparatorMenuItem(),
        item("Next Quotation by This Speaker",
            new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN), () -> window.moveBySpeaker(1)),
        item("Previous Quotation by This Speaker",
            new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN), () -> window.moveBySpeaker(-1)),
        item("Counterpart in the Next Pane", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
            window::focusCounterpart),
        new SeparatorMenuItem(),
        item("Find…", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), window::focusSearch));
  }

  private Menu helpMenu() {
    MenuItem about = item("About Verbatim", null, () -> {
      Alert a = new Alert(Alert.AlertType.INFORMATION);
      a.initOwner(window.stage());
      a.setTitle("About Verbatim");
      a.setHeaderText("Verbatim " + app.verbatim.export.ReportOptions.jarVersion());
      a.setContentText("Compares how news outlets quote the same speaker.\n\n"
          + "Click a quotation to see every outlet's wording. Right-click a quotation to correct the speaker, "
          + "mark it as not a quotation, link or unlink it, or add a note.");
      a.showAndWait();
    });
    MenuItem guide = item("Guide", new KeyCodeCombination(KeyCode.F1), window::showGuide);
    return new Menu("Help", null, guide, new SeparatorMenuItem(), about);
  }

  private static MenuItem item(String text, KeyCombination key, Runnable action) {
    MenuItem m = new MenuItem(text);
    if (key != null) {
      m.setAccelerator(key);
    }
    m.setOnAction(e -> action.run());
    return m;
  }
}
