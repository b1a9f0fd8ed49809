package io.journeydsl.benchmarks.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One child process timed from outside: milliseconds from start to its first line of output that
 * is a JSON object (its answer, if it prints one) and to its exit. Its other output is read and
 * dropped; its error output goes to this process's, so a failure shows.
 *
 * @param answerMs milliseconds to the JSON line, or NaN when it printed none
 * @param exitMs milliseconds to the exit
 * @param answer the JSON line, or {@code null}
 */
record TimedProcess(double answerMs, double exitMs, String answer) {

  /** The JVM running this one, for children that must run on the same. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Runs {@code command} to its end.
   *
   * @param env variables added to this process's environment
   * @throws IllegalStateException when it exits with a status other than 0
   */
  static TimedProcess run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    double answerMs = Double.NaN;
    String answer = null;
    // Reading to the end both finds the answer and keeps a chatty child from blocking on a full pipe.
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (answer == null && line.startsWith("{")) {
          answerMs = (System.nanoTime() - start) / 1e6;
          answer = line;
        }
      }
    }
    int status = process.waitFor();
    double exitMs = (System.nanoTime() - start) / 1e6;
    if (status != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + status);
    }
    return new TimedProcess(answerMs, exitMs, answer);
  }
}
