package app.verbatim.ui.compare;

import app.verbatim.ui.Style;
import app.verbatim.engine.present.TextStyles;
import app.verbatim.model.Alignment;
import app.verbatim.model.Comparison;
import app.verbatim.model.Document;
import app.verbatim.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The articles side by side with a connector band between each neighbouring pair. */
public final class ComparisonView extends HBox {
  private final List<ArticlePane> panes = new ArrayList<>();
  private final List<ConnectorBand> bands = new ArrayList<>();

  private boolean syncScroll;
  private boolean syncing;
  /**
   * Set by a reveal, cleared by the analyst's next scroll, click or key in a pane: the panes' layout
   * scrolls each to its counterpart a pulse or more later, and following those scrolls would drag one
   * pane back to the other's position. Waiting for the user rather than for a time holds on a busy
   * machine, where layout can come late.
   */
  private boolean followPaused;
  private int fontSize = 14;
  private boolean wrap = true;
  private PaneActions actions;
  /** The speaker the list shows (null: everyone): the others' quotations are dimmed in the text. */
  private String speakerId;
  /** The list's search words, highlighted where they occur in quotations. */
  private String search;

  /** What the window does when the analyst acts on a pane. */
  public interface PaneActions {
    void clicked(Document d, int offset);

    void remove(int index);

    javafx.scene.control.ContextMenu menuFor(ArticlePane pane);

    /** What a tooltip says about the quotation at this offset (speaker, verb, relation, evidence), or null. */
    default String describe(Document d, int offset) {
      return null;
    }
  }

  public ComparisonView() {
    getStyleClass().add(Style.COMPARISON_VIEW.css());
  }

  public void setActions(PaneActions actions) {
    this.actions = actions;
  }

  public List<ArticlePane> panes() {
    return List.copyOf(panes);
  }

  public List<ConnectorBand> bands() {
    return List.copyOf(bands);
  }

  /** Shows a comparison: one pane per document (reusing panes so scroll positions survive). */
  public void show(Comparison c, Set<String> selected, Set<String> corrected, Set<String> noted) {
    List<Document> docs = c.documents();
    if (docs.size() != panes.size()) {
      rebuild(docs.size());
    }
    for (int i = 0; i < docs.size(); i++) {
      ArticlePane p = panes.get(i);
      p.show(docs.get(i));
      p.setRemovable(docs.size() > 1);
      p.paint(PaneMarks.overlay(PaneMarks.overlay(PaneMarks.dimOthers(TextStyles.of(c, docs.get(i).id(), selected, corrected,
          noted), c, docs.get(i).id(), speakerId), PaneMarks.searchHits(c, docs.get(i).id(), search), PaneMarks.SEARCH_HIT),
          PaneMarks.furniture(docs.get(i)), PaneMarks.FURNITURE));
      p.ruler().setMarks(PaneMarks.ruler(c, docs.get(i).id(), speakerId, corrected, selected));
      javafx.application.Platform.runLater(p::updateRulerView);
    }
    for (int i = 0; i < bands.size(); i++) {
      bands.get(i).setLinks(links(c, docs.get(i).id(), docs.get(i + 1).id(), selected));
    }
  }

