package io.journeydsl.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Row 6 of the report: plan, apply and second plan of 2,000 objects ({@code deploy-memory.jsonl} and
 * {@code deploy-http.jsonl} of {@code process.DeployScale}, one line per round; round 1 of each
 * process is cold, later rounds warm) and the simulator's events per second from JMH.
 */
final class DeployRows {
  private static final String[][] TARGETS = {
      {"memory", "in-memory fake"},
      {"http", "loopback HTTP fake, Feign JDK client"}};
  private static final String[] PHASES = {"planMs", "applyMs", "replanMs"};

  private DeployRows() {}

  static void write(Path dir, JmhResults jmh, ObjectNode json, StringBuilder md) throws IOException {
    Optional<JmhResults.Score> simulator = jmh.find("SimulatorBenchmark.simulateSession", 1);
    List<JsonNode> memory = JsonLines.read(dir.resolve("deploy-memory.jsonl"));
    List<JsonNode> http = JsonLines.read(dir.resolve("deploy-http.jsonl"));
    if (simulator.isEmpty() && memory.isEmpty() && http.isEmpty()) {
      return;
    }
    md.append("### 6. Deploy and simulation\n\n");
    if (!memory.isEmpty() || !http.isEmpty()) {
      deployTable(List.of(memory, http), json.putArray("deploy"), md);
    }
    simulator.ifPresent(s -> {
      // JMH gives no error for a single measured iteration.
      String error = Double.isNaN(s.error()) ? "" : String.format(Locale.ROOT, " ± %,.0f", s.error());
      md.append(String.format(Locale.ROOT,
          "Simulator: %,.0f%s events/s (one 50-event web session per call against 100 segments and 100 action maps, 1 thread).%n%n",
          s.score(), error));
      ObjectNode row = json.putObject("simulator").put("eventsPerSecond", s.score());
      if (!Double.isNaN(s.error())) {
        row.put("error", s.error());
      }
    });
  }

  private static void deployTable(List<List<JsonNode>> files, ArrayNode rows, StringBuilder md) {
    md.append("Plan + apply of 2,000 objects (800 segments, 200 templates, 1,000 action maps) on a fresh fake, then the second (empty) plan;")
        .append(" cold: the first round in a new JVM, warm: later rounds in the same JVM (wall ms: median (min–max)).")
        .append(" Requests counted from the fake's journal; budget: objects + list pages + 5 %.\n\n")
        .append("| fake | JVM | runs | plan | apply | second plan | requests: plan + apply + second plan | budget |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (int t = 0; t < TARGETS.length; t++) {
      List<JsonNode> lines = files.get(t);
      row(TARGETS[t], "cold", lines.stream().filter(l -> l.get("round").asInt() == 1).toList(), rows, md);
      row(TARGETS[t], "warm", lines.stream().filter(l -> l.get("round").asInt() > 1).toList(), rows, md);
    }
    md.append('\n');
  }

  private static void row(String[] target, String jvm, List<JsonNode> runs, ArrayNode rows, StringBuilder md) {
    if (runs.isEmpty()) {
      return;
    }
    ObjectNode row = rows.addObject().put("target", target[0]).put("jvm", jvm);
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %d |", target[1], jvm, runs.size()));
    for (String phase : PHASES) {
      Spread spread = Spread.of(runs.stream().map(l -> l.get(phase).asDouble()).toList());
      spread.putInto(row.putObject(phase));
      line.append(' ').append(spread.cell()).append(" |");
    }
    // Counts are deterministic; should they ever differ between runs, the worst run is the one shown.
    JsonNode worst = runs.stream().max(Comparator.comparingInt(DeployRows::requests)).orElseThrow();
    int requests = requests(worst);
    long budget = worst.get("budget").asLong();
    row.put("planRequests", worst.get("planRequests").asInt()).put("applyRequests", worst.get("applyRequests").asInt())
        .put("replanRequests", worst.get("replanRequests").asInt()).put("requests", requests).put("budget", budget);
    md.append(line).append(String.format(Locale.ROOT, " %d + %,d + %d = %,d | %,d |%n", worst.get("planRequests").asInt(),
        worst.get("applyRequests").asInt(), worst.get("replanRequests").asInt(), requests, budget));
  }

  private static int requests(JsonNode run) {
    return run.get("planRequests").asInt() + run.get("applyRequests").asInt() + run.get("replanRequests").asInt();
  }
}
