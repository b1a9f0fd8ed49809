package io.journeydsl.cli;

import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.Fault;
import java.time.Duration;
import java.util.Locale;

/**
 * Parses a {@code --fault} value: {@code TARGET=EFFECT[,OPTION...]} where TARGET is an operation
 * name ({@code GET_JOURNEY_SEGMENT}), its seed method name ({@code getJourneySegment}) or {@code *};
 * EFFECT is an error status ({@code 503}), {@code drop}, {@code stall} or {@code delay}; OPTIONs are
 * {@code times=N}, {@code always}, {@code p=0.1}, {@code seed=N}, {@code retry-after=S} and
 * {@code latency=MS} (the hold time of {@code stall} and {@code delay}).
 */
final class FaultSpec {
  private FaultSpec() {}

  static Fault parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("--fault must look like TARGET=EFFECT[,OPTION...], was '" + spec + "'");
    }
    String target = spec.substring(0, eq).trim();
    String[] parts = spec.substring(eq + 1).split(",");
    Fault.Builder builder = target.equals("*") ? Fault.onAny() : Fault.on(operation(target));
    Duration latency = Duration.ZERO;
    long seed = 0;
    double probability = 1.0;
    for (int i = 1; i < parts.length; i++) {
      String option = parts[i].trim();
      String key = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
      String value = option.contains("=") ? option.substring(option.indexOf('=') + 1) : "";
      switch (key) {
        case "always":
          builder.always();
          break;
        case "times":
          builder.times(Integer.parseInt(value));
          break;
        case "p":
          probability = Double.parseDouble(value);
          break;
        case "seed":
          seed = Long.parseLong(value);
          break;
        case "retry-after":
          builder.header("Retry-After", Long.toString(Long.parseLong(value)));
          break;
        case "latency":
          latency = Duration.ofMillis(Long.parseLong(value));
          break;
        default:
          throw new IllegalArgumentException("unknown --fault option '" + option + "' in '" + spec + "'");
      }
    }
    if (probability < 1.0) {
      builder.withProbability(probability, seed);
    }
    String effect = parts[0].trim().toLowerCase(Locale.ROOT);
    switch (effect) {
      case "drop":
        return builder.latency(latency).dropConnection();
      case "stall":
        return builder.stall(latency.isZero() ? Duration.ofSeconds(30) : latency);
      case "delay":
        return builder.delay(latency);
      default:
        return builder.latency(latency).respond(Integer.parseInt(effect));
    }
  }

  private static Operation operation(String name) {
    for (Operation operation : Operation.values()) {
      if (operation.name().equals(name) || operation.seedMethod().equals(name)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("unknown operation '" + name + "' in --fault");
  }
}