  private void rebuild(int n) {
    getChildren().clear();
    panes.clear();
    bands.clear();
    for (int i = 0; i < n; i++) {
      ArticlePane p = new ArticlePane();
      p.setFontSize(fontSize);
      p.area().setWrapText(wrap);
      int index = i;
      p.setOnTextClicked(offset -> {
        if (actions != null && p.document() != null) {
          actions.clicked(p.document(), offset);
        }
      });
      p.setOnRemove(() -> {
        if (actions != null) {
          actions.remove(index);
        }
      });
      if (actions != null) {
        PaneActions made = actions;
        p.setTextContextMenu(() -> made.menuFor(p));
        p.setQuoteTips(offset -> p.document() == null ? null : actions.describe(p.document(), offset));
      }
      p.area().estimatedScrollYProperty().addListener((o, a, b) -> follow(p));
      // the analyst's own scrolling (wheel, scroll bar, keys) is followed again after a reveal
      p.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> followPaused = false);
      p.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> followPaused = false);
      p.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> followPaused = false);
      HBox.setHgrow(p, Priority.ALWAYS);
      p.setPrefWidth(400);
      if (i > 0) {
        ConnectorBand band = new ConnectorBand(panes.get(i - 1), p);
        if (n >= 4) {
          band.setNarrow(); // four or more articles need the width for their text
        }
        bands.add(band);
        getChildren().add(band);
      }
      panes.add(p);
      getChildren().add(p);
    }
  }

  private static List<ConnectorBand.Link> links(Comparison c, String left, String right, Set<String> selected) {
    List<ConnectorBand.Link> out = new ArrayList<>();
    java.util.Map<String, Quote> byId = new java.util.HashMap<>();
    c.quotes().forEach(q -> byId.put(q.id(), q));
    for (Alignment a : c.alignments()) {
      for (String x : a.quoteIds()) {
        for (String y : a.quoteIds()) {
          Quote qx = byId.get(x);
          Quote qy = byId.get(y);
          if (qx.documentId().equals(left) && qy.documentId().equals(right)) {
            out.add(new ConnectorBand.Link(qx.start(), qx.end(), qy.start(), qy.end(),
                a.relation().name().toLowerCase(Locale.ROOT), selected.contains(x)));
          }
        }
      }
    }
    return out;
  }

  /**
   * Moves the focus to the next pane (after the focused one, wrapping round) that has one of these
   * quotations, with the caret on it and the quotation in view; false when no other pane has one.
   */
  public boolean focusCounterpart(List<Quote> quotes) {
    int from = -1;
    for (int i = 0; i < panes.size(); i++) {
      if (panes.get(i).area().isFocused()) {
        from = i;
      }
    }
    for (int k = 1; k <= panes.size(); k++) {
      ArticlePane p = panes.get(Math.floorMod(from + k, panes.size()));
      if (k == panes.size() && from >= 0) {
        break; // back at the focused pane: no other has a counterpart
      }
      java.util.Optional<Quote> q = quotes.stream()
          .filter(x -> p.document() != null && p.document().id().equals(x.documentId())).findFirst();
      if (q.isPresent()) {
        followPaused = true;
        p.area().requestFocus();
        p.area().moveTo(q.get().start());
        p.reveal(q.get().start());
        return true;
      }
    }
    return false;
  }

  /** Brings these quotations into view, each in its own pane. */
  public void reveal(List<Quote> quotes) {
    // each pane scrolls to its own counterpart on purpose: synchronized scrolling would drag one pane
    // back to the other's position, so it rests until the panes have settled
    followPaused = true;
    for (Quote q : quotes) {
      panes.stream().filter(p -> p.document() != null && p.document().id().equals(q.documentId()))
          .findFirst().ifPresent(p -> p.reveal(q.start()));
    }
    bands.forEach(ConnectorBand::redraw);
  }

  /** The speaker the list shows, or null for everyone (takes effect at the next {@link #show}). */
  public void setSpeaker(String speakerId) {
    this.speakerId = speakerId;
  }

  /** The search words to highlight (takes effect at the next {@link #show}). */
  public void setSearch(String words) {
    this.search = words;
  }

  public void setSyncScroll(boolean on) {
    syncScroll = on;
  }

  private void follow(ArticlePane source) {
    if (!syncScroll || syncing || followPaused) {
      return;
    }
    syncing = true;
    try {
      double f = source.scrollFraction();
      panes.stream().filter(p -> p != source).forEach(p -> p.scrollToFraction(f));
    } finally {
      syncing = false;
    }
  }

  public void setFontSize(int px) {
    fontSize = px;
    panes.forEach(p -> p.setFontSize(px));
    bands.forEach(ConnectorBand::redraw);
  }

  public void setWrap(boolean on) {
    wrap = on;
    panes.forEach(p -> p.area().setWrapText(on));
    bands.forEach(ConnectorBand::redraw);
  }

  /** The pane under a scene point, or -1 (where a dropped file should go). */
  public int paneAt(double sceneX, double sceneY) {
    for (int i = 0; i < panes.size(); i++) {
      ArticlePane p = panes.get(i);
      if (p.localToScene(p.getBoundsInLocal()).contains(sceneX, sceneY)) {
        return i;
      }
    }
    return -1;
  }
}
