package app.verbatim.export;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * How every section of the report puts article text into the tree: as text nodes, never as markup,
 * with a placeholder for each character the report's fonts cannot draw.
 */
final class ReportText {
  private final TextPolicy policy;

  ReportText(TextPolicy policy) {
    this.policy = policy;
  }

  void append(Element parent, String s) {
    policy.write(s, new TextPolicy.Sink() {
      @Override
      public void text(String t) {
        parent.appendChild(new TextNode(t));
      }

      @Override
      public void missing(String placeholder, String original) {
        parent.appendElement("span").addClass("missing").text(placeholder);
      }
    });
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
