package app.verbatim.ui.quotes;

import app.verbatim.ui.Style;
import app.verbatim.engine.present.EvidenceText;
import app.verbatim.engine.present.Framing;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.QuoteMarker;
import app.verbatim.engine.present.Segment;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The selected group in detail: each outlet's wording stacked, with word-level marks, the reporting verb
 * and speaker label the outlet used, why the engine names that speaker (the rule and the words it read),
 * the analyst's corrections, and the group's note.
 */
public final class DetailView extends ScrollPane {
  private final VBox content = new VBox(10);
  private final TextArea note = new TextArea();
  private Consumer<String> onNote = s -> { };
  private String shownNote = "";

  public DetailView() {
    getStyleClass().add(Style.DETAIL_VIEW.css());
    content.getStyleClass().add(Style.DETAIL_CONTENT.css());
    setFitToWidth(true);
    setContent(content);
    note.setPromptText("Note on this passage (saved with the session)");
    app.verbatim.ui.compare.HoverTooltip.set(note,
        "A note on the selected passage; it is saved with the comparison and printed in the report");
    note.setPrefRowCount(3);
    note.setWrapText(true);
    note.getStyleClass().add(Style.NOTE_FIELD.css());
    note.focusedProperty().addListener((o, was, is) -> {
      if (!is) {
        commitNote();
      }
    });
    // a note being typed is work: unsaved from the first keystroke, and committed after a short pause
    // so it reaches the recovery file while the analyst is still typing, not only when the field
    // loses focus (a crash before that lost the note)
    noteTyped.setOnFinished(e -> commitNote());
    note.textProperty().addListener((o, a, now) -> {
      if (!showing && !(now == null ? "" : now).equals(shownNote)) {
        onTyping.run();
        long t = System.nanoTime();
        typingSince = typingSince == 0 ? t : typingSince;
        if (t - typingSince > MAX_UNCOMMITTED_NANOS) {
          commitNote(); // typing without a pause is committed too
        } else {
          noteTyped.playFromStart();
        }
      }
    });
    clear();
  }

  private final javafx.animation.PauseTransition noteTyped =
      new javafx.animation.PauseTransition(javafx.util.Duration.millis(600));
  private Runnable onTyping = () -> { };
  private static final long MAX_UNCOMMITTED_NANOS = 1_500_000_000L;
  /** When the first keystroke not yet committed was typed (System.nanoTime), or 0. */
  private long typingSince;
  /** Set while the view fills the field itself, which is not typing. */
  private boolean showing;

  /** Told at each keystroke in the note (the window marks the work unsaved). */
  public void setOnTyping(Runnable handler) {
    onTyping = handler;
  }

  public TextArea noteField() {
    return note;
  }

  public void setOnNote(Consumer<String> handler) {
    onNote = handler;
  }

  /** Saves the note being typed (when the field loses focus, or before the selection changes). */
  public void commitNote() {
    noteTyped.stop();
    typingSince = 0;
    String now = note.getText() == null ? "" : note.getText();
    if (!now.equals(shownNote)) {
      shownNote = now;
      onNote.accept(now);
    }
  }

  public void clear() {
    Label hint = new Label("Select a quotation in an article or in the list to compare its wordings here.");
    hint.setWrapText(true);
    hint.getStyleClass().add(Style.DETAIL_HINT.css());
    content.getChildren().setAll(hint);
  }

  /**
   * Why this quotation has its speaker: "Why this speaker: “Ri told” (¶3) — rule: cue after the quotation",
   * with the rule's own sentence as the tooltip.
   */
  static Label evidence(Quote q, Document d) {
    Label why = new Label(EvidenceText.line(q, d));
    why.getStyleClass().add(Style.DETAIL_EVIDENCE.css());
    if (q.speakerId() == null) {
      why.getStyleClass().add(Style.DETAIL_EVIDENCE_NONE.css());
    }
    why.setWrapText(true);
    Tooltip tip = new Tooltip(EvidenceText.detail(q));
    tip.setWrapText(true);
    tip.setMaxWidth(480);
    why.setTooltip(tip);
    return why;
  }

