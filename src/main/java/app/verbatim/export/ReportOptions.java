package app.verbatim.export;

import java.time.Clock;
import java.util.Objects;

/**
 * How a report is laid out and what it says about itself.
 *
 * @param paper        A4 or US Letter
 * @param orientation  portrait stacks the outlets' wordings; landscape sets them side by side
 * @param appendix     whether to add the full texts with the quotations highlighted
 * @param focusSpeaker the speaker id to feature, or null for the comparison's own focus speaker
 * @param clock        the source of the "generated at" time (fixed in tests)
 * @param version      the Verbatim version printed on the report
 */
public record ReportOptions(
    Paper paper, Orientation orientation, boolean appendix, String focusSpeaker, Clock clock, String version) {

  /** Paper size. */
  public enum Paper {
    A4("A4", 210, 297),
    LETTER("Letter", 215.9, 279.4);

    private final String label;
    private final double widthMm;
    private final double heightMm;

    Paper(String label, double widthMm, double heightMm) {
      this.label = label;
      this.widthMm = widthMm;
      this.heightMm = heightMm;
    }

    public String label() {
      return label;
    }

    public double widthMm() {
      return widthMm;
    }

    public double heightMm() {
      return heightMm;
    }
  }

  /** Page orientation. */
  public enum Orientation {
    PORTRAIT,
    LANDSCAPE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ReportOptions {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(clock, "clock");
    version = version == null || version.isBlank() ? "dev" : version;
  }

  /** A4 portrait, no appendix, the comparison's focus speaker, the system clock, the jar's version. */
  public static ReportOptions defaults() {
    return new ReportOptions(Paper.A4, Orientation.PORTRAIT, false, null, Clock.systemDefaultZone(), jarVersion());
  }

  public ReportOptions withPaper(Paper p) {
    return new ReportOptions(p, orientation, appendix, focusSpeaker, clock, version);
  }

  public ReportOptions withOrientation(Orientation o) {
    return new ReportOptions(paper, o, appendix, focusSpeaker, clock, version);
  }

  public ReportOptions withAppendix(boolean a) {
    return new ReportOptions(paper, orientation, a, focusSpeaker, clock, version);
  }

  public ReportOptions withFocusSpeaker(String speakerId) {
    return new ReportOptions(paper, orientation, appendix, speakerId, clock, version);
  }

  public ReportOptions withClock(Clock c) {
    return new ReportOptions(paper, orientation, appendix, focusSpeaker, c, version);
  }

  public ReportOptions withVersion(String v) {
    return new ReportOptions(paper, orientation, appendix, focusSpeaker, clock, v);
  }

  public boolean landscape() {
    return orientation == Orientation.LANDSCAPE;
  }

  /** The settings line printed on the first page, e.g. "A4 portrait, appendix". */
  public String settingsLabel() {
    return paper.label() + " " + orientation.label() + (appendix ? ", with appendix" : ", no appendix");
  }

  /** The version in the jar manifest, or "dev" when run from classes. */
  public static String jarVersion() {
    String v = ReportOptions.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
