package app.verbatim.engine.attribution;

import app.verbatim.model.Evidence;
import app.verbatim.model.Span;
import java.util.Locale;

/** Turns an attribution into the evidence a user sees: the deciding rule, the words it read, a sentence. */
final class EvidenceWriter {
  /** How far from the noun phrase the reporting verb is looked for, to show "Ri told" rather than "Ri". */
  private static final int VERB_REACH = 60;

  private EvidenceWriter() {}

  static Evidence of(Attribution a, String text) {
    if (a.sieve() == null) {
      return Evidence.NONE;
    }
    Span cue = a.cue() == null ? null : cueSpan(a.cue(), text);
    String words = cue == null ? null : cue.of(text).replaceAll("\\s+", " ");
    String who = a.person() == null ? null : a.person().displayName();
    return new Evidence(a.sieve(), words, cue, a.named(), detail(a, who, words));
  }

  /** The cue's noun phrase together with its reporting verb, where the verb stands close by. */
  private static Span cueSpan(Cue cue, String text) {
    int from = cue.offset();
    int to = cue.end();
    if (cue.verb() != null) {
      // the occurrence of the verb nearest the noun phrase, as a whole word
      String verb = cue.verb();
      int lo = Math.max(0, from - VERB_REACH);
      int hi = Math.min(text.length(), to + VERB_REACH);
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int at = text.indexOf(verb, lo); at >= 0 && at + verb.length() <= hi; at = text.indexOf(verb, at + 1)) {
        int end = at + verb.length();
        boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
            && (end >= text.length() || !Character.isLetter(text.charAt(end)));
        int distance = at >= to ? at - to : from - end;
        if (word && distance >= 0 && distance < bestDistance) {
          best = at;
          bestDistance = distance;
        }
      }
      if (best >= 0) {
        from = Math.min(from, best);
        to = Math.max(to, best + verb.length());
      }
    }
    return new Span(from, to);
  }

  private static String detail(Attribution a, String who, String words) {
    String quoted = words == null ? "" : "“" + words + "”";
    if (who == null) {
      return switch (a.sieve()) {
        case "none" -> words == null ? Evidence.NONE.detail()
            : "No speaker: " + quoted + " names no one the text identifies.";
        case "pronoun" -> "No speaker: " + quoted + " could mean more than one person, or a group.";
        case "role" -> "No speaker: " + quoted + " is a group or someone the text does not identify.";
        case "named" -> "No speaker: " + quoted + " could name more than one person.";
        default -> "No speaker: " + (words == null ? "the text does not say who speaks." : quoted + " names no one.");
      };
    }
    return switch (a.sieve()) {
      case "named" -> quoted + " names " + who + ".";
      case "pronoun" -> quoted + " refers back to " + who + ", the nearest person it can mean.";
      case "role" -> quoted + " refers to " + who + (a.person().name.isEmpty() ? ", as the text describes them."
          : ", whose role fits.");
      case "organisation" -> quoted + " is the body " + who + ".";
      case "document" -> quoted + " speaks for " + who + ", who issued it.";
      case "continuation" -> "No cue of its own: it continues " + who + ", who speaks just before.";
      case "headline-echo" -> "A headline quotation of words the article gives to " + who + ".";
      case "repeated" -> "No cue of its own: the article quotes the same words again and gives them to " + who + ".";
      default -> quoted + " gives " + who + " (" + a.sieve().toLowerCase(Locale.ROOT) + ").";
    };
  }
}
