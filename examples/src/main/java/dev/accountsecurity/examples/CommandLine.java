package dev.accountsecurity.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The options of a command: {@code --name value} pairs and {@code --flag}s, each named in
 * advance. Immutable once parsed.
 */
public final class CommandLine {
  private final Map<String, List<String>> values;
  private final Set<String> flags;

  private CommandLine(Map<String, List<String>> values, Set<String> flags) {
    this.values = values;
    this.flags = flags;
  }

  /**
   * Parses arguments.
   *
   * @param args the arguments
   * @param valueOptions the options that take a value, such as {@code --port}
   * @param flagOptions the options that stand alone, such as {@code --seed}
   * @return the parsed options
   * @throws IllegalArgumentException naming the argument that is unknown or lacks its value
   */
  public static CommandLine parse(String[] args, Set<String> valueOptions,
      Set<String> flagOptions) {
    Map<String, List<String>> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String arg = Objects.requireNonNull(args[i], "args");
      if (flagOptions.contains(arg)) {
        flags.add(arg);
      } else if (valueOptions.contains(arg)) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        values.computeIfAbsent(arg, name -> new ArrayList<>()).add(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return new CommandLine(Map.copyOf(values), Set.copyOf(flags));
  }

  /**
   * Returns the last value given for an option.
   *
   * @param name the option
   * @return the value, or null when not given
   */
  public @Nullable String value(String name) {
    List<String> given = values.get(name);
    return given == null ? null : given.get(given.size() - 1);
  }

  /**
   * Returns every value given for a repeatable option, in order.
   *
   * @param name the option
   * @return the values, empty when none
   */
  public List<String> values(String name) {
    return values.getOrDefault(name, List.of());
  }

  /**
   * Tells whether a flag was given.
   *
   * @param name the flag
   * @return true when given
   */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * Returns an option's value as a port number.
   *
   * @param name the option
   * @param fallback the port when the option is absent
   * @return 0 to 65535
   * @throws IllegalArgumentException if the value is not a port number
   */
  public int port(String name, int fallback) {
    String text = value(name);
    if (text == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the rule.
    }
    throw new IllegalArgumentException(name + " must be a number from 0 to 65535 but was " + text);
  }
}
