package app.verbatim.ui.quotes;

import app.verbatim.ui.Style;
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
    getStyleClass().add(Style.QUOTATION_TABLE.css());
    // the outlets' columns share what the short columns leave (see shareWidth); past their minimum the
    // table scrolls sideways rather than squeezing the wordings to a few characters
    setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    widthProperty().addListener((o, a, b) -> shareWidth());
    setPlaceholder(placeholder);
    rows.addListener((javafx.collections.ListChangeListener<QuotationRow>) change -> updatePlaceholder());
    updatePlaceholder();
    setFixedCellSize(26); // rows of one line: no per-row height measuring
  }

  private final Label placeholder = new Label();
  private boolean busy;

  /** While the articles are read the empty list says so, not that the filters hide everything. */
  public void setBusy(boolean busy) {
    this.busy = busy;
    updatePlaceholder();
  }

  private void updatePlaceholder() {
    placeholder.setText(TablePlaceholder.text(busy, filtered.getSource().size()));
  }


  public void setFilter(Predicate<QuotationRow> p) {
    filtered.setPredicate(p);
  }

  public List<QuotationRow> shown() {
    return List.copyOf(filtered);
  }

  private final List<TableColumn<QuotationRow, String>> wordingColumns = new java.util.ArrayList<>();
  /** Quotation ids the analyst corrected or noted: their rows carry a mark in the speaker cell. */
  private java.util.Set<String> corrected = java.util.Set.of();
  private java.util.Set<String> noted = java.util.Set.of();

  /** Marks the rows holding corrected (✎) or noted (✉) quotations. */
  public void setAnnotated(java.util.Set<String> correctedIds, java.util.Set<String> notedIds) {
    if (!correctedIds.equals(corrected) || !notedIds.equals(noted)) {
      corrected = java.util.Set.copyOf(correctedIds);
      noted = java.util.Set.copyOf(notedIds);
      refresh();
    }
  }

  /** The mark a row's speaker cell starts with: "✎ " corrected, "✉ " noted, both, or nothing. */
  public String annotationMark(QuotationRow row) {
    boolean c = row.quotes().stream().anyMatch(q -> corrected.contains(q.id()));
    boolean n = row.quotes().stream().anyMatch(q -> noted.contains(q.id()));
    return (c ? "✎" : "") + (n ? "✉" : "") + (c || n ? " " : "");
  }

  private void shareWidth() {
    double others = getColumns().stream().filter(c -> !wordingColumns.contains(c) && c.isVisible())
        .mapToDouble(TableColumn::getWidth).sum();
    double w = ColumnShare.wordingWidth(getWidth(), others, wordingColumns.size());
    wordingColumns.forEach(c -> c.setPrefWidth(w));
  }

  /** The outlets' wording columns, in pane order. */
  public List<TableColumn<QuotationRow, String>> wordingColumns() {
    return List.copyOf(wordingColumns);
  }

  /**
   * Rebuilds the columns: speaker, relation, similarity and position at fixed widths on the left, where
   * a sideways scroll never takes them out of view, then one wording column per outlet.
   */
  public void setDocuments(List<Document> documents) {
    getColumns().clear();
    wordingColumns.clear();
    Map<String, Document> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    TableColumn<QuotationRow, String> speaker = text("Speaker", r -> r.speakerName());
    speaker.setCellFactory(col -> new SpeakerCell(id -> Optional.ofNullable(byId.get(id)), this::annotationMark));
    fixed(speaker, 120);
    speaker.setMaxWidth(260); // the analyst may widen it; a longer corrected name does not
    speaker.widthProperty().addListener((o, a, b) -> shareWidth());
    getColumns().add(speaker);
    TableColumn<QuotationRow, QuotationRow> relation = new TableColumn<>("Relation");
    relation.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
    relation.setCellFactory(col -> new RelationCell());
    fixed(relation, 140);
    getColumns().add(relation);
    TableColumn<QuotationRow, String> sim = text("Similarity",
        r -> r.similarity() < 0 ? "" : Math.round(r.similarity() * 100) + " %");
    fixed(sim, 78);
    getColumns().add(sim);
    TableColumn<QuotationRow, String> where = text("Where", QuotationRow::position);
    where.setCellFactory(col -> new WrappingCell());
    fixed(where, 100);
    getColumns().add(where);
    if (documents.stream().anyMatch(d -> d.article().referenceDocument())) {
      TableColumn<QuotationRow, QuotationRow> fidelity = new TableColumn<>("Fidelity");
      fidelity.setId("fidelity-column");
      fidelity.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
      fidelity.setCellFactory(col -> new FidelityCell());
      fixed(fidelity, 165);
      getColumns().add(fidelity);
    }
    for (Document d : documents) {
      if (d.article().referenceDocument()) {
        continue; // the record quotes nobody: its words show in the Fidelity column and the detail view
      }
      TableColumn<QuotationRow, String> c = text(d.outlet(), r -> r.wordings().getOrDefault(d.id(), "—"));
      c.setMinWidth(ColumnShare.MIN_WORDING);
      c.setCellFactory(col -> new WrappingCell());
      wordingColumns.add(c);
      getColumns().add(c);
    }
    shareWidth();
  }

  private static void fixed(TableColumn<QuotationRow, ?> c, double width) {
    c.setMinWidth(width);
    c.setPrefWidth(width);
    c.setMaxWidth(width);
  }

  private static TableColumn<QuotationRow, String> text(String title, Function<QuotationRow, String> f) {
    TableColumn<QuotationRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
    return c;
  }

  private static final class WrappingCell extends TableCell<QuotationRow, String> {
    WrappingCell() {
      getStyleClass().add(Style.WORDING_CELL.css());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : item.length() > 220 ? item.substring(0, 217) + "…" : item);
      // the whole wording, which a cell of one line cuts short
      setTooltip(empty || item == null || item.isBlank() || "—".equals(item) ? null : wrapped(item));
    }
  }

  private static Tooltip wrapped(String text) {
    Tooltip t = new Tooltip(text);
    t.setWrapText(true);
    t.setMaxWidth(560);
    return t;
  }

  /** The speaker's name; its tooltip says, per outlet, why the engine names that speaker. */
  private static final class SpeakerCell extends TableCell<QuotationRow, String> {
    private final Function<String, Optional<Document>> documents;
    private final Tooltip tip = new Tooltip();

    private final Function<QuotationRow, String> mark;

    SpeakerCell(Function<String, Optional<Document>> documents, Function<QuotationRow, String> mark) {
      this.documents = documents;
      this.mark = mark;
      getStyleClass().add(Style.SPEAKER_CELL.css());
      tip.setWrapText(true);
      tip.setMaxWidth(640);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      QuotationRow row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
          ? null : getTableView().getItems().get(getIndex());
      String marked = row == null ? "" : mark.apply(row);
      setText(empty ? null : marked + item);
      String why = row == null ? "" : EvidenceText.lines(row.quotes(), documents)
          + (marked.contains("✎") ? "\n✎ Corrected by the analyst" : "") + (marked.contains("✉") ? "\n✉ Has a note" : "");
      tip.setText(why);
      setTooltip(why.isEmpty() ? null : tip);
    }
  }

  /** The row's fidelity classes against the record; the ones a fact-checker must read stand out. */
  private static final class FidelityCell extends TableCell<QuotationRow, QuotationRow> {
    @Override
    protected void updateItem(QuotationRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().remove(Style.FIDELITY_FLAG.css());
      if (empty || row == null || row.fidelity().isEmpty()) {
        setText(null);
        setTooltip(null);
        return;
      }
      setText(row.fidelityLabel());
      setTooltip(new Tooltip("Against the record: " + row.fidelityLabel()
          + ". The detail view shows the record's words and what differs."));
      if (row.fidelity().get(0).compareTo(app.verbatim.model.FidelityClass.SILENT_OMISSION) >= 0) {
        getStyleClass().add(Style.FIDELITY_FLAG.css());
      }
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
        setTooltip(null);
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
      setTooltip(new Tooltip(symbol + row.relationLabel())); // "only in …" is cut short with long outlet names
      getStyleClass().add("relation-" + row.relation().name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
