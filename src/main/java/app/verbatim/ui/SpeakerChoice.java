package app.verbatim.ui;

import app.verbatim.model.Comparison;
import app.verbatim.model.Quote;
import app.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entry of the speaker filter: a speaker with how many outlets and quotations, or "all speakers". */
record SpeakerChoice(String speakerId, String name, int outlets, int quotations) {
  static final SpeakerChoice ALL = new SpeakerChoice(null, "All speakers", 0, 0);

  /** All speakers, the most widely quoted first. */
  static List<SpeakerChoice> of(Comparison c) {
    Map<String, Set<String>> docs = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Quote q : c.quotes()) {
      if (q.speakerId() != null) {
        docs.computeIfAbsent(q.speakerId(), k -> new HashSet<>()).add(q.documentId());
        counts.merge(q.speakerId(), 1, Integer::sum);
      }
    }
    List<SpeakerChoice> out = new ArrayList<>();
    for (Speaker s : c.speakers()) {
      if (counts.containsKey(s.id())) {
        out.add(new SpeakerChoice(s.id(), s.name(), docs.get(s.id()).size(), counts.get(s.id())));
      }
    }
    out.sort(Comparator.comparingInt((SpeakerChoice s) -> -s.outlets()).thenComparingInt(s -> -s.quotations())
        .thenComparing(SpeakerChoice::name));
    out.add(0, ALL);
    return out;
  }

  /**
   * The filter to show after a new analysis. Speakers are matched by name, since the engine numbers their
   * ids afresh each time (closing a pane renumbers them): the speaker shown before (or saved with the
   * session) when still quoted; "all speakers" when the analyst chose that; else the engine's focus speaker.
   */
  static SpeakerChoice pick(List<SpeakerChoice> choices, SpeakerChoice current, boolean chosenByUser, String savedName,
      String focusId) {
    for (String name : new String[] {savedName, current == null || current.speakerId() == null ? null : current.name()}) {
      if (name != null) {
        for (SpeakerChoice s : choices) {
          if (s.speakerId() != null && s.name().equals(name)) {
            return s;
          }
        }
      }
    }
    if (chosenByUser && current != null && current.speakerId() == null) {
      return ALL;
    }
    return choices.stream().filter(s -> s.speakerId() != null && s.speakerId().equals(focusId)).findFirst().orElse(ALL);
  }

  /** Longer names are shortened in the toolbar's box, so the count and the boxes after it stay in view. */
  static final int BOX_CHARS = 24;

  /**
   * The label in the toolbar's box: the name, or for a long one its first and last words ("Evangelina …
   * Castellanos"), then the count. The list and the tooltip keep the whole name.
   */
  String boxLabel() {
    if (speakerId == null || name.length() <= BOX_CHARS) {
      return toString();
    }
    String[] words = name.split("\\s+");
    String shortName = words.length >= 3 ? words[0] + " … " + words[words.length - 1] : name;
    if (shortName.length() > BOX_CHARS) {
      shortName = name.substring(0, BOX_CHARS / 2 - 1).strip() + "…" + name.substring(name.length() - BOX_CHARS / 2).strip();
    }
    return shortName + " (" + quotations + ")";
  }

  // equals and hashCode written out, as the generated ones compare: the speaker box's value change calls
  // equals before the first frame, and the generated one links a call site on its first use (README, Start-up)
  @Override
  public boolean equals(Object o) {
    return o instanceof SpeakerChoice c && java.util.Objects.equals(speakerId, c.speakerId)
        && java.util.Objects.equals(name, c.name) && outlets == c.outlets && quotations == c.quotations;
  }

  @Override
  public int hashCode() {
    return ((31 * java.util.Objects.hashCode(speakerId) + java.util.Objects.hashCode(name)) * 31 + outlets) * 31 + quotations;
  }

  @Override
  public String toString() {
    return speakerId == null ? name : name + " (" + quotations + ")";
  }
}
