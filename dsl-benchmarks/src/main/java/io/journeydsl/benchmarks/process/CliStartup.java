package io.journeydsl.benchmarks.process;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Row 5a: the CLI's start-up as whole processes. Each round runs, in a rotating order so that load
 * and caches fall on each alike, {@code journey validate BUNDLE} through the launcher script (AppCDS
 * archive, C1 with one compiler thread, serial GC), the same through plain {@code java -jar journey.jar}, and
 * {@code journey --version} through the launcher as the floor (a JVM, the jar and picocli, no
 * bundle). Writes one JSON line per process: variant, round, wall milliseconds.
 *
 * <p>{@code java -cp benchmarks.jar ...CliStartup ROUNDS OUT.jsonl BUNDLE CLI_TARGET_DIR}
 */
public final class CliStartup {
  private CliStartup() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: CliStartup ROUNDS OUT.jsonl BUNDLE CLI_TARGET_DIR");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    String bundle = args[2];
    Path cli = Path.of(args[3]);
    String launcher = cli.resolve("journey").toString();
    String jar = cli.resolve("journey.jar").toString();
    Map<String, List<String>> variants = Map.of(
        "launcher-validate", List.of(launcher, "validate", bundle),
        "jar-validate", List.of(TimedProcess.java(), "-jar", jar, "validate", bundle),
        "launcher-version", List.of(launcher, "--version"));
    List<String> order = List.of("launcher-validate", "jar-validate", "launcher-version");
    // The launcher picks its JVM from JAVA: the same one as the plain java -jar runs.
    Map<String, String> env = Map.of("JAVA", TimedProcess.java());
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < order.size(); i++) {
          String variant = order.get((round + i) % order.size());
          TimedProcess run = TimedProcess.run(variants.get(variant), env);
          out.printf(Locale.ROOT, "{\"variant\":\"%s\",\"round\":%d,\"wallMs\":%.1f}%n", variant, round + 1, run.exitMs());
        }
      }
    }
  }
}
