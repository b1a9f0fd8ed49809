package io.journeydsl.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs built: the one its arguments name, or all of them. The
 * name is read from each command's own {@link Command} annotation, so it is written in one place.
 */
final class SubcommandChoice {
  private SubcommandChoice() {}

  /**
   * The subcommand named by the first argument that is not an option, alone; all of {@code commands}
   * when there is none, when it names none of them, or when it names {@code help} or
   * {@code completion} (both describe the whole tree).
   */
  static List<Class<?>> needed(List<Class<?>> commands, String... args) {
    String first = null;
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        first = arg;
        break;
      }
    }
    if (first == null) {
      return commands;
    }
    for (Class<?> command : commands) {
      String name = command.getAnnotation(Command.class).name();
      if (name.equals(first)) {
        boolean describesTree = command == CommandLine.HelpCommand.class || command == CompletionCommand.class;
        return describesTree ? commands : List.of(command);
      }
    }
    return commands;
  }
}
