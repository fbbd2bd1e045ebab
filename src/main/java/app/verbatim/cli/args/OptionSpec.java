package app.verbatim.cli.args;

/**
 * One {@code --option} a command accepts.
 *
 * @param name       the long name with its dashes, e.g. {@code "--json"}
 * @param valueName  what the value is called in help ("OUT"), or null for a flag without a value
 * @param repeatable whether it may be given more than once (each value kept, in order)
 * @param help       one line for the help text
 */
public record OptionSpec(String name, String valueName, boolean repeatable, String help) {
  public OptionSpec {
    if (!name.startsWith("--")) {
      throw new IllegalArgumentException("option names start with --: " + name);
    }
  }

  /** An option that takes a value and may be given once. */
  public static OptionSpec value(String name, String valueName, String help) {
    return new OptionSpec(name, valueName, false, help);
  }

  /** An option that takes a value and may be repeated. */
  public static OptionSpec repeated(String name, String valueName, String help) {
    return new OptionSpec(name, valueName, true, help);
  }

  /** A flag: present or not. */
  public static OptionSpec flag(String name, String help) {
    return new OptionSpec(name, null, false, help);
  }

  public boolean takesValue() {
    return valueName != null;
  }

  /** "--json OUT" or "--quick", for help and messages. */
  public String synopsis() {
    return takesValue() ? name + " " + valueName : name;
  }
}