  /**
   * How each outlet framed the passage, one line per outlet: its reporting verb (neutral or loaded), how
   * it named the speaker (name, role or pronoun) and where the quotation sits.
   */
  static javafx.scene.layout.GridPane framing(Comparison c, QuotationRow row) {
    javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
    g.getStyleClass().add(Style.FRAMING_TABLE.css());
    g.setHgap(10);
    g.setVgap(2);
    String[] heads = {"Outlet", "Verb", "Named as", "Where"};
    for (int i = 0; i < heads.length; i++) {
      Label h = new Label(heads[i]);
      h.getStyleClass().add(Style.FRAMING_HEAD.css());
      g.add(h, i, 0);
    }
    int r = 1;
    for (Quote q : row.quotes()) {
      String outlet = c.document(q.documentId()).map(Document::outlet).orElse("?");
      String tone = Framing.verbTone(q.verb());
      String name = c.speaker(q.speakerId()).map(s -> s.name()).orElse(null);
      Label verb = new Label(q.verb() == null ? "—" : "“" + q.verb() + "”" + (tone.isEmpty() ? "" : " · " + tone));
      if ("loaded".equals(tone)) {
        verb.getStyleClass().add(Style.FRAMING_LOADED.css());
      }
      g.add(new Label(outlet), 0, r);
      g.add(verb, 1, r);
      g.add(new Label(q.speakerLabel() == null ? "—"
          : "“" + q.speakerLabel() + "” · " + Framing.naming(q.speakerLabel(), name)), 2, r);
      g.add(new Label(q.position().label()), 3, r);
      r++;
    }
    // whole words, never "neu…": a narrow detail view scrolls sideways instead
    g.getChildren().forEach(n -> ((Label) n).setMinWidth(Label.USE_PREF_SIZE));
    return g;
  }

  public void show(Comparison c, QuotationRow row, Function<Quote, List<Correction>> corrections, String noteText) {
    content.getChildren().clear();
    Label title = new Label(row.speakerName() + " — " + row.relationLabel()
        + (row.similarity() >= 0 ? " · " + Math.round(row.similarity() * 100) + " % similar" : "")
        + " · " + row.position());
    title.getStyleClass().add(Style.DETAIL_TITLE.css());
    title.setWrapText(true);
    content.getChildren().add(title);
    if (row.quotes().size() > 1) {
      content.getChildren().add(framing(c, row));
    }
    List<Alignment> alignments = row.group() == null ? List.of() : c.groups().getOrDefault(row.group(), List.of());
    for (Quote q : row.quotes()) {
      Document d = c.document(q.documentId()).orElseThrow();
      List<Alignment> mine = alignments.stream().filter(a -> a.quoteIds().contains(q.id())).toList();
      Label who = new Label(d.outlet() + "  ·  " + (q.verb() == null ? "no reporting verb" : "“" + q.verb() + "”")
          + "  ·  speaker named as " + (q.speakerLabel() == null ? "—" : "“" + q.speakerLabel() + "”")
          + "  ·  " + q.position().label()
          + mine.stream().map(a -> a.partOf(q.id())).flatMap(java.util.Optional::stream).findFirst()
              .map(p -> "  ·  " + p.label() + " of a stitched quotation").orElse(""));
      who.getStyleClass().add(Style.DETAIL_OUTLET.css());
      who.setWrapText(true);
      TextFlow words = new TextFlow();
      words.getStyleClass().add(Style.DETAIL_WORDS.css());
      for (Segment s : QuoteMarker.mark(q, d.text(), mine)) {
        Text t = new Text(s.text());
        t.getStyleClass().addAll(Style.DETAIL_TEXT.css(), "mark-" + s.mark().name().toLowerCase(Locale.ROOT));
        words.getChildren().add(t);
      }
      VBox block = new VBox(3, who, evidence(q, d), words);
      block.getStyleClass().add(Style.DETAIL_BLOCK.css());
      c.fidelityOf(q.id()).ifPresent(f -> block.getChildren().addAll(RecordBlock.of(c, f)));
      for (Correction k : corrections.apply(q)) {
        Label l = new Label("✎ Analyst's correction: " + k.kind().label()
            + (k.speaker() == null ? "" : " → " + k.speaker()));
        l.getStyleClass().add(Style.DETAIL_CORRECTION.css());
        block.getChildren().add(l);
      }
      content.getChildren().add(block);
    }
    shownNote = noteText == null ? "" : noteText;
    showing = true;
    note.setText(shownNote);
    showing = false;
    content.getChildren().add(note);
  }
}
