package app.verbatim.model;

import java.util.List;

/**
 * Everything an analyst's comparison consists of: the articles with their text, the corrections and
 * notes made on them, and how it was being viewed. The analysis itself is not stored: it is
 * recomputed, with the corrections applied, whenever the session opens.
 */
public record Session(List<Article> articles, List<Correction> corrections, List<Note> notes, ViewSettings view) {
  public Session {
    articles = List.copyOf(articles);
    corrections = List.copyOf(corrections);
    notes = List.copyOf(notes);
    view = view == null ? ViewSettings.DEFAULT : view;
  }

  // equals and hashCode written out, with the values the generated ones give: the generated ones link a
  // call site on their first use, at every start (README, Start-up)
  @Override
  public boolean equals(Object o) {
    return o instanceof Session s && articles.equals(s.articles) && corrections.equals(s.corrections)
        && notes.equals(s.notes) && view.equals(s.view);
  }

  @Override
  public int hashCode() {
    return ((31 * articles.hashCode() + corrections.hashCode()) * 31 + notes.hashCode()) * 31 + view.hashCode();
  }

  public static Session of(List<Article> articles) {
    return new Session(articles, List.of(), List.of(), ViewSettings.DEFAULT);
  }

  public Session withArticles(List<Article> a) {
    return new Session(a, corrections, notes, view);
  }

  public Session withCorrections(List<Correction> c) {
    return new Session(articles, c, notes, view);
  }

  public Session withNotes(List<Note> n) {
    return new Session(articles, corrections, n, view);
  }

  public Session withView(ViewSettings v) {
    return new Session(articles, corrections, notes, v);
  }
}
