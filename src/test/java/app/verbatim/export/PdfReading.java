package app.verbatim.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a generated PDF back the way a reader's viewer would: text by position, fonts per page. */
final class PdfReading {
  final String text;
  final String flat;
  final int pages;
  final List<PDFont> fonts = new ArrayList<>();
  final String title;
  /** Each page's text, in order. */
  final List<String> pageTexts = new ArrayList<>();

  PdfReading(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(doc);
      flat = flatten(text);
      pages = doc.getNumberOfPages();
      for (int i = 1; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pageTexts.add(stripper.getText(doc));
      }
      title = doc.getDocumentInformation().getTitle();
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
    }
  }

  /** Whitespace and line breaks collapsed to single spaces. */
  static String flatten(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
