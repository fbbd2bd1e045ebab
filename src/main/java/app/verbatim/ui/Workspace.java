package app.verbatim.ui;

import app.verbatim.engine.ComparisonEngine;
import app.verbatim.engine.present.QuotationRow;
import app.verbatim.engine.present.RowRelation;
import app.verbatim.engine.present.QuotationRows;
import app.verbatim.engine.present.WarningText;
import app.verbatim.model.Article;
import app.verbatim.model.Comparison;
import app.verbatim.model.Correction;
import app.verbatim.model.Document;
import app.verbatim.model.Note;
import app.verbatim.model.Quote;
import app.verbatim.model.Session;
import app.verbatim.model.TextRef;
import app.verbatim.model.ViewSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The window's state without the window: the session (articles, corrections, notes), the comparison
 * the engine made of it, the selection, and whether there is unsaved work. Analysis runs on a worker
 * thread; results arrive on the JavaFX thread. Testable without a stage.
 */
public final class Workspace {
  private final ComparisonEngine engine;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "verbatim-analysis");
    t.setDaemon(true);
    return t;
  });

  private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(Session.of(List.of()));
  private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
  private final ObservableList<QuotationRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<String> selectedKey = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
  private final BooleanProperty dirty = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final DoubleProperty progress = new SimpleDoubleProperty();
  private final StringProperty status = new SimpleStringProperty("");
  private Consumer<String> onError = System.err::println;
  /** The rows the list shows (the filters); a selection outside them is cleared when they change. */
  private Predicate<QuotationRow> filter = r -> true;
  /** The warning lines last shown, so a re-analysis with the same warnings stays quiet. */
  private List<String> shownWarnings = List.of();
  private long generation;

  public Workspace(ComparisonEngine engine) {
    this.engine = engine;
  }

  // --- state ---------------------------------------------------------------------------------

  public ReadOnlyObjectProperty<Session> sessionProperty() {
    return session.getReadOnlyProperty();
  }

  public Session session() {
    return session.get();
  }

  public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }

  public Comparison comparison() {
    return comparison.get();
  }

  public ObservableList<QuotationRow> rows() {
    return rows;
  }

  public ObjectProperty<String> selectedKeyProperty() {
    return selectedKey;
  }

  public ObjectProperty<Path> fileProperty() {
    return file;
  }

  public BooleanProperty dirtyProperty() {
    return dirty;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** Where messages for the analyst go (the window shows them in its notification bar). */
  public void setOnError(Consumer<String> handler) {
    this.onError = handler;
  }

  void error(String message) {
    onError.accept(message);
  }

  // --- changing the session ------------------------------------------------------------------

  /** Replaces the whole session (opening a file, restoring) and analyses it. */
  public void open(Session s, Path from, boolean unsaved) {
    session.set(s);
    file.set(from);
    dirty.set(unsaved);
    selectedKey.set(null);
    analyse();
  }

  /** Opens a session whose comparison was already made (the bundled one, analysed during start-up). */
  public void open(Session s, Path from, boolean unsaved, Comparison analysed) {
    session.set(s);
    file.set(from);
    dirty.set(unsaved);
    selectedKey.set(null);
    generation++;
    show(analysed);
  }

  public void addArticles(List<Article> articles) {
    if (articles.isEmpty()) {
      return;
    }
    List<Article> all = new ArrayList<>(session().articles());
    all.addAll(articles);
    change(session().withArticles(all));
  }

  public void replaceArticle(int index, Article article) {
    List<Article> all = new ArrayList<>(session().articles());
    if (index < 0 || index >= all.size()) {
      addArticles(List.of(article));
      return;
    }
    all.set(index, article);
    change(session().withArticles(all));
  }

  /** Marks an article as the record of the speech (for the speaker quoted most), or as news again. */
  public void setReference(int index, boolean reference) {
    List<Article> all = session().articles();
    if (index >= 0 && index < all.size() && all.get(index).referenceDocument() != reference) {
      replaceArticle(index, all.get(index).withReference(reference ? "" : null));
    }
  }

  public void removeArticle(int index) {
    List<Article> all = new ArrayList<>(session().articles());
    if (index < 0 || index >= all.size()) {
      return;
    }
    all.remove(index);
    change(session().withArticles(all));
  }

  /** Adds a correction; the engine applies it on this and every later analysis. */
  public void correct(Correction c) {
    List<Correction> cs = new ArrayList<>(session().corrections());
    cs.add(c);
    change(session().withCorrections(cs));
  }

  /** Sets (or with blank text removes) the note on a quotation or on its group. */
  public void setNote(Quote quote, boolean onGroup, String text) {
    TextRef ref = refOf(quote).orElse(null);
    if (ref == null) {
      return;
    }
    List<Note> notes = new ArrayList<>(session().notes());
    notes.removeIf(n -> n.onGroup() == onGroup && sameQuote(n.target(), quote));
    if (text != null && !text.isBlank()) {
      notes.add(new Note(ref, onGroup, text.strip()));
    }
    session.set(session().withNotes(notes));
    dirty.set(true);
  }

  public void setView(ViewSettings view) {
    if (!view.equals(session().view())) {
      session.set(session().withView(view));
    }
  }

  /** Work is under way that is not in the session yet (a note being typed): the title says so. */
  public void markUnsaved() {
    dirty.set(true);
  }

  /** After a save: the session is in {@code to} and nothing is unsaved. */
  public void saved(Path to) {
    file.set(to);
    dirty.set(false);
  }

  private void change(Session s) {
    session.set(s);
    dirty.set(true);
    analyse();
  }

  // --- analysis ------------------------------------------------------------------------------

  /** Analyses the session on the worker thread; a newer request makes an older result stale. */
  public void analyse() {
    Session s = session();
    long gen = ++generation;
    if (s.articles().isEmpty()) {
      comparison.set(null);
      rows.clear();
      return;
    }
    Task<Comparison> task = new Task<>() {
      @Override
      protected Comparison call() {
        FirstFrameProbe.trace("analysis starts");
        return engine.compare(s.articles(), s.corrections(), (done, total, step) -> {
          updateProgress(done, total);
          updateMessage(step);
        });
      }
    };
    busy.set(true);
    progress.bind(task.progressProperty());
    status.bind(task.messageProperty());
    task.setOnSucceeded(e -> {
      if (gen == generation) {
        finish();
        show(task.getValue());
      }
    });
    task.setOnFailed(e -> {
      if (gen == generation) {
        finish();
        Throwable t = task.getException();
        error("The analysis failed: " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
      }
    });
    worker.submit(task);
  }

  private void finish() {
    progress.unbind();
    status.unbind();
    busy.set(false);
    progress.set(0);
    status.set("");
  }

  /** Shows an analysis of the current session made elsewhere, as the worker's result would be shown. */
  void analysed(Comparison c) {
    generation++;
    show(c);
  }

  private void show(Comparison c) {
    // the selected passage by its place in the text: after a pane is closed or re-analysed, the same
    // key can name another passage (quotation ids are numbered afresh), even in another outlet
    List<TextRef> was = selectedRefs();
    List<QuotationRow> now = QuotationRows.of(c);
    // nothing is selected while the comparison and its rows change, so no one sees one without the other
    selectedKey.set(null);
    comparison.set(c);
    // warnings (outlets giving one passage to two people first) are shown once, not after every re-analysis
    List<String> warnings = WarningText.lines(c);
    if (!warnings.isEmpty() && !warnings.equals(shownWarnings)) {
      error(String.join("\n", warnings));
    }
    shownWarnings = warnings;
    rows.setAll(now);
    // keep the selection on the same passage when it is still there and still shown
    selectedKey.set(now.stream().filter(filter)
        .filter(r -> r.quotes().stream().anyMatch(q -> was.contains(refOf(q).orElse(null))))
        .map(QuotationRow::key).findFirst().orElse(null));
  }

  private List<TextRef> selectedRefs() {
    return selectedRow().map(r -> r.quotes().stream().map(this::refOf).flatMap(Optional::stream).toList()).orElse(List.of());
  }

  /**
   * The filters the list applies. A selected passage they hide is no longer selected: the detail view
   * and the panes' highlight would otherwise show a passage the list does not.
   */
  /**
   * Applies the toolbar's filters: a selection they hide is cleared, the session remembers the view.
   * Returns the summary line for the status bar, or null with nothing open.
   */
  String applyFilter(QuoteFilter filter, boolean syncScroll) {
    setFilter(filter.rows());
    setView(filter.view(syncScroll));
    return comparison() == null ? null : filter.summary(comparison());
  }

  /** The news articles in which nothing was found, said the way the message bar says it; empty when none. */
  Optional<String> silentOutletsNotice() {
    Comparison c = comparison();
    if (c == null) {
      return Optional.empty();
    }
    List<String> silent = c.documents().stream()
        .filter(d -> !d.article().referenceDocument() && c.quotesOf(d.id()).isEmpty())
        .map(Document::outlet).toList();
    return silent.isEmpty() ? Optional.empty() : Optional.of("No quotations found in " + String.join(", ", silent)
        + ". Its text is shown; select a passage and right-click to mark a quotation by hand.");
  }

  public void setFilter(Predicate<QuotationRow> shown) {
    filter = shown == null ? r -> true : shown;
    if (selectedRow().filter(filter).isEmpty()) {
      selectedKey.set(null);
    }
  }

  /** Runs work that touches no JavaFX state on the worker thread and hands its result back. */
  public <T> void background(String step, java.util.concurrent.Callable<T> work, Consumer<T> then) {
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        return work.call();
      }
    };
    busy.set(true);
    status.set(step);
    task.setOnSucceeded(e -> {
      busy.set(false);
      status.set("");
      then.accept(task.getValue());
    });
    task.setOnFailed(e -> {
      busy.set(false);
      status.set("");
      Throwable t = task.getException();
      error(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    });
    worker.submit(task);
  }

  public void shutdown() {
    worker.shutdownNow();
  }

  // --- derived -------------------------------------------------------------------------------

  public Optional<QuotationRow> selectedRow() {
    String k = selectedKey.get();
    return k == null ? Optional.empty() : rows.stream().filter(r -> r.key().equals(k)).findFirst();
  }

  public Set<String> selectedQuoteIds() {
    Set<String> ids = new HashSet<>();
    selectedRow().ifPresent(r -> r.quotes().forEach(q -> ids.add(q.id())));
    return ids;
  }

  /**
   * The row {@code step} rows on from the selection in the list as shown (from the list's start or end
   * when nothing is selected); with {@code differencesOnly}, identical renderings are skipped. Empty at the end.
   */
  public Optional<QuotationRow> nextRow(List<QuotationRow> shown, int step, boolean differencesOnly) {
    int at = selectedRow().map(shown::indexOf).orElse(step > 0 ? -1 : shown.size());
    for (int i = at + step; i >= 0 && i < shown.size(); i += step) {
      if (!differencesOnly || shown.get(i).relation() != RowRelation.IDENTICAL) {
        return Optional.of(shown.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The row after ({@code step} 1) or before (-1) the selected one, among {@code shown}, whose speaker is
   * the selected row's; empty when none is selected or none is left in that direction.
   */
  public Optional<QuotationRow> nextBySpeaker(List<QuotationRow> shown, int step) {
    Optional<QuotationRow> from = selectedRow();
    if (from.isEmpty()) {
      return Optional.empty();
    }
    String speaker = from.get().speakerId();
    int at = shown.indexOf(from.get());
    if (at < 0) {
      return Optional.empty();
    }
    for (int i = at + step; i >= 0 && i < shown.size(); i += step) {
      if (java.util.Objects.equals(speaker, shown.get(i).speakerId())) {
        return Optional.of(shown.get(i));
      }
    }
    return Optional.empty();
  }

  /** Selects the row holding this quotation. */
  public void selectQuote(String quoteId) {
    rows.stream().filter(r -> r.contains(quoteId)).findFirst().ifPresent(r -> selectedKey.set(r.key()));
  }

  public Optional<Quote> quoteAt(String documentId, int offset) {
    Comparison c = comparison();
    if (c == null) {
      return Optional.empty();
    }
    return c.quotesOf(documentId).stream()
        .filter(q -> q.spans().stream().anyMatch(s -> s.contains(offset)) || (offset >= q.start() && offset < q.end()))
        .findFirst();
  }

  /**
   * What a quotation's tooltip says: who speaks and with which verb, how it relates to the other outlets,
   * and why the engine names that speaker: "Ri Yong Ho · told · variant, 100 % similar ↵ Why this speaker: …".
   */
  public String describe(Quote q, Document d) {
    Comparison c = comparison();
    String who = c == null ? "unknown" : c.speaker(q.speakerId()).map(s -> s.name()).orElse("speaker unknown");
    String relation = rows.stream().filter(r -> r.contains(q.id())).findFirst()
        .map(r -> r.relationLabel() + (r.similarity() >= 0 ? ", " + Math.round(r.similarity() * 100) + " % similar" : ""))
        .orElse("");
    int corrections = correctionsOf(q).size();
    return who + " · " + (q.verb() == null ? "no reporting verb" : q.verb()) + (relation.isEmpty() ? "" : " · " + relation)
        + "\n" + app.verbatim.engine.present.EvidenceText.line(q, d)
        + (corrections == 0 ? "" : "\n" + Plural.of(corrections, "analyst's correction", "analyst's corrections"));
  }

  public Optional<TextRef> refOf(Quote q) {
    Comparison c = comparison();
    return c == null ? Optional.empty() : c.document(q.documentId()).map(d -> TextRef.of(d, q));
  }

  public Optional<TextRef> refOf(String documentId, int start, int end) {
    Comparison c = comparison();
    return c == null ? Optional.empty() : c.document(documentId).map(d -> new TextRef(d.sha256(), start, end));
  }

  /** The corrections that concern a quotation. */
  public List<Correction> correctionsOf(Quote q) {
    Optional<Document> d = comparison() == null ? Optional.empty() : comparison().document(q.documentId());
    if (d.isEmpty()) {
      return List.of();
    }
    return session().corrections().stream().filter(c -> c.concerns(d.get().sha256(), q.start(), q.end())).toList();
  }

  public Optional<Note> noteOf(Quote q, boolean onGroup) {
    return session().notes().stream().filter(n -> n.onGroup() == onGroup && sameQuote(n.target(), q)).findFirst();
  }

  /** A group's note, pinned to any of its quotations. */
  public Optional<Note> groupNote(QuotationRow row) {
    for (Quote q : row.quotes()) {
      Optional<Note> n = noteOf(q, true);
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  public Set<String> correctedIds() {
    Set<String> out = new HashSet<>();
    Comparison c = comparison();
    if (c != null && !session().corrections().isEmpty()) {
      c.quotes().forEach(q -> {
        if (!correctionsOf(q).isEmpty()) {
          out.add(q.id());
        }
      });
    }
    return out;
  }

  public Set<String> notedIds() {
    Set<String> out = new HashSet<>();
    Comparison c = comparison();
    if (c != null && !session().notes().isEmpty()) {
      c.quotes().forEach(q -> {
        if (session().notes().stream().anyMatch(n -> sameQuote(n.target(), q))) {
          out.add(q.id());
        }
      });
    }
    return out;
  }

  private boolean sameQuote(TextRef ref, Quote q) {
    Comparison c = comparison();
    return c != null && c.document(q.documentId()).map(d -> ref.overlaps(d.sha256(), q.start(), q.end())).orElse(false);
  }

  /** Runs on the JavaFX thread now or soon (for callers on other threads). */
  static void fx(Runnable r) {
    if (Platform.isFxApplicationThread()) {
      r.run();
    } else {
      Platform.runLater(r);
    }
  }
}
