package app.verbatim.model;

import java.util.Objects;

/**
 * The analyst's note on a quotation or on the linked group it belongs to.
 *
 * @param target  the quotation the note is pinned to
 * @param onGroup whether the note is about the whole linked group rather than this one wording
 * @param text    the note
 */
public record Note(TextRef target, boolean onGroup, String text) {
  public Note {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(text, "text");
  }
}
