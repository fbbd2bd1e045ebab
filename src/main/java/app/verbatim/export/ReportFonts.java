package app.verbatim.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a PDF report embeds: DejaVu (Latin with diacritics, Greek, Cyrillic, typographic
 * punctuation) from the jasperreports-fonts jar, and for Chinese, Japanese and Korean the first
 * CJK font found on this machine. Which characters they can draw decides what {@link TextPolicy}
 * replaces with a placeholder.
 */
final class ReportFonts {
  static final String SANS = "DejaVu Sans Condensed";
  static final String SERIF = "DejaVu Serif Condensed";
  static final String MONO = "DejaVu Sans Mono";
  static final String CJK = "Verbatim CJK";

  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

  /** family, resource, weight, style. */
  private record Face(String family, String file, int weight, FontStyle style) {}

  private static final List<Face> FACES = List.of(
      new Face(SANS, "DejaVuSansCondensed.ttf", 400, FontStyle.NORMAL),
      new Face(SANS, "DejaVuSansCondensed-Bold.ttf", 700, FontStyle.NORMAL),
      new Face(SANS, "DejaVuSansCondensed-Oblique.ttf", 400, FontStyle.ITALIC),
      new Face(SANS, "DejaVuSansCondensed-BoldOblique.ttf", 700, FontStyle.ITALIC),
      new Face(SERIF, "DejaVuSerifCondensed.ttf", 400, FontStyle.NORMAL),
      new Face(SERIF, "DejaVuSerifCondensed-Bold.ttf", 700, FontStyle.NORMAL),
      new Face(SERIF, "DejaVuSerifCondensed-Italic.ttf", 400, FontStyle.ITALIC),
      new Face(SERIF, "DejaVuSerifCondensed-BoldItalic.ttf", 700, FontStyle.ITALIC),
      new Face(MONO, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL),
      new Face(MONO, "DejaVuSansMono-Bold.ttf", 700, FontStyle.NORMAL));

  /** Where CJK fonts usually live on Linux, macOS and Windows, most complete first. */
  static final List<String> CJK_CANDIDATES = List.of(
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
      "/usr/share/fonts/truetype/arphic/uming.ttc",
      "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
      "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
      "/Library/Fonts/Arial Unicode.ttf",
      "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
      "/System/Library/Fonts/Hiragino Sans GB.ttc",
      "/System/Library/Fonts/STHeiti Light.ttc",
      "C:\\Windows\\Fonts\\msyh.ttc",
      "C:\\Windows\\Fonts\\simsun.ttc",
      "C:\\Windows\\Fonts\\msgothic.ttc",
      "C:\\Windows\\Fonts\\malgun.ttf");

  private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
  private static volatile IntPredicate dejaVuCoverage;

  private final List<Path> cjkCandidates;

  ReportFonts() {
    this(defaultCjkCandidates());
  }

  /** With an explicit list of CJK font files to try (tests use an empty list). */
  ReportFonts(List<Path> cjkCandidates) {
    this.cjkCandidates = List.copyOf(cjkCandidates);
  }

  private static List<Path> defaultCjkCandidates() {
    List<Path> out = new ArrayList<>();
    String override = System.getProperty("verbatim.cjkFont");
    if (override != null && !override.isBlank()) {
      out.add(Path.of(override));
    }
    for (String c : CJK_CANDIDATES) {
      try {
        out.add(Path.of(c));
      } catch (RuntimeException e) {
        // a Windows path on Unix or the other way round: not this platform's font
      }
    }
    return out;
  }

  /** The fonts registered for one render; close after the PDF is saved. */
  final class FontSession implements Closeable {
    private final List<Closeable> open = new ArrayList<>();
    private IntPredicate drawable = dejaVu();
    private String cjkName;

    /** Registers every face with the builder; the CJK font is loaded into {@code doc}. */
    void register(PdfRendererBuilder builder, PDDocument doc) {
      for (Face f : FACES) {
        byte[] data = bytes(f.file());
        builder.useFont(() -> new ByteArrayInputStream(data), f.family(), f.weight(), f.style(), true);
      }
      for (Path p : cjkCandidates) {
        if (tryCjk(builder, doc, p)) {
          break;
        }
      }
    }

    private boolean tryCjk(PdfRendererBuilder builder, PDDocument doc, Path p) {
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        return false;
      }
      try {
        TrueTypeFont ttf;
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
          TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
          open.add(ttc);
          TrueTypeFont[] first = new TrueTypeFont[1];
          ttc.processAllFonts(f -> {
            if (first[0] == null && covers(f, 0x4E00)) {
              first[0] = f;
            }
          });
          ttf = first[0];
        } else {
          ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(p)));
          open.add(ttf);
        }
        if (ttf == null || !covers(ttf, 0x4E00)) {
          return false;
        }
        PDType0Font font = PDType0Font.load(doc, ttf, true);
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        IntPredicate base = drawable;
        drawable = cp -> base.test(cp) || cmap.getGlyphId(cp) > 0;
        builder.useFont(new PDFontSupplier(font), CJK, 400, FontStyle.NORMAL, true);
        builder.useFont(new PDFontSupplier(font), CJK, 700, FontStyle.NORMAL, true);
        cjkName = p.getFileName().toString();
        return true;
      } catch (IOException | RuntimeException e) {
        // an unreadable or unsupported font (e.g. CFF outlines): try the next one
        return false;
      }
    }

    /** Characters some registered font can draw. */
    IntPredicate drawable() {
      return drawable;
    }

    /** The CJK font file in use, or null when none was found. */
    String cjkFont() {
      return cjkName;
    }

    @Override
    public void close() {
      for (Closeable c : open) {
        try {
          c.close();
        } catch (IOException e) {
          // closing a read-only font file cannot lose data
        }
      }
      open.clear();
    }
  }

  FontSession open() {
    return new FontSession();
  }

  private static boolean covers(TrueTypeFont f, int cp) {
    try {
      CmapLookup cmap = f.getUnicodeCmapLookup(false);
      return cmap != null && cmap.getGlyphId(cp) > 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** What the bundled DejaVu faces can draw (the union of sans and serif). */
  static IntPredicate dejaVu() {
    IntPredicate p = dejaVuCoverage;
    if (p == null) {
      try {
        CmapLookup sans = cmap("DejaVuSansCondensed.ttf");
        CmapLookup serif = cmap("DejaVuSerifCondensed.ttf");
        p = cp -> sans.getGlyphId(cp) > 0 || serif.getGlyphId(cp) > 0;
        dejaVuCoverage = p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }

  private static CmapLookup cmap(String file) throws IOException {
    TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
    return f.getUnicodeCmapLookup();
  }

  static byte[] bytes(String file) {
    return BYTES.computeIfAbsent(file, f -> {
      try (InputStream in = ReportFonts.class.getResourceAsStream(DIR + f)) {
        if (in == null) {
          throw new IllegalStateException("the bundled font " + f + " is missing (jasperreports-fonts)");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
