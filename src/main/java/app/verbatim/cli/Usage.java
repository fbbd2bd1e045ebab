package app.verbatim.cli;

/** The help text and version. */
final class Usage {
  private Usage() {}

  static final String TEXT = """
      Usage:
        verbatim                                  open the comparison window (bundled example)
        verbatim compare A B [C …] [options]      compare two or more articles
        verbatim bench [--quick]                  measure comparison speed
        verbatim --version | --help

      Articles: plain text (UTF-8, UTF-16 with BOM, Windows-1252), a saved web page (.html),
      or a Verbatim article file (.json). Files over 20 MB are refused.

      Options for compare:
        --json OUT        write the comparison as JSON (schema: comparison.schema.json)
        --speaker NAME    show only this speaker's quotations in the summary
        --label NAME      outlet name for the next article file (repeat in file order)
      Exit codes: 0 done, 1 bad input or unwritable output, 2 wrong usage.""";

  static String version() {
    String v = Usage.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
