package app.verbatim.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a command's arguments into operands and known options. Accepts {@code --name value} and
 * {@code --name=value}; options may come before, between or after operands; {@code --} ends options,
 * so a file named like an option can still be given. Deliberately small: every command declares its
 * options as {@link OptionSpec}s, and adding one (say {@code --pdf OUT}) is one more spec.
 */
public final class ArgumentParser {
  private final Map<String, OptionSpec> specs = new LinkedHashMap<>();

  public ArgumentParser(List<OptionSpec> options) {
    for (OptionSpec o : options) {
      if (specs.put(o.name(), o) != null) {
        throw new IllegalArgumentException("option declared twice: " + o.name());
      }
    }
  }

  public ParsedArguments parse(List<String> args) throws UsageException {
    List<String> operands = new ArrayList<>();
    Map<String, List<String>> options = new LinkedHashMap<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      OptionSpec spec = specs.get(name);
      if (spec == null) {
        throw new UsageException("unknown option '" + name + "'" + suggestion(name));
      }
      if (options.containsKey(name) && !spec.repeatable()) {
        throw new UsageException(name + " may be given only once");
      }
      List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
      if (!spec.takesValue()) {
        if (eq > 0) {
          throw new UsageException(name + " takes no value");
        }
        continue;
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !looksLikeOption(args.get(i + 1))) {
        value = args.get(++i);
      } else {
        throw new UsageException(name + " needs a value: " + spec.synopsis());
      }
      values.add(value);
    }
    return new ParsedArguments(operands, options);
  }

  // "--json --speaker Ri" is a forgotten value, not a file called "--speaker"
  private boolean looksLikeOption(String arg) {
    if (!arg.startsWith("--") || arg.length() == 2) {
      return false;
    }
    int eq = arg.indexOf('=');
    return specs.containsKey(eq > 0 ? arg.substring(0, eq) : arg);
  }

  private String suggestion(String name) {
    for (String known : specs.keySet()) {
      if (known.startsWith(name) || name.startsWith(known) || editDistance(known, name) <= 2) {
        return " (did you mean " + known + "?)";
      }
    }
    return specs.isEmpty() ? "" : " (known: " + String.join(", ", specs.keySet()) + ")";
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
