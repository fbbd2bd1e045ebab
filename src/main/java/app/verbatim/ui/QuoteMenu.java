package app.verbatim.ui;

import app.verbatim.engine.present.QuotationRow;
import app.verbatim.model.Correction;
import app.verbatim.model.Note;
import app.verbatim.model.Quote;
import app.verbatim.ui.compare.ArticlePane;
import app.verbatim.ui.compare.ComparisonView;
import app.verbatim.ui.quotes.DetailView;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

/**
 * The right-click menu of the panes' text: change the speaker, not a quotation, link and unlink, mark a
 * missed quotation, a note, and use the article as the reference (the record of the speech) or as news.
 * A right-click first selects the quotation it lands on, so the menu acts on what is shown selected.
 */
final class QuoteMenu {
  private final Stage stage;
  private final Workspace workspace;
  private final ComparisonView panes;
  private final DetailView detail;
  /** Where the last right-click landed in its pane's text, or -1. */
  private int pendingOffset = -1;
  /** The passage selected before a right-click selected another one: what "Link to…" links to. */
  private QuotationRow linkTarget;

  QuoteMenu(Stage stage, Workspace workspace, ComparisonView panes, DetailView detail) {
    this.stage = stage;
    this.workspace = workspace;
    this.panes = panes;
    this.detail = detail;
  }

  /** After a new analysis the passage selected before belongs to the old comparison. */
  void forgetLinkTarget() {
    linkTarget = null;
  }

  /** The menu of one pane's text. */
  ContextMenu menuFor(ArticlePane pane) {
    MenuItem speakerItem = new MenuItem("Change speaker…");
    MenuItem notQuote = new MenuItem("Not a quotation");
    MenuItem missed = new MenuItem("Mark selected text as a quotation…");
    MenuItem link = new MenuItem("Link to the passage selected before");
    MenuItem unlink = new MenuItem("Unlink from its group");
    MenuItem note = new MenuItem("Note on this quotation…");
    MenuItem reference = new MenuItem("Use as the Reference");
    ContextMenu menu = new ContextMenu(speakerItem, notQuote, new SeparatorMenuItem(), link, unlink,
        new SeparatorMenuItem(), missed, note, new SeparatorMenuItem(), reference);
    pane.area().setOnContextMenuRequested(e -> rightClicked(pane, pane.area().hit(e.getX(), e.getY()).getInsertionIndex()));
    menu.setOnShowing(e -> {
      Optional<Quote> q = quoteUnderMenu(pane);
      // a disabled item says why, in its own text (menu items have no tooltips)
      String noQuote = "right-click on a quotation";
      because(speakerItem, "Change speaker…", q.isEmpty() ? noQuote : null);
      because(notQuote, "Not a quotation", q.isEmpty() ? noQuote : null);
      because(unlink, "Unlink from its group", q.isEmpty() ? noQuote
          : !workspace.comparison().isLinked(q.get().id()) ? "it is not linked" : null);
      because(link, "Link to the passage selected before", q.isEmpty() ? noQuote
          : linkPartner(q.get()).isEmpty() ? "select a passage in another outlet first" : null);
      because(note, "Note on this quotation…", q.isEmpty() ? noQuote : null);
      because(missed, "Mark selected text as a quotation…",
          pane.area().getSelection().getLength() == 0 ? "select its text first" : null);
      boolean isRecord = pane.document() != null && pane.document().article().referenceDocument();
      reference.setText(isRecord ? "Use as a News Article" : "Use as the Reference (the record of the speech)");
    });
    reference.setOnAction(e -> {
      if (pane.document() != null) {
        workspace.setReference(panes.panes().indexOf(pane), !pane.document().article().referenceDocument());
      }
    });
    speakerItem.setOnAction(e -> quoteUnderMenu(pane).ifPresent(this::askSpeaker));
    notQuote.setOnAction(e -> quoteUnderMenu(pane).flatMap(workspace::refOf)
        .ifPresent(ref -> workspace.correct(Correction.notAQuote(ref))));
    unlink.setOnAction(e -> quoteUnderMenu(pane).flatMap(workspace::refOf)
        .ifPresent(ref -> workspace.correct(Correction.unlink(ref, null))));
    link.setOnAction(e -> quoteUnderMenu(pane).ifPresent(q -> linkPartner(q).ifPresent(p ->
        workspace.correct(Correction.link(workspace.refOf(q).orElseThrow(), workspace.refOf(p).orElseThrow())))));
    note.setOnAction(e -> quoteUnderMenu(pane).ifPresent(this::askNote));
    missed.setOnAction(e -> {
      var sel = pane.area().getSelection();
      ask("Mark as a quotation", "Who is quoted? (leave empty if unknown)", "").ifPresent(name ->
          workspace.refOf(pane.document().id(), sel.getStart(), sel.getEnd())
              .ifPresent(ref -> workspace.correct(Correction.missedQuote(ref, name))));
    });
    return menu;
  }

