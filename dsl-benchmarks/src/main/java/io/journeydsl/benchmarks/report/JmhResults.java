package io.journeydsl.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The scores of JMH JSON result files, looked up by benchmark, parameters and thread count. */
final class JmhResults {
  /** One score: the benchmark's short name ({@code Class.method}), its parameters, threads, score and error. */
  record Score(String benchmark, Map<String, String> params, int threads, double score, double error, String unit) {}

  private final List<Score> scores = new ArrayList<>();

  void add(Path file) throws IOException {
    for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
      String[] parts = run.get("benchmark").asText().split("\\.");
      Map<String, String> params = new TreeMap<>();
      run.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode metric = run.get("primaryMetric");
      double error = metric.path("scoreError").asDouble(Double.NaN);
      scores.add(new Score(parts[parts.length - 2] + "." + parts[parts.length - 1], params, run.get("threads").asInt(),
          metric.get("score").asDouble(), error, metric.get("scoreUnit").asText()));
    }
  }

  List<Score> all() {
    return scores;
  }

  /** The score of a benchmark at these parameters (name, value pairs) and thread count. */
  Optional<Score> find(String benchmark, int threads, String... params) {
    return scores.stream().filter(s -> s.benchmark().equals(benchmark) && s.threads() == threads)
        .filter(s -> {
          for (int i = 0; i < params.length; i += 2) {
            if (!params[i + 1].equals(s.params().get(params[i]))) {
              return false;
            }
          }
          return true;
        }).findFirst();
  }
}
