package app.verbatim.cli.args;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * Splits a command's arguments into operands and known options, with picocli. Accepts {@code --name
 * value} and {@code --name=value}; options may come before, between or after operands; {@code --} ends
 * options, so a file named like an option can still be given. Every command declares its options as
 * {@link OptionSpec}s, and adding one (say {@code --pdf OUT}) is one more spec; picocli's own messages
 * are put in the command line's words (one line, the option named, a suggestion for a typo).
 */
public final class ArgumentParser {
  private final Map<String, OptionSpec> specs = new LinkedHashMap<>();
  private final CommandSpec command;

  public ArgumentParser(List<OptionSpec> options) {
    this("verbatim", options);
  }

  public ArgumentParser(String name, List<OptionSpec> options) {
    command = CommandSpec.create().name(name);
    for (OptionSpec o : options) {
      if (specs.put(o.name(), o) != null) {
        throw new IllegalArgumentException("option declared twice: " + o.name());
      }
      command.addOption(picocliOption(o));
    }
    command.addPositional(PositionalParamSpec.builder().arity("0..*").type(List.class).auxiliaryTypes(String.class)
        .paramLabel("FILE").build());
    command.parser().overwrittenOptionsAllowed(false).aritySatisfiedByAttachedOptionParam(true);
  }

  /** The picocli model of these options (for the shell completion script). */
  public CommandSpec spec() {
    return command;
  }

  private static CommandLine.Model.OptionSpec picocliOption(OptionSpec o) {
    CommandLine.Model.OptionSpec.Builder b = CommandLine.Model.OptionSpec.builder(o.name()).description(o.help());
    if (!o.takesValue()) {
      return b.arity("0").type(boolean.class).build();
    }
    b.paramLabel(o.valueName()).arity("1");
    return o.repeatable() ? b.type(List.class).auxiliaryTypes(String.class).build() : b.type(String.class).build();
  }

  public ParsedArguments parse(List<String> args) throws UsageException {
    ParseResult result;
    try {
      result = new CommandLine(command).parseArgs(args.toArray(new String[0]));
    } catch (CommandLine.ParameterException e) {
      throw new UsageException(message(e, args));
    }
    List<String> operands = new ArrayList<>(command.positionalParameters().get(0).stringValues());
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (CommandLine.Model.OptionSpec o : command.options()) {
      if (result.hasMatchedOption(o)) {
        options.put(o.longestName(), new ArrayList<>(o.stringValues()));
      }
    }
    return new ParsedArguments(operands, options);
  }

  /** picocli's exceptions, said the way the rest of the command line says things. */
  private String message(CommandLine.ParameterException e, List<String> args) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      String arg = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      if (specs.containsKey(name)) {
        return name + " takes no value"; // "--appendix=yes"
      }
      return "unknown option '" + name + "'" + suggestion(u, name);
    }
    if (e instanceof CommandLine.OverwrittenOptionException o
        && o.getOverwritten() instanceof CommandLine.Model.OptionSpec given) {
      return given.longestName() + " may be given only once";
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
      return o.longestName() + " needs a value: " + specs.get(o.longestName()).synopsis();
    }
    String text = e.getMessage() == null ? "" : e.getMessage();
    for (String name : specs.keySet()) {
      if (text.contains("'" + name + "' should be specified without")) {
        return name + " takes no value"; // "--appendix=yes"
      }
    }
    String first = e.getMessage() == null ? "bad arguments" : e.getMessage().lines().findFirst().orElse("");
    return Character.toLowerCase(first.charAt(0)) + first.substring(1).replaceAll("[.]$", "");
  }

  private String suggestion(CommandLine.UnmatchedArgumentException u, String name) {
    // the closest known name by edits (a prefix counts as close); picocli's similarity otherwise
    String closest = specs.keySet().stream()
        .filter(k -> k.startsWith(name) || name.startsWith(k) || editDistance(k, name) <= Math.max(2, name.length() / 3))
        .min(java.util.Comparator.comparingInt(k -> editDistance(k, name)))
        .orElse(u.getSuggestions().isEmpty() ? null : u.getSuggestions().get(0));
    if (closest != null) {
      return " (did you mean " + closest + "?)";
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
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
