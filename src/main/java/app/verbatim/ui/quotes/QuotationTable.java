package app.verbatim.ui.quotes;

import app.verbatim.engine.present.EvidenceText;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.model.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The quotation list: one row per linked group and per quotation only one outlet has. */
public final class QuotationTable extends TableView<QuotationRow> {
  private final FilteredList<QuotationRow> filtered;

  public QuotationTable(ObservableList<QuotationRow> rows) {
    filtered = new FilteredList<>(rows);
    setItems(filtered);
    getStyleClass().add("quotation-table");
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    setPlaceholder(new Label("No quotations match the filters."));
    setFixedCellSize(26); // rows of one line: no per-row height measuring
  }

  public void setFilter(Predicate<QuotationRow> p) {
    filtered.setPredicate(p);
  }

  public List<QuotationRow> shown() {
    return List.copyOf(filtered);
  }

  /** Rebuilds the columns: speaker, one wording column per outlet, relation, similarity, position. */
  public void setDocuments(List<Document> documents) {
    getColumns().clear();
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    TableColumn<QuotationRow, String> speaker = text("Speaker", r -> r.speakerName());
    speaker.setCellFactory(col -> new SpeakerCell(id -> Optional.ofNullable(byId.get(id))));
    speaker.setPrefWidth(120);
    speaker.setMinWidth(100);
    getColumns().add(speaker);
    for (Document d : documents) {
      TableColumn<QuotationRow, String> c = text(d.outlet(), r -> r.wordings().getOrDefault(d.id(), "—"));
      c.setPrefWidth(300);
      c.setMinWidth(110); // the wordings give way first: the short columns stay readable
      c.setCellFactory(col -> new WrappingCell());
      getColumns().add(c);
    }
    TableColumn<QuotationRow, QuotationRow> relation = new TableColumn<>("Relation");
    relation.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
    relation.setCellFactory(col -> new RelationCell());
    relation.setPrefWidth(150);
    relation.setMinWidth(145);
    getColumns().add(relation);
    TableColumn<QuotationRow, String> sim = text("Similarity",
        r -> r.similarity() < 0 ? "" : Math.round(r.similarity() * 100) + " %");
    sim.setPrefWidth(80);
    sim.setMinWidth(85);
    getColumns().add(sim);
    TableColumn<QuotationRow, String> where = text("Where", QuotationRow::position);
    where.setPrefWidth(110);
    where.setMinWidth(105);
    getColumns().add(where);
  }

  private static TableColumn<QuotationRow, String> text(String title, Function<QuotationRow, String> f) {
    TableColumn<QuotationRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
    return c;
  }

  private static final class WrappingCell extends TableCell<QuotationRow, String> {
    WrappingCell() {
      getStyleClass().add("wording-cell");
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : item.length() > 220 ? item.substring(0, 217) + "…" : item);
      setTooltip(empty || item == null || item.length() <= 220 ? null : new javafx.scene.control.Tooltip(item));
    }
  }

  /** The speaker's name; its tooltip says, per outlet, why the engine names that speaker. */
  private static final class SpeakerCell extends TableCell<QuotationRow, String> {
    private final Function<String, Optional<Document>> documents;
    private final Tooltip tip = new Tooltip();

    SpeakerCell(Function<String, Optional<Document>> documents) {
      this.documents = documents;
      getStyleClass().add("speaker-cell");
      tip.setWrapText(true);
      tip.setMaxWidth(640);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty ? null : item);
      QuotationRow row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
          ? null : getTableView().getItems().get(getIndex());
      String why = row == null ? "" : EvidenceText.lines(row.quotes(), documents);
      tip.setText(why);
      setTooltip(why.isEmpty() ? null : tip);
    }
  }

  /** The relation, with a style class per kind so colour and a symbol both say it. */
  private static final class RelationCell extends TableCell<QuotationRow, QuotationRow> {
    @Override
    protected void updateItem(QuotationRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeIf(s -> s.startsWith("relation-"));
      if (empty || row == null) {
        setText(null);
        return;
      }
      String symbol = switch (row.relation()) {
        case IDENTICAL -> "= ";
        case VARIANT -> "≈ ";
        case OVERLAP -> "⊂ ";
        case TRANSLATION -> "⇄ ";
        case ONLY -> "○ ";
      };
      setText(symbol + row.relationLabel());
      getStyleClass().add("relation-" + row.relation().name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
