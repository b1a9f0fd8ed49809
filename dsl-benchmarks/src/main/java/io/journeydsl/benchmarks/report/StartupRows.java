package io.journeydsl.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row 5 of the report: the CLI's start-up ({@code cli-startup.jsonl} of {@code process.CliStartup})
 * and the time to a first call, ours vs the SDK's ({@code first-call.jsonl} of
 * {@code process.FirstCallPairs}). Either part is left out when its file is missing.
 */
final class StartupRows {
  private static final String[][] CLI_VARIANTS = {
      {"launcher-validate", "`dsl-cli/target/journey validate` (launcher: AppCDS archive, C1 with one compiler thread, serial GC)"},
      {"jar-validate", "`java -jar dsl-cli/target/journey.jar validate`"},
      {"launcher-version", "`dsl-cli/target/journey --version` (the floor: a JVM, the jar, no bundle)"}};
  private static final String[][] FIRST_CALL_MEASURES = {
      {"firstAnswerMs", "in process, `main` to the answer"},
      {"answerWallMs", "whole process, start to the answer"},
      {"exitWallMs", "whole process, start to exit"}};
  private static final double TARGET_MS = 500;

  private StartupRows() {}

  static void write(Path dir, ObjectNode json, StringBuilder md) throws IOException {
    List<JsonNode> cli = JsonLines.read(dir.resolve("cli-startup.jsonl"));
    List<JsonNode> calls = JsonLines.read(dir.resolve("first-call.jsonl"));
    if (cli.isEmpty() && calls.isEmpty()) {
      return;
    }
    md.append("### 5. Start-up, as whole processes\n\n");
    ObjectNode row = json.putObject("startup");
    if (!cli.isEmpty()) {
      cliTable(cli, row.putObject("cli"), md);
    }
    if (!calls.isEmpty()) {
      firstCallTable(calls, row.putObject("firstCall"), md);
    }
  }

  private static void cliTable(List<JsonNode> lines, ObjectNode json, StringBuilder md) {
    md.append("`validate` of the 100-object bundle from a cold JVM, one process per run, the variants in turn (wall ms: median (min–max)):\n\n")
        .append("| command | runs | wall ms |\n|---|---:|---:|\n");
    Map<String, Spread> spreads = new TreeMap<>();
    for (String[] variant : CLI_VARIANTS) {
      List<Double> walls = new ArrayList<>();
      lines.stream().filter(l -> l.get("variant").asText().equals(variant[0])).forEach(l -> walls.add(l.get("wallMs").asDouble()));
      Spread spread = Spread.of(walls);
      if (spread.runs() == 0) {
        continue;
      }
      spreads.put(variant[0], spread);
      spread.putInto(json.putObject(variant[0]));
      md.append(String.format(Locale.ROOT, "| %s | %d | %s |%n", variant[1], spread.runs(), spread.cell()));
    }
    Spread launcher = spreads.get("launcher-validate");
    Spread jar = spreads.get("jar-validate");
    if (launcher != null && jar != null) {
      double ratio = launcher.median() / jar.median();
      json.put("launcherOverJar", ratio);
      md.append(String.format(Locale.ROOT, "%nThrough the launcher: %.2f of the plain `java -jar` time; target under %.0f ms: %s.%n",
          ratio, TARGET_MS, launcher.median() < TARGET_MS ? "met" : "not met"));
    }
    md.append('\n');
  }

  private static void firstCallTable(List<JsonNode> lines, ObjectNode json, StringBuilder md) {
    md.append("First successful call in a new process: build the client, list segments once, against one running loopback fake,")
        .append(" bearer token, each on its own runtime class path; journey-dsl's and the SDK's runs in pairs, order swapped every pair")
        .append(" (ms: median (min–max); the ratio is the median of the pairs' ratios):\n\n")
        .append("| measure | journey-dsl (`FeignJourneyTransport`, JDK client) | SDK (`JourneyApi.getJourneySegments`) | journey-dsl / SDK |\n")
        .append("|---|---:|---:|---:|\n");
    Map<Integer, JsonNode> ours = byPair(lines, "journey-dsl");
    Map<Integer, JsonNode> sdk = byPair(lines, "sdk");
    json.put("pairs", ours.keySet().stream().filter(sdk::containsKey).count());
    for (String[] measure : FIRST_CALL_MEASURES) {
      Spread o = Spread.of(ours.values().stream().map(l -> l.get(measure[0]).asDouble()).toList());
      Spread s = Spread.of(sdk.values().stream().map(l -> l.get(measure[0]).asDouble()).toList());
      Spread ratio = Spread.of(ours.keySet().stream().filter(sdk::containsKey)
          .map(p -> ours.get(p).get(measure[0]).asDouble() / sdk.get(p).get(measure[0]).asDouble()).toList());
      ObjectNode m = json.putObject(measure[0]);
      o.putInto(m.putObject("journeyDsl"));
      s.putInto(m.putObject("sdk"));
      m.put("ratio", ratio.median());
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f |%n", measure[1], o.cell(), s.cell(), ratio.median()));
    }
    md.append('\n');
  }

  private static Map<Integer, JsonNode> byPair(List<JsonNode> lines, String client) {
    Map<Integer, JsonNode> pairs = new TreeMap<>();
    lines.stream().filter(l -> l.get("client").asText().equals(client)).forEach(l -> pairs.put(l.get("pair").asInt(), l));
    return pairs;
  }
}
