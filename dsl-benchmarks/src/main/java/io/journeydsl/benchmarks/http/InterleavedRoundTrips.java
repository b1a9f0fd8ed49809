package io.journeydsl.benchmarks.http;

import io.journeydsl.benchmarks.MixedBundles;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two clients of row 2 against one loopback fake, in one JVM, taking turns: a batch of one round trip
 * with the first, the same batch with the second, and so on. A busy machine slows both sides of each
 * pair of batches alike, so the median of the pairs' ratios holds where separate JMH trials (each
 * client in its own stretch of time) drift apart.
 *
 * <pre>
 * java -cp dsl-benchmarks/target/benchmarks.jar io.journeydsl.benchmarks.http.InterleavedRoundTrips \
 *     list feign-jdk bare-jdk [ROUNDS]
 * </pre>
 * prints the median microseconds per call of each client and the median, lowest and highest ratio
 * over the measured rounds (a third of the rounds, at least 5, warm up first).
 */
public final class InterleavedRoundTrips {
  private static final int STORED = 100;

  private InterleavedRoundTrips() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: InterleavedRoundTrips get|list|post CLIENT_A CLIENT_B [ROUNDS]");
    }
    String operation = args[0];
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    int warmup = Math.max(5, rounds / 3);
    FakeJourneyApi fake = FakeJourneyApi.create();
    JourneySegment body = MixedBundles.base().segments().get(0);
    String storedId = MixedBundles.storeSegments(fake, STORED);
    try (FakeJourneyServer server = fake.serve(ServerOptions.defaults().withBearerToken(Wire.TOKEN));
        Caller first = Caller.of(args[1], new Wire(server.baseUri(), body));
        Caller second = Caller.of(args[2], new Wire(server.baseUri(), body))) {
      int batch = operation.equals("list") ? 200 : 1000;
      List<Double> a = new ArrayList<>();
      List<Double> b = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      long[] names = {0};
      for (int round = 0; round < warmup + rounds; round++) {
        double ua = batch(first, operation, storedId, batch, names);
        double ub = batch(second, operation, storedId, batch, names);
        fake.journal().clear();
        if (round >= warmup) {
          a.add(ua);
          b.add(ub);
          ratios.add(ua / ub);
        }
      }
      System.out.printf("%s, %d rounds of %d calls: %s %.0f us, %s %.0f us per call (medians); %s / %s %.2f (%.2f to %.2f)%n",
          operation, rounds, batch, args[1], median(a), args[2], median(b), args[1], args[2], median(ratios),
          Collections.min(ratios), Collections.max(ratios));
    }
  }

  private static double batch(Caller caller, String operation, String storedId, int calls, long[] names) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      switch (operation) {
        case "get" -> caller.getOne(storedId);
        case "list" -> caller.listPage100();
        case "post" -> caller.postDelete("interleaved-" + names[0]++);
        default -> throw new IllegalArgumentException("unknown operation " + operation);
      }
    }
    return (System.nanoTime() - start) / 1e3 / calls;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
