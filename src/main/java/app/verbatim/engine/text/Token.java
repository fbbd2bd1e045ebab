package app.verbatim.engine.text;

/**
 * One word of a text. {@code start}/{@code end} cover the whole whitespace-delimited run
 * (attached punctuation included, so a view can paint it whole); {@code core} is the word
 * without surrounding punctuation and {@code key} its normalized form for comparison.
 */
public record Token(int start, int end, String surface, String core, String key) {}
