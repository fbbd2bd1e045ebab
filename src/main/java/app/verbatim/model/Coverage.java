package app.verbatim.model;

import java.util.List;

/** The quotations of one speaker that only one document has. speakerId may be null (unknown). */
public record Coverage(String documentId, String speakerId, List<String> quoteIds) {
  public Coverage {
    quoteIds = List.copyOf(quoteIds);
  }
}