  /** Enables an item, or disables it with the reason after its name: "Unlink from its group (it is not linked)". */
  private static void because(MenuItem item, String name, String whyNot) {
    item.setDisable(whyNot != null);
    item.setText(whyNot == null ? name : name + " (" + whyNot + ")");
  }

  private Optional<Quote> quoteUnderMenu(ArticlePane pane) {
    if (pane.document() == null || pendingOffset < 0) {
      return Optional.empty();
    }
    return workspace.quoteAt(pane.document().id(), pendingOffset);
  }

  /**
   * A right-click selects the quotation it lands on (as a left click does), so the menu acts on what is
   * shown selected; the passage selected until then is kept as the one "Link to…" links to.
   */
  void rightClicked(ArticlePane pane, int offset) {
    pendingOffset = offset;
    if (pane.document() == null) {
      return;
    }
    Optional<Quote> q = workspace.quoteAt(pane.document().id(), offset);
    Optional<QuotationRow> before = workspace.selectedRow();
    if (q.isPresent() && (before.isEmpty() || !before.get().contains(q.get().id()))) {
      linkTarget = before.orElse(null);
      detail.commitNote();
      workspace.selectQuote(q.get().id());
    }
  }

  /** The quotation in another outlet of the passage selected before the right-click, to link this one to. */
  private Optional<Quote> linkPartner(Quote q) {
    return Optional.ofNullable(linkTarget).flatMap(r -> r.quotes().stream()
        .filter(o -> !o.documentId().equals(q.documentId())).findFirst());
  }

  private void askSpeaker(Quote q) {
    String current = workspace.comparison().speaker(q.speakerId()).map(s -> s.name()).orElse("");
    ask("Change speaker", "Who is quoted here?", current).filter(s -> !s.isBlank()).ifPresent(name ->
        workspace.refOf(q).ifPresent(ref -> workspace.correct(Correction.speaker(ref, name))));
  }

  private void askNote(Quote q) {
    String current = workspace.noteOf(q, false).map(Note::text).orElse("");
    noteDialog(current).showAndWait().ifPresent(text -> workspace.setNote(q, false, text));
  }

  /** The note editor: several lines (Enter starts a new one), empty removes the note. */
  javafx.scene.control.Dialog<String> noteDialog(String current) {
    javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
    d.initOwner(stage);
    d.setTitle("Note");
    d.setHeaderText("Note on this quotation (empty removes it)");
    TextArea text = new TextArea(current);
    text.setWrapText(true);
    text.setPrefRowCount(6);
    text.setPrefColumnCount(48);
    d.getDialogPane().setContent(text);
    d.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
    d.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? text.getText().strip() : null);
    d.setOnShown(e -> text.requestFocus());
    return d;
  }

  private Optional<String> ask(String title, String prompt, String value) {
    TextInputDialog d = new TextInputDialog(value);
    d.initOwner(stage);
    d.setTitle(title);
    d.setHeaderText(null);
    d.setContentText(prompt);
    return d.showAndWait().map(String::strip);
  }
}
