package app.verbatim.ui;

import app.verbatim.model.Session;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

/**
 * What the menus, the toolbar and the file actions ask of the window. They depend on this, not on
 * {@link MainWindow}, so the window builds them without an import loop between the classes.
 */
public interface WindowActions {
  Stage stage();

  Preferences prefs();

  BooleanProperty darkProperty();

  CheckBox syncBox();

  void showList(boolean on);

  void showDetail(boolean on);

  void setWrap(boolean on);

  void changeFontSize(int delta);

  void moveSelection(int step, boolean differencesOnly);

  void moveBySpeaker(int step);

  void focusCounterpart();

  void focusSearch();

  void showGuide();

  /** The speaker the filter shows, or null for all. */
  String speakerFilterId();

  void applyView(Session s);

  void showError(String message);

  void notify(String message, Action... actions);

  NotificationPane notifications();
}
