package app.verbatim.cli.args;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command line split into its operands (e.g. article files) and the options given.
 *
 * @param operands the arguments that are not options, in order
 * @param options  for every option given, its values in order (an empty list for a flag)
 */
public record ParsedArguments(List<String> operands, Map<String, List<String>> options) {
  public ParsedArguments {
    operands = List.copyOf(operands);
    Map<String, List<String>> copy = new java.util.HashMap<>();
    options.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    options = Map.copyOf(copy);
  }

  public boolean has(OptionSpec option) {
    return options.containsKey(option.name());
  }

  /** The value of a single-valued option, if given. */
  public Optional<String> value(OptionSpec option) {
    List<String> values = options.get(option.name());
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  /** Every value of a repeatable option, in the order given. */
  public List<String> values(OptionSpec option) {
    return options.getOrDefault(option.name(), List.of());
  }
}
