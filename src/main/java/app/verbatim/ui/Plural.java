package app.verbatim.ui;

/** Counts with their noun in the right number: "1 correction", "2 corrections", "0 notes". */
final class Plural {
  private Plural() {}

  static String of(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** For nouns that take an -s. */
  static String of(int n, String noun) {
    return of(n, noun, noun + "s");
  }
}
