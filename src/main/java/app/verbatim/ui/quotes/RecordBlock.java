package app.verbatim.ui.quotes;

import app.verbatim.ui.Style;
import app.verbatim.engine.present.FidelityFigures;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Fidelity;
import app.verbatim.model.FidelityClass;
import app.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Under a quotation in the detail view: its fidelity class, the record's words beside it with the words
 * the outlet left out or changed marked, and each difference in a line.
 */
final class RecordBlock {
  private RecordBlock() {}

  static List<Node> of(Comparison c, Fidelity f) {
    List<Node> out = new ArrayList<>();
    String place = FidelityFigures.place(c, f);
    Label head = new Label("Against the record: " + f.kind().label() + (place.isEmpty() ? "" : " — " + place));
    head.getStyleClass().add(Style.DETAIL_FIDELITY.css());
    if (f.kind().compareTo(FidelityClass.SILENT_OMISSION) >= 0) {
      head.getStyleClass().add(Style.FIDELITY_FLAG.css());
    }
    head.setWrapText(true);
    out.add(head);
    Document ref = c.document(f.referenceId()).orElse(null);
    if (ref != null && !f.record().isEmpty()) {
      TextFlow words = new TextFlow();
      words.getStyleClass().add(Style.DETAIL_RECORD.css());
      words.getChildren().add(text("Record: “", "detail-record-label"));
      for (int i = 0; i < f.record().size(); i++) {
        if (i > 0) {
          words.getChildren().add(text(" ⁄ ", "mark-gap"));
        }
        addPassage(words, ref.text(), f.record().get(i), f.omitted());
      }
      words.getChildren().add(text("”", "detail-text"));
      out.add(words);
    }
    for (String change : f.changes()) {
      Label l = new Label("• " + change);
      l.getStyleClass().add(Style.DETAIL_CHANGE.css());
      l.setWrapText(true);
      out.add(l);
    }
    if (f.likely() != null) {
      Label l = new Label(Character.toUpperCase(f.likely().charAt(0)) + f.likely().substring(1)
          + (f.record().isEmpty() ? "." : " above."));
      l.getStyleClass().add(Style.DETAIL_CHANGE.css());
      l.setWrapText(true);
      out.add(l);
    }
    return out;
  }

  /** One passage of the record, the words left out or changed in their own style. */
  private static void addPassage(TextFlow flow, String text, Span passage, List<Span> omitted) {
    int at = passage.start();
    for (Span o : omitted) {
      if (o.start() < at || o.end() > passage.end()) {
        continue;
      }
      flow.getChildren().add(text(plain(text.substring(at, o.start())), "detail-text"));
      flow.getChildren().add(text(plain(o.of(text)), "record-omitted"));
      at = o.end();
    }
    flow.getChildren().add(text(plain(text.substring(at, passage.end())), "detail-text"));
  }

  private static String plain(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static Text text(String s, String style) {
    Text t = new Text(s);
    t.getStyleClass().add(style);
    return t;
  }
}
