package app.verbatim.model;

import java.util.Objects;

/**
 * One change the analyst made to what the engine found. The engine applies corrections every time it
 * runs, so they survive re-analysis.
 *
 * @param kind    what was changed
 * @param target  the quotation (or text) concerned
 * @param other   the second quotation of a link or unlink, else null
 * @param speaker the speaker's name for {@link CorrectionKind#SPEAKER} and
 *                {@link CorrectionKind#MISSED_QUOTE}, else null
 */
public record Correction(CorrectionKind kind, TextRef target, TextRef other, String speaker) {
  public Correction {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    if (kind == CorrectionKind.SPEAKER && (speaker == null || speaker.isBlank())) {
      throw new IllegalArgumentException("a speaker correction needs a speaker");
    }
    if (kind == CorrectionKind.LINK && other == null) {
      throw new IllegalArgumentException("a link needs two quotations");
    }
    speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
  }

  public static Correction speaker(TextRef quote, String name) {
    return new Correction(CorrectionKind.SPEAKER, quote, null, name);
  }

  public static Correction notAQuote(TextRef quote) {
    return new Correction(CorrectionKind.NOT_A_QUOTE, quote, null, null);
  }

  public static Correction missedQuote(TextRef text, String speaker) {
    return new Correction(CorrectionKind.MISSED_QUOTE, text, null, speaker);
  }

  public static Correction link(TextRef a, TextRef b) {
    return new Correction(CorrectionKind.LINK, a, b, null);
  }

  public static Correction unlink(TextRef quote, TextRef other) {
    return new Correction(CorrectionKind.UNLINK, quote, other, null);
  }

  /** Whether this correction concerns the given stretch of a document. */
  public boolean concerns(String sha, int start, int end) {
    return target.overlaps(sha, start, end) || (other != null && other.overlaps(sha, start, end));
  }
}
