package io.journeydsl.cli;

import java.util.Map;

/**
 * What the command may assume about where its output goes: whether a person is watching (so a
 * progress bar may redraw itself and a question may be asked) and whether colour is welcome. Colour
 * needs a terminal and no {@code NO_COLOR} in the environment (https://no-color.org: any non-empty
 * value turns colour off), so piped output and CI logs never carry escape codes.
 *
 * @param interactive whether stdin and stdout are a terminal
 * @param environment the environment variables
 */
record Terminal(boolean interactive, Map<String, String> environment) {
  /** The variable that turns colour off when set to anything but the empty string. */
  static final String NO_COLOR = "NO_COLOR";

  /** This process's terminal and environment. */
  static Terminal current() {
    return new Terminal(System.console() != null, System.getenv());
  }

  /** Whether output may be coloured. */
  boolean color() {
    String noColor = environment.get(NO_COLOR);
    return interactive && (noColor == null || noColor.isEmpty());
  }
}
