package app.verbatim.export;

import java.util.List;
import java.util.Objects;

/**
 * The analyst's corrections and notes, printed where they belong and marked as the analyst's.
 * The comparison handed to a writer already has corrections applied (e.g. {@code Quote.withSpeaker});
 * these records say what was changed, so the report can show it.
 *
 * @param corrections changes the analyst made to what the engine found
 * @param notes       free-text notes on a quotation, a linked group, or the whole comparison
 */
public record ReportAnnotations(List<CorrectionEntry> corrections, List<NoteEntry> notes) {
  /** No corrections, no notes. */
  public static final ReportAnnotations NONE = new ReportAnnotations(List.of(), List.of());

  public ReportAnnotations {
    corrections = List.copyOf(corrections);
    notes = List.copyOf(notes);
  }

  /**
   * One correction of the engine's result.
   *
   * @param quoteId the quotation it concerns, or null when it concerns the whole comparison
   * @param what    what was corrected, e.g. "speaker", "link", "not a quotation"
   * @param before  the engine's value as shown to a reader (e.g. "unknown"), or null
   * @param after   the analyst's value (e.g. "Mike Pompeo"), or null
   */
  public record CorrectionEntry(String quoteId, String what, String before, String after) {
    public CorrectionEntry {
      Objects.requireNonNull(what, "what");
    }

    /** "speaker: unknown → Mike Pompeo". */
    public String describe() {
      StringBuilder b = new StringBuilder(what);
      if (before != null || after != null) {
        b.append(": ").append(before == null ? "—" : before).append(" → ").append(after == null ? "—" : after);
      }
      return b.toString();
    }
  }

  /**
   * A note by the analyst.
   *
   * @param targetId a quotation id ("q3"), a group id ("g1"), or null for the whole comparison
   * @param text     the note
   */
  public record NoteEntry(String targetId, String text) {
    public NoteEntry {
      Objects.requireNonNull(text, "text");
    }
  }

  public List<CorrectionEntry> correctionsOf(String quoteId) {
    return corrections.stream().filter(c -> Objects.equals(c.quoteId(), quoteId)).toList();
  }

  public List<NoteEntry> notesOn(String targetId) {
    return notes.stream().filter(n -> Objects.equals(n.targetId(), targetId)).toList();
  }

  public boolean isEmpty() {
    return corrections.isEmpty() && notes.isEmpty();
  }
}
