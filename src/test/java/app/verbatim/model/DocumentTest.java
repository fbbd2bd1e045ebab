package app.verbatim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private static final String TEXT = "Harbour talks stall\nThe mayor said \"we wait\".";

  private static Document document(String metadataTitle, Section first) {
    Article a = new Article("The Ledger", metadataTitle, null, null, null, TEXT, null);
    return new Document("d1", a, "sha", List.of(
        new Paragraph(1, new Span(0, 19), first), new Paragraph(2, new Span(20, TEXT.length()), Section.BODY)));
  }

  @Test
  void titleIsTheMetadataTitleFirst() {
    assertThat(document("From the metadata", Section.HEADLINE).title()).isEqualTo("From the metadata");
  }

  @Test
  void titleFallsBackToTheHeadlineParagraph() {
    assertThat(document(null, Section.HEADLINE).title()).isEqualTo("Harbour talks stall");
  }

  @Test
  void titleIsNullWithoutEither() {
    assertThat(document(null, Section.BODY).title()).isNull();
  }
}
