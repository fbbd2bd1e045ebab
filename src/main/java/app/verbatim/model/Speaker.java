package app.verbatim.model;

import java.util.List;

/**
 * One person (or body) quoted, merged across all documents.
 *
 * @param id      unique within a comparison, e.g. "s1"
 * @param name    the fullest form of the name seen ("Ri Yong Ho")
 * @param aliases every way the documents refer to them ("Ri Yong-ho", "Ri", "the minister", "he")
 */
public record Speaker(String id, String name, List<String> aliases) {
  public Speaker {
    aliases = List.copyOf(aliases);
  }
}
