package app.verbatim.ui;

import app.verbatim.model.FidelityClass;
import javafx.scene.control.ComboBox;

/** The list's filter by fidelity against the record; shown only while a reference is open. */
final class FidelityFilter extends ComboBox<String> {
  FidelityFilter() {
    setId("fidelity-filter");
    getItems().add("All fidelity");
    for (FidelityClass k : FidelityClass.values()) {
      getItems().add(k.label());
    }
    setValue(getItems().get(0));
    setMinWidth(115);
    showFor(false);
  }

  /** Shown with a reference; without one it takes no room and filters nothing. */
  void showFor(boolean withRecord) {
    setVisible(withRecord);
    setManaged(withRecord);
  }

  /** The class chosen, or null for all (or while hidden). */
  FidelityClass kind() {
    int i = getSelectionModel().getSelectedIndex();
    return i <= 0 || !isVisible() ? null : FidelityClass.values()[i - 1];
  }
}
